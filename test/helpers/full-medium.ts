// A medium that is full, for the disk-full tests (issue 19, point 16). Where the machine allows it (root, as in CI)
// it is a real tmpfs of a few hundred kilobytes with a filler file leaving `free` bytes: every write past that
// fails in the kernel with ENOSPC. Elsewhere the file layer is made to answer ENOSPC for files under the folder
// once `free` bytes have been written to them, which is what the code sees of a full disk all the same.
import fs, { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { tempDir } from './temp';

export interface FullMedium {
  dir: string;
  /** 'tmpfs' when the kernel itself runs out of space, 'injected' when the file layer is made to. */
  kind: 'tmpfs' | 'injected';
  /** Makes room again (the filler goes, or the injection ends). */
  free(): void;
  /** What is on the medium besides the filler. */
  files(): string[];
  close(): void;
}

const FILLER = '.filler';

/** Whether a tmpfs can be mounted here (root on Linux). Asked once. */
let mountable: boolean | undefined;
export function canMountTmpfs(): boolean {
  if (mountable !== undefined) return mountable;
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || process.env.BAOMI_TEST_NO_TMPFS)
    return (mountable = false);
  const probe = tempDir('baomi-mnt-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    mountable = true;
  } catch {
    mountable = false;
  }
  return mountable;
}

/** A medium of `sizeKiB` with about `free` bytes left. */
export function fullMedium(free: number, sizeKiB = 512): FullMedium {
  const dir = tempDir('baomi-full-');
  if (canMountTmpfs()) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', dir], { stdio: 'ignore' });
    writeFileSync(join(dir, FILLER), Buffer.alloc(Math.max(sizeKiB * 1024 - free, 0)));
    return {
      dir,
      kind: 'tmpfs',
      free: () => rmSync(join(dir, FILLER), { force: true }),
      files: () => fs.readdirSync(dir).filter((f) => f !== FILLER),
      close: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }),
    };
  }
  mkdirSync(dir, { recursive: true });
  return injected(dir, free);
}

function injected(dir: string, free: number): FullMedium {
  const real = { openSync: fs.openSync, writeSync: fs.writeSync, closeSync: fs.closeSync };
  const onMedium = new Set<number>();
  let left = free;
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  Object.assign(fs, {
    openSync: (path: fs.PathLike, ...rest: unknown[]) => {
      const fd = (real.openSync as (...a: unknown[]) => number)(path, ...rest);
      if (String(path).startsWith(dir)) onMedium.add(fd);
      return fd;
    },
    writeSync: (fd: number, ...rest: unknown[]) => {
      if (onMedium.has(fd)) {
        const [buf, off = 0, len] = rest as [Uint8Array, number?, number?];
        const want = len ?? buf.length - off;
        if (want > left) {
          // Like the kernel: what fits is written, the rest fails.
          const n = left > 0 ? (real.writeSync as (...a: unknown[]) => number)(fd, buf, off, left) : 0;
          left -= n;
          if (n === 0) throw enospc();
          return n;
        }
        left -= want;
      }
      return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    },
    closeSync: (fd: number) => {
      onMedium.delete(fd);
      real.closeSync(fd);
    },
  });
  syncBuiltinESMExports();
  const restore = () => {
    Object.assign(fs, real);
    syncBuiltinESMExports();
  };
  return {
    dir,
    kind: 'injected',
    free: restore,
    files: () => fs.readdirSync(dir),
    close: restore,
  };
}
