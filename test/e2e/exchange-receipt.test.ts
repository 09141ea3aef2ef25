// 重新生成回执 in Chromium: the supervisor imports a package whose receipt cannot be written where asked (a file
// of that name is already there); the screen says the package is imported, the receipt failure apart, and the
// button beside it writes the receipt into another folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBridge, launchChromium, type Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { received } from '../electron/core/carriers/helpers';
import { MEDIA, SUPERVISOR } from '../electron/core/exchange/helpers';
import { tempDir, TEST_KDF } from '../helpers/temp';
import { CLERK, login, shot, UNIT } from './app';

let browser: Browser | null = null;
const bridges: Bridge[] = [];
const pageErrors: string[] = [];
afterAll(async () => {
  for (const b of bridges) await b.close();
  await browser?.close();
});

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

async function site(unit: typeof UNIT | typeof SUPERVISOR, mode: 'unit' | 'supervisor') {
  const dir = tempDir('baomi-e2e-r-');
  browser ??= await launchChromium();
  const b = await launchBridge({
    dbPath: join(dir, 'baomi.db'),
    kdf: TEST_KDF,
    browser,
    viewport: { width: 1280, height: 900 },
    onInternal: (e) => {
      throw e;
    },
  });
  bridges.push(b);
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  await call(b, 'session:setup', { unit: { ...UNIT, ...unit }, account: CLERK, mode });
  return { b, dir };
}

/** `from`'s public key imported at `to` after its fingerprint is typed, as the clerks do it. */
async function introduce(from: { b: Bridge; dir: string }, to: Bridge, role: 'supervisor' | 'subordinate') {
  const key = await call(from.b, 'keys:exportPublic', { outPath: from.dir });
  await call(to, 'exchange:importKey', { path: key.path, fingerprint: key.fingerprint, role });
}

describe('receipt written again in Chromium', () => {
  it('receipt_reissue_button: an import whose receipt could not be written is shown imported, and the button writes the receipt', async () => {
    const unit = await site(UNIT, 'unit');
    const sup = await site(SUPERVISOR, 'supervisor');
    await introduce(unit, sup.b, 'subordinate');
    await introduce(sup, unit.b, 'supervisor');
    await call(unit.b, 'carriers:register', received());
    const pkg = await call(unit.b, 'exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'full',
      outPath: unit.dir,
      media: MEDIA,
    });
    const media = join(sup.dir, 'media');
    mkdirSync(media);
    writeFileSync(join(media, `回执-${UNIT.unitCode}-0001.bmr`), '旧回执');

    await call(sup.b, 'session:lock', {});
    const page = sup.b.page;
    await sup.b.open('reg/exchange');
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
    await page.getByRole('cell', { name: '第 1 号' }).waitFor();
    await shot(page, 'exchange-sup-receipt-unwritten');

    const again = join(sup.dir, 'again');
    mkdirSync(again);
    await warning.getByLabel('重新生成的回执保存位置').fill(again);
    await warning.getByRole('button', { name: '重新生成回执' }).click();
    await page.getByText(/已重新生成第 1 号数据包的回执/).waitFor();
    const written = join(again, `回执-${UNIT.unitCode}-0001.bmr`);
    expect(existsSync(written)).toBe(true);
    await shot(page, 'exchange-sup-receipt-reissued');

    // The unit accepts the receipt written again: the package is acknowledged.
    expect(await call(unit.b, 'exchange:importReceipt', { path: written })).toMatchObject({ seq: 1 });
    expect(pageErrors).toEqual([]);
  });
});
