import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fsyncDir, writeFileSynced } from './atomic-write';

/**
 * Write `data` under `<dir>/<stem><ext>`, or `<stem>-2<ext>`, `-3` … when that name is taken: never over an
 * earlier file (an earlier export is a record someone may still need). The content is written and synced under a
 * temporary name first, then given its final name by a hard link, which fails rather than replace; on media
 * without hard links (FAT) the name is checked just before the rename. Returns the path used.
 */
export function writeFileUnique(dir: string, stem: string, ext: string, data: Uint8Array | string): string {
  const tmp = join(dir, `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSynced(tmp, data);
  try {
    for (let n = 1; n < 10_000; n++) {
      const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}${ext}`);
      if (existsSync(path)) continue;
      try {
        linkSync(tmp, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
        renameSync(tmp, path);
      }
      fsyncDir(dirname(path));
      return path;
    }
    throw new Error(`no free name for ${basename(stem)} in ${dir}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
