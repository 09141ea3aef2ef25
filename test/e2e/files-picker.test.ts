// Choosing files and folders in Chromium (issue 21, point 1): where the shell has no system dialog, 浏览… opens
// the app's own picker; a folder announced as a removable drive is offered first, a package folder is chosen on
// it, a receipt file is chosen by Enter with only .bmr files offered, and the next pick opens where the last
// one ended.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { login, shot, startApp } from './app';

describe('file pickers in Chromium', () => {
  it('picker_offers_drives_first: a package folder on the U盘, a receipt by keyboard, the folder remembered', async () => {
    const usb = tempDir('baomi-usb-');
    mkdirSync(join(usb, '报送'));
    writeFileSync(join(usb, '报送', '回执-0001.bmr'), 'r');
    writeFileSync(join(usb, '报送', '说明.txt'), 't');
    const app = await startApp({
      setUp: true,
      route: 'reg/exchange',
      drives: async () => [
        {
          path: usb,
          label: '涉密U盘07',
          sizeBytes: 32e9,
          freeBytes: 31e9,
          volumeId: '1A2B3C4D',
          removable: true,
        },
      ],
    });
    const page = app.page;
    await login(page);
    await page.getByRole('heading', { name: '报送与接收' }).waitFor();
    await page.getByRole('tab', { name: '向上级报送' }).click();

    const where = page.getByLabel('数据包保存位置');
    await where
      .locator('xpath=ancestor::*[contains(@class,"ant-space-compact")][1]')
      .getByRole('button', { name: '浏览…' })
      .click();
    const picker = page.getByRole('dialog', { name: '选择文件夹：数据包' });
    await picker.waitFor();
    const drive = picker
      .getByRole('region', { name: '移动存储介质' })
      .getByRole('button', { name: /涉密U盘07/ });
    await drive.waitFor();
    expect(await drive.textContent()).toMatch(/可用 2\d\.\d? ?GB|可用 29 GB/);
    await shot(page, 'files-picker-drives');
    await drive.click();
    await picker.getByRole('button', { name: '文件夹 报送' }).dblclick();
    await expect.poll(() => picker.getByLabel('当前文件夹').inputValue()).toBe(join(usb, '报送'));
    await picker.getByRole('button', { name: '选择此文件夹' }).click();
    await picker.waitFor({ state: 'hidden' });
    expect(await where.inputValue()).toBe(join(usb, '报送'));

    const receipt = page.getByLabel('回执文件');
    await receipt
      .locator('xpath=ancestor::*[contains(@class,"ant-space-compact")][1]')
      .getByRole('button', { name: '浏览…' })
      .click();
    const open = page.getByRole('dialog', { name: '选择回执' });
    await open.waitFor();
    // A new use starts at the usual places; its own folder is remembered from here on.
    await open.getByRole('button', { name: /涉密U盘07/ }).click();
    await open.getByRole('button', { name: '文件夹 报送' }).focus();
    await page.keyboard.press('Enter');
    const file = open.getByRole('button', { name: '回执-0001.bmr' });
    await file.waitFor();
    expect(await open.getByText('说明.txt').count()).toBe(0);
    await shot(page, 'files-picker-receipt');
    await file.focus();
    await page.keyboard.press('Enter');
    await open.waitFor({ state: 'hidden' });
    expect(await receipt.inputValue()).toBe(join(usb, '报送', '回执-0001.bmr'));

    await receipt
      .locator('xpath=ancestor::*[contains(@class,"ant-space-compact")][1]')
      .getByRole('button', { name: '浏览…' })
      .click();
    await expect.poll(() => open.getByLabel('当前文件夹').inputValue()).toBe(join(usb, '报送'));
    await open.getByRole('button', { name: '取消' }).click();
    await open.waitFor({ state: 'hidden' });
  });
});
