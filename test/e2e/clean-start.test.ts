// An interrupted first run in Chromium: the first screen says what was left and that there is nothing to
// restore, offers the clean start, and after it the setup wizard runs as on a new machine.
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { olderSetupKilledBeforeKeyring } from '../helpers/leftover';
import { shot, startApp } from './app';

describe('clean start in Chromium', () => {
  it('half_initialised_offers_clean_start: the first screen recognises the leftover and starts clean, keeping its files', async () => {
    const { page, core } = await startApp({ prepare: (dir) => olderSetupKilledBeforeKeyring(dir) });
    const dir = dirname(core.dbPath);

    await page.getByText('上次首次设置没有完成').waitFor();
    expect(await page.getByText(/未完成的首次初始化/).isVisible()).toBe(true);
    expect(await page.getByText(/不会有它的备份/).isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: '留下的文件' }).textContent()).toContain(core.dbPath);
    // Not the unlock screen, which could only fail for want of a keyring.
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(0);
    await shot(page, 'clean-start-offer');

    await page.getByRole('button', { name: '重新开始初始化' }).click();
    await page.getByText('首次使用：初始化本机').waitFor();
    expect(existsSync(core.dbPath)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.incomplete-'))).toHaveLength(3);
  });
});
