// 重新生成回执 in Chromium: the supervisor imports a package whose receipt cannot be written where asked (a file
// of that name is already there); the screen says the package is imported, the receipt failure apart, and the
// button beside it writes the receipt into another folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { received } from '../electron/core/carriers/helpers';
import { MEDIA, SUPERVISOR } from '../electron/core/exchange/helpers';
import { CLERK, login, shot, startApp, UNIT } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

/** `from`'s public key imported at `to` with its fingerprint, as the clerks do it (logged in for the while). */
async function introduce(from: Bridge, to: Bridge, role: 'supervisor' | 'subordinate') {
  const key = await call(from, 'keys:exportPublic', { outPath: dirname(from.core.dbPath) });
  await call(to, 'exchange:importKey', { path: key.path, fingerprint: key.fingerprint, role });
}

async function unlocked(b: Bridge) {
  await call(b, 'session:unlock', { username: CLERK.username, password: CLERK.password });
}

describe('receipt written again in Chromium', () => {
  it('receipt_reissue_button: an import whose receipt could not be written is shown imported, and the button writes the receipt', async () => {
    const unit = await startApp({ setUp: true });
    const sup = await startApp({ setUp: true, unit: SUPERVISOR, mode: 'supervisor', route: 'reg/exchange' });
    await Promise.all([unlocked(unit), unlocked(sup)]);
    await introduce(unit, sup, 'subordinate');
    await introduce(sup, unit, 'supervisor');
    await call(unit, 'carriers:register', received());
    const pkg = await call(unit, 'exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'full',
      outPath: dirname(unit.core.dbPath),
      media: MEDIA,
    });
    const supDir = dirname(sup.core.dbPath);
    const media = join(supDir, 'media');
    mkdirSync(media);
    writeFileSync(join(media, `回执-${UNIT.unitCode}-0001.bmr`), '旧回执');

    await call(sup, 'session:lock', {});
    const page = sup.page;
    await login(page);
    await page.getByRole('heading', { name: '报送与接收' }).waitFor();
    await page.getByRole('tab', { name: '下级单位报送' }).click();
    await page.getByLabel('数据包文件').fill(pkg.path);
    await page.getByLabel('回执保存位置', { exact: true }).fill(media);
    await page.getByRole('button', { name: '校验并导入' }).click();

    await page.getByText(/已导入 某市档案局 第 1 号数据包/).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: '回执未能写入' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('已有同名文件');
    await page
      .locator('.ant-card')
      .filter({ hasText: '下级单位保密工作情况对比' })
      .getByRole('link', { name: UNIT.name })
      .waitFor();
    await shot(page, 'exchange-sup-receipt-unwritten');

    const again = join(supDir, 'again');
    mkdirSync(again);
    await warning.getByLabel('重新生成的回执保存位置').fill(again);
    await warning.getByRole('button', { name: '重新生成回执' }).click();
    await page.getByText(/已重新生成第 1 号数据包的回执/).waitFor();
    const written = join(again, `回执-${UNIT.unitCode}-0001.bmr`);
    expect(existsSync(written)).toBe(true);
    await shot(page, 'exchange-sup-receipt-reissued');

    // The unit accepts the receipt written again: the package is acknowledged.
    expect(await call(unit, 'exchange:importReceipt', { path: written })).toMatchObject({ seq: 1 });
  });
});
