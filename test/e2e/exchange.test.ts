// 报送与接收 end to end in Chromium: a unit and its supervisor, each with its own encrypted database, exchange
// public keys through files with fingerprints, the unit writes a package, the supervisor refuses a bad file
// and imports the package, and its receipt marks the package acknowledged at the unit.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBridge, launchChromium, type Bridge } from '../../scripts/chromium-bridge';
import { received } from '../electron/core/carriers/helpers';
import { SUPERVISOR } from '../electron/core/exchange/helpers';
import { tempDir, TEST_KDF } from '../helpers/temp';
import { CLERK, login, pickName, shot, UNIT } from './app';

let browser: Browser | null = null;
const bridges: Bridge[] = [];
const pageErrors: string[] = [];
afterAll(async () => {
  for (const b of bridges) await b.close();
  await browser?.close();
});

async function site(unit: typeof UNIT | typeof SUPERVISOR, mode: 'unit' | 'supervisor') {
  const dir = tempDir('baomi-e2e-x-');
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
  const r = await b.dispatcher.dispatch('session:setup', {
    unit: { ...UNIT, ...unit },
    account: CLERK,
    mode,
  });
  if (!r.ok) throw new Error(r.error.message);
  await b.dispatcher.dispatch('session:lock', {});
  await b.open('reg/exchange');
  await login(b.page);
  await b.page.getByRole('heading', { name: '报送与接收' }).waitFor();
  return { b, dir, page: b.page };
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

async function ownFingerprint(b: Bridge): Promise<string> {
  const r = await b.dispatcher.dispatch('keys:own', {});
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { sign: { fingerprint: string } }).sign.fingerprint;
}

async function exportKey(page: Page, dir: string): Promise<string> {
  await tab(page, '本单位密钥');
  await page.getByLabel('公钥保存位置').fill(dir);
  await page.getByRole('button', { name: '导出公钥' }).click();
  const done = page.getByText(/公钥已写入：/);
  await done.waitFor();
  return ((await done.textContent()) ?? '').replace(/^.*公钥已写入：/, '').trim();
}

