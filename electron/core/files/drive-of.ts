// Which removable drive a path is on, so a write can be checked against the register of approved media
// (issue 21 point 3). A path on no removable drive (the PC's own disk) is on none.
import type { Drive } from '../../ipc/schemas/files';
import type { AppCore } from '../app-core';
import { systemDrives } from './drives';

const norm = (p: string, win: boolean): string => {
  const s = win ? p.replace(/\//g, '\\').toLowerCase() : p;
  return s.endsWith('/') || s.endsWith('\\') ? s : `${s}${win ? '\\' : '/'}`;
};

/** The drive whose mount point holds `path` (the deepest, when mounts nest), else null. */
export function driveHolding(drives: readonly Drive[], path: string): Drive | null {
  const win = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  const target = norm(path, win);
  let best: Drive | null = null;
  for (const d of drives) {
    if (!d.removable) continue;
    const mount = norm(d.path, win);
    if (target.startsWith(mount) && (!best || mount.length > norm(best.path, win).length)) best = d;
  }
  return best;
}

/** The removable drive `path` is on, asked of the system (or the bridge's announced drives) now. */
export async function driveOfPath(core: Pick<AppCore, 'drives'>, path: string): Promise<Drive | null> {
  return driveHolding(await (core.drives ?? systemDrives)(), path);
}
