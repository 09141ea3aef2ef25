#!/usr/bin/env node
// `npm start`: build, then run the app in Electron. Where the Electron binary is absent (it cannot be
// downloaded on these machines) say so plainly and open the same UI in the system Chromium, bound to the
// same core over a real encrypted database (scripts/start-chromium.ts).
//   --no-build          use the existing dist/
//   --exit-when-ready   (Chromium) exit once the first screen shows; used by the tests
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** The Electron binary, without `require('electron')` (which tries to download it when it is missing). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

if (!args.includes('--no-build')) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  : (() => {
      console.log(
        [
          '',
          '未找到 Electron 程序文件（node_modules/electron/dist 不存在，本机无法下载）。',
          '改用系统 Chromium 打开同一界面，界面连接同一程序核心和真实的加密数据库。',
          'The Electron binary is absent (node_modules/electron/dist is missing and cannot be downloaded here).',
          'Opening the same UI in the system Chromium instead, bound to the real core and encrypted database.',
          '',
        ].join('\n'),
      );
      return spawn(
        process.execPath,
        ['--import', 'tsx', join(root, 'scripts', 'start-chromium.ts'), ...args],
        {
          cwd: root,
          stdio: 'inherit',
        },
      );
    })();
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