describe('exchange in Chromium', () => {
  it('keys by file and fingerprint, a package to the supervisor, a refusal, the import and the receipt back', async () => {
    const unit = await site(UNIT, 'unit');
    const sup = await site(SUPERVISOR, 'supervisor');

    // The unit's keys, its fingerprint sheet as a PDF for the supervisor's file.
    const unitKey = await exportKey(unit.page, unit.dir);
    const unitFp = await ownFingerprint(unit.b);
    await expect(unit.page.getByLabel('签名密钥指纹').first().textContent()).resolves.toContain(
      unitFp
        .replace(/[^0-9A-Fa-f]/g, '')
        .slice(0, 4)
        .toUpperCase(),
    );
    await shot(unit.page, 'exchange-unit-keys');
    await unit.page.getByRole('button', { name: '打印指纹确认单' }).click();
    await unit.page.getByRole('article', { name: '公钥指纹确认单（打印预览）' }).waitFor();
    await unit.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(unit.page, 'exchange-fingerprint-sheet');
    const pdf = join(unit.dir, 'fingerprint.pdf');
    writeFileSync(pdf, await unit.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(flat).toContain('公钥指纹确认单');
    expect(flat).toContain(UNIT.name);
    expect(flat).toContain(UNIT.unitCode);
    expect(flat).toContain(unitFp.replace(/[^0-9A-Fa-f]/g, '').toUpperCase());
    expect(flat).toContain('第1页共1页');
    await unit.page.getByRole('button', { name: '返回' }).click();

    // The supervisor imports the unit's key: a wrong fingerprint is refused, the right one (typed) accepted.
    await tab(sup.page, '对方单位公钥');
    await sup.page.getByLabel('公钥文件').fill(unitKey);
    await sup.page.getByRole('button', { name: '预览' }).click();
    await sup.page.getByText(UNIT.name).first().waitFor();
    await sup.page.getByLabel('输入核对的指纹').fill('0000 1111 2222 3333 4444 5555 6666 7777');
    await sup.page.getByRole('button', { name: '核对无误，导入' }).click();
    await sup.page.getByRole('alert').filter({ hasText: '不符，未导入' }).waitFor();
    await sup.page.getByLabel('输入核对的指纹').fill(unitFp.toLowerCase().replace(/ /g, '-'));
    await sup.page.getByRole('button', { name: '核对无误，导入' }).click();
    await sup.page.getByText(`已登记下级单位：${UNIT.name}`).waitFor();
    await shot(sup.page, 'exchange-sup-counterparts');

    // The unit imports the supervisor's key by confirming the fingerprint group by group.
    const supKey = await exportKey(sup.page, sup.dir);
    await tab(unit.page, '对方单位公钥');
    await unit.page.getByLabel('公钥文件').fill(supKey);
    await unit.page.getByRole('button', { name: '预览' }).click();
    await unit.page.getByText(SUPERVISOR.name).first().waitFor();
    await unit.page.getByRole('checkbox', { name: /我已逐组核对/ }).check();
    await unit.page.getByRole('button', { name: '核对无误，导入' }).click();
    await unit.page.getByText(`已登记上级单位：${SUPERVISOR.name}`).waitFor();

    // The unit writes a full package; only after the read-back does the screen say the media may be removed.
    for (const n of [1, 2, 3]) {
      const r = await unit.b.dispatcher.dispatch(
        'carriers:register',
        received({ docNo: `省保办〔2026〕${n}号` }),
      );
      expect(r.ok).toBe(true);
    }
    await tab(unit.page, '向上级报送');
    await pickName(unit.page, unit.page, '所属部门', '办公室', { unregistered: true });
    await unit.page.getByLabel('数据包保存位置').fill(unit.dir);
    await unit.page.getByRole('button', { name: '生成并写入介质' }).click();
    await unit.page.getByText('回读校验通过，可以取出介质。').waitFor();
    await unit.page.getByRole('cell', { name: '待回执' }).waitFor();
    await shot(unit.page, 'exchange-unit-export');
    const bmx = readdirSync(unit.dir).find((f) => f.endsWith('.bmx'));
    expect(bmx).toBeTruthy();

    // The supervisor refuses a file that is not a package, with the reason in Chinese, then imports the package.
    await tab(sup.page, '下级单位报送');
    const junk = join(sup.dir, '伪造.bmx');
    writeFileSync(junk, '这不是数据包');
    await sup.page.getByLabel('数据包文件').fill(junk);
    await sup.page.getByLabel('回执保存位置', { exact: true }).fill(sup.dir);
    await sup.page.getByRole('button', { name: '校验并导入' }).click();
    await sup.page.getByText('数据包被拒收：不是报送数据包').waitFor();
    await shot(sup.page, 'exchange-sup-refused');
    await sup.page.getByLabel('数据包文件').fill(join(unit.dir, bmx as string));
    await sup.page.getByRole('button', { name: '校验并导入' }).click();
    await sup.page.getByText(/已导入 某市档案局 第 1 号数据包/).waitFor();
    // The unit opens from the comparison table, its registers read-only in a drawer.
    const table = sup.page.locator('.ant-card').filter({ hasText: '下级单位保密工作情况对比' });
    await table.getByRole('link', { name: UNIT.name }).click();
    const drawer = sup.page.locator('.ant-drawer-open');
    await drawer.getByRole('tab', { name: '台账（只读）' }).waitFor();
    await drawer.getByText('共 3 条').waitFor();
    // The unit's codes read as words: 纸质, 机密, 收文, 在管 — never paper, secret, received, in_custody.
    const records = drawer.locator('.ant-table-row', { hasText: '省保办〔2026〕1号' });
    for (const word of ['纸质', '机密', '收文', '在管', '10年'])
      await records.getByRole('cell', { name: word, exact: true }).waitFor();
    const text = (await drawer.locator('.ant-table-tbody').last().textContent()) ?? '';
    expect(text).not.toMatch(/paper|secret|received|in_custody|classified|period/);
    await records.scrollIntoViewIfNeeded();
    await shot(sup.page, 'exchange-sup-imported');

    // The receipt goes back to the unit, and the log shows the package acknowledged.
    const bmr = readdirSync(sup.dir).find((f) => f.endsWith('.bmr'));
    expect(bmr).toBeTruthy();
    await unit.page.getByLabel('回执文件').fill(join(sup.dir, bmr as string));
    await unit.page.getByRole('button', { name: '导入回执' }).click();
    await unit.page.getByText(/上级单位已确认收到第 1 号数据包/).waitFor();
    await unit.page.getByText(/^已确认/).waitFor();
    await unit.page.getByText('报送记录').scrollIntoViewIfNeeded();
    await shot(unit.page, 'exchange-unit-acknowledged');
    expect(pageErrors).toEqual([]);
  });

  it('rotating the signing key asks first, says what follows, then opens the new fingerprint sheet', async () => {
    const unit = await site(UNIT, 'unit');
    const before = await ownFingerprint(unit.b);
    await tab(unit.page, '本单位密钥');

    // Cancelling changes nothing.
    await unit.page.getByRole('button', { name: '更换签名密钥' }).click();
    const dialog = unit.page.getByRole('dialog', { name: '更换签名密钥' });
    await dialog.getByText(`现用签名密钥（指纹 ${before}）停用`).waitFor();
    await dialog.getByText(/对方单位导入新公钥之前，会拒收本单位此后发出的数据包和回执/).waitFor();
    await dialog.getByText('此操作不能撤销。').waitFor();
    await shot(unit.page, 'exchange-key-rotate-confirm');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await ownFingerprint(unit.b)).toBe(before);

    await unit.page.getByRole('button', { name: '更换签名密钥' }).click();
    await dialog.getByRole('button', { name: '确认更换签名密钥' }).click();
    const sheet = unit.page.getByRole('article', { name: '公钥指纹确认单（打印预览）' });
    await sheet.waitFor();
    const after = await ownFingerprint(unit.b);
    expect(after).not.toBe(before);
    await sheet.getByText(after).waitFor();
    await sheet
      .getByTestId('fingerprint-replaces')
      .getByText(/本单位签名密钥已于.*更换，本表替代此前的确认单/)
      .waitFor();
    expect(await sheet.getByText(before).count()).toBe(0);
    await unit.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(unit.page, 'exchange-key-rotated-sheet');
    await unit.page.getByRole('button', { name: '返回' }).click();
    await unit.page.getByRole('heading', { name: '报送与接收' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
