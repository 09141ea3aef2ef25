// Build the renderer once for the whole run, and only when a source changed since the last build: the
// end-to-end tests drive the built files, as the app does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'renderer', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const sources = Math.max(
    newestMtime(join(root, 'renderer')),
    newestMtime(join(root, 'electron', 'ipc')),
    newestMtime(join(root, 'db', 'domain')),
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--renderer'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('renderer build failed: the end-to-end tests cannot run');
}
