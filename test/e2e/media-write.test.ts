// Only registered media, in Chromium (issue 21 point 3): two folders announced as removable drives with volume
// identifiers; a 秘密 U盘 is registered by choosing the plugged-in drive; a package to the other (unregistered)
// drive is refused with the rule; the registered 秘密 medium takes a 秘密 package, refuses a 机密 one, and the
// write appears in its 使用登记.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import type { Bridge } from '../../scripts/chromium-bridge';
import { received } from '../electron/core/carriers/helpers';
import { SUPERVISOR } from '../electron/core/exchange/helpers';
import { tempDir } from '../helpers/temp';
import { CLERK, login, pickName, shot, startApp } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

async function introduce(from: Bridge, to: Bridge, role: 'supervisor' | 'subordinate') {
  const key = await call(from, 'keys:exportPublic', { outPath: dirname(from.core.dbPath) });
  await call(to, 'exchange:importKey', { path: key.path, fingerprint: key.fingerprint, role });
}

describe('writing onto removable media in Chromium', () => {
  it('medium_registered_only in the screens: an unregistered drive refused, a registered 秘密 U盘 takes a 秘密 package, not a 机密 one, and logs the write', async () => {
    const registered = tempDir('baomi-usb-reg-');
    const stray = tempDir('baomi-usb-stray-');
    const drives = async () => [
      {
        path: registered,
        label: '涉密U盘01',
        sizeBytes: 16e9,
        freeBytes: 15e9,
        volumeId: '1A2B3C4D',
        removable: true,
      },
      {
        path: stray,
        label: '个人U盘',
        sizeBytes: 32e9,
        freeBytes: 30e9,
        volumeId: '9F8E7D6C',
        removable: true,
      },
    ];
    const unit = await startApp({ setUp: true, drives });
    const sup = await startApp({ setUp: true, unit: SUPERVISOR, mode: 'supervisor' });
    for (const b of [unit, sup])
      await call(b, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    await introduce(unit, sup, 'subordinate');
    await introduce(sup, unit, 'supervisor');
    await call(unit, 'session:lock', {});
    const page = unit.page;
    await login(page);

    // 登记 a 秘密 U盘, its 卷标识 chosen from the drives plugged in now.
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const reg = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: '登记存储介质' }) });
    await reg.getByLabel('保密编号').fill('U-001');
    await reg.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '秘密' }).click();
    await reg.getByLabel('卷标识（插入的介质）').click();
    const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: '涉密U盘01',
    });
    await offered.waitFor();
    await shot(page, 'media-register-volume');
    await offered.click();
    expect(await reg.getByLabel('卷标识（插入的介质）').inputValue()).toBe('1A2B3C4D');
    await reg.getByRole('button', { name: '登记', exact: true }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('1A2B3C4D').waitFor();
    await page.keyboard.press('Escape');

    // The package to the unregistered drive is refused, naming why; nothing is left on it.
    await page.getByRole('menuitem', { name: '报送与接收' }).click();
    await page.getByRole('heading', { name: '报送与接收' }).waitFor();
    await page.getByRole('tab', { name: '向上级报送' }).click();
    await pickName(page, page, '所属部门', '办公室', { unregistered: true });
    const where = page.getByLabel('数据包保存位置');
    const write = page.getByRole('button', { name: '生成并写入介质' });
    await where.fill(stray);
    await write.click();
    await page
      .getByText(/个人U盘（卷标识 9F8E7D6C）不是本单位登记的涉密存储介质/)
      .first()
      .waitFor();
    await shot(page, 'media-refused-unregistered');
    expect(readdirSync(stray)).toEqual([]);

    // The registered 秘密 U盘 takes the 秘密 package (the register holds nothing higher yet).
    await where.fill(registered);
    await write.click();
    await page.getByText('回读校验通过，可以取出介质。').waitFor();
    expect(readdirSync(registered).filter((f) => f.endsWith('.bmx'))).toHaveLength(1);

    // A 机密 carrier makes the next package 机密: the 秘密 U盘 refuses it.
    await call(unit, 'carriers:register', received({ docNo: '省保办〔2026〕31号' }));
    await where.fill(registered);
    await write.click();
    await page
      .getByText(/介质 U-001 的密级为秘密，不能写入机密级数据/)
      .first()
      .waitFor();
    await shot(page, 'media-refused-level');
    expect(readdirSync(registered).filter((f) => f.endsWith('.bmx'))).toHaveLength(1);

    // The write is in the medium's 使用登记.
    await page.getByRole('menuitem', { name: '使用登记', exact: true }).click();
    const row = page.getByRole('row', { name: /U-001.*写入报送数据包 报送-.*\.bmx/ });
    await row.waitFor();
    await shot(page, 'media-usage-log');
    expect(await row.textContent()).toContain('秘密');
    // Read by the clerk's wall clock, to the minute, as the hand-made entries are.
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await row.textContent()).not.toMatch(/T\d{2}:/);
  });
});
