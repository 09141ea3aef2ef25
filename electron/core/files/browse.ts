// The in-app picker's view of the local file system (the Chromium bridge has no system dialog): the
// removable drives first, then the user's own folders; inside a folder, its sub-folders and the files this
// use accepts. Names and sizes only — nothing is read — and only regular files are offered.
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { PICK_EXTENSIONS, type BrowseEntry, type BrowseView, type PickUse } from '../../ipc/schemas/files';
import { AppException } from '../../../db/domain/errors';
import type { DriveSource } from './drives';

/** A folder with more entries than this is shown cut, with a note: no picker scrolls 100,000 names. */
export const BROWSE_LIMIT = 2000;

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

function accepts(use: PickUse, name: string): boolean {
  const exts = PICK_EXTENSIONS[use];
  const dot = name.lastIndexOf('.');
  return dot > 0 && exts.includes(name.slice(dot + 1).toLowerCase());
}

async function startingPlaces(): Promise<BrowseEntry[]> {
  const home = homedir();
  const places = [
    home,
    join(home, 'Desktop'),
    join(home, '桌面'),
    join(home, 'Documents'),
    join(home, '文档'),
  ];
  if (process.platform === 'win32') {
    for (const letter of 'CDEFGHIJKLMNOPQRSTUVWXYZ') places.push(`${letter}:\\`);
  } else {
    places.push('/');
  }
  const out: BrowseEntry[] = [];
  for (const p of places) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) out.push({ name: p, path: p, kind: 'dir', sizeBytes: null, modifiedAt: null });
  }
  return out;
}

export async function browse(
  drives: DriveSource,
  use: PickUse,
  dir: string | undefined,
): Promise<BrowseView> {
  const mounted = await drives();
  if (dir === undefined) {
    return { dir: null, parent: null, drives: mounted, entries: await startingPlaces(), truncated: false };
  }
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) throw new AppException('NOT_FOUND', `找不到文件夹：${dir}`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new AppException('FORBIDDEN', `无权读取文件夹：${dir}`);
  }
  const entries: BrowseEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = await stat(path).catch(() => null);
    if (!st) continue;
    if (st.isDirectory()) {
      entries.push({ name, path, kind: 'dir', sizeBytes: null, modifiedAt: st.mtime.toISOString() });
    } else if (st.isFile() && use !== 'folder' && accepts(use, name)) {
      entries.push({ name, path, kind: 'file', sizeBytes: st.size, modifiedAt: st.mtime.toISOString() });
    }
    if (entries.length > BROWSE_LIMIT) break;
  }
  entries.sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'dir' ? -1 : 1));
  const root = parse(dir).root;
  return {
    dir,
    parent: dir === root ? null : dirname(dir),
    drives: mounted,
    entries: entries.slice(0, BROWSE_LIMIT),
    truncated: entries.length > BROWSE_LIMIT,
  };
}
