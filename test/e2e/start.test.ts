// `npm start` on a machine without the Electron binary: a plain notice in Chinese and English, then the UI
// in the system Chromium on the real core; without a display it says so and saves a screenshot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const root = join(import.meta.dirname, '..', '..');

describe('npm start without Electron', () => {
  it('says the Electron binary is absent and opens the first-run screen in Chromium on the real core', () => {
    expect(existsSync(join(root, 'node_modules', 'electron', 'dist'))).toBe(false);
    const dir = tempDir('baomi-start-');
    const env: NodeJS.ProcessEnv = { ...process.env, BAOMI_DB: join(dir, 'baomi.db') };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const r = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'start.mjs'), '--no-build', '--exit-when-ready'],
      {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('未找到 Electron 程序文件');
    expect(r.stdout).toContain('The Electron binary is absent');
    expect(r.stdout).toContain('界面已显示 / UI is showing: 首次设置界面');
    expect(r.stdout).toContain('没有显示器（DISPLAY 未设置）');
    expect(existsSync(join(dir, 'screenshots', 'start.png'))).toBe(true);
  });
});
