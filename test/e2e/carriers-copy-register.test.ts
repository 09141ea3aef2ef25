// The 复制登记表 of a period in Chromium: copies of two originals, each with its approval (one made through the
// copy form), printed for the current year from the register's 打印 menu, then narrowed to one department and
// widened to last year — the PDF's text is checked with pdftotext.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '../../electron/ipc/contract';
import type { Dispatcher } from '../../electron/ipc/dispatch';
import { tempDir } from '../helpers/temp';
import { login, pickName, shot, startApp, UNIT } from './app';
import { pagePdf, pdfText } from './pdf';

const TITLE = '涉密载体复制登记表';
const NOTICE = '保密检查通知';
const REPORT = '保密自查报告';

function isoDay(offset = 0): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const year = new Date().getFullYear();
const lastYear = (md: string) => `${year - 1}-${md}`;

async function must<C extends Channel>(
  d: Dispatcher,
  channel: C,
  input: ChannelInput<C>,
): Promise<{ id: number }> {
  const r = await d.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as { id: number };
}

/** Two originals registered last year; a copy of the notice last year, and one of the report this year. */
async function seed(d: Dispatcher) {
  const common = {
    type: 'paper' as const,
    issuedOn: lastYear('10-20'),
    registeredOn: lastYear('11-01'),
    pages: 6,
    copyCount: 2,
    department: '办公室',
    custodian: '王丽',
  };
  const notice = await must(d, 'carriers:register', {
    ...common,
    source: 'received',
    name: NOTICE,
    docNo: '省保办〔2025〕12号',
    issuer: '省保密办',
    level: 'secret',
    term: { kind: 'period', years: 10 },
    needToKnow: ['办公室', '机要科'],
    receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 2 },
  });
  const report = await must(d, 'carriers:register', {
    ...common,
    source: 'produced',
    name: REPORT,
    docNo: '档保〔2025〕3号',
    issuer: UNIT.name,
    level: 'confidential',
    term: { kind: 'period', years: 5 },
    needToKnow: ['局领导', '办公室'],
    classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: lastYear('11-01') },
  });
  const approval = (name: string, title: string, decidedAt: string, documentNo: string) => ({
    approver: { type: 'person' as const, name, title },
    decidedAt,
    documentNo,
  });
  await must(d, 'carriers:copy', {
    carrierId: notice.id,
    copiedOn: lastYear('12-20'),
    copyCount: 1,
    purpose: '年终传达',
    department: '办公室',
    custodian: '王丽',
    approval: approval('李建国', '办公室主任', lastYear('12-19'), '保审〔2025〕30号'),
  });
  await must(d, 'carriers:copy', {
    carrierId: report.id,
    copiedOn: isoDay(),
    copyCount: 3,
    purpose: '报送局领导',
    department: '办公室',
    custodian: '王丽',
    approval: approval('周立新', '副局长', isoDay(), '保审〔2026〕9号'),
  });
}

/** The print route as an A4 PDF: its text without whitespace (pdftotext drops the gaps between CJK glyphs). */
async function printed(page: Page, name: string): Promise<string> {
  await page.getByRole('article', { name: `${TITLE}（打印预览）` }).waitFor();
  await page.locator('.ant-spin').waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `copy-register-${name}`);
  const pdf = await pagePdf(page, `copy-register-pdf-${name}`);
  // Without -layout: the columns wrap, and -layout would interleave the lines of neighbouring cells.
  const flat = pdfText(pdf, { layout: false });
  expect(flat).toContain(UNIT.name);
  expect(flat).toContain(TITLE);
  expect(flat).toMatch(/第1页共\d+页/);
  expect(flat).not.toContain('返回');
  expect(flat).not.toContain('本年度');
  // Landscape A4: fourteen columns.
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
    /Page size:\s+84\d\.\d+ x 59\d\.\d+ pts \(A4\)/,
  );
  return flat;
}

describe('复制登记表 in Chromium', () => {
  it('prints every copy of the year with its approval, for the unit and for one department', async () => {
    const { page, dispatcher } = await startApp({ setUp: true });
    await login(page);
    const menu = page.getByRole('menuitem', { name: '涉密载体', exact: true });
    await menu.waitFor();
    // The dispatcher is the page's own core, open now that the clerk is logged in.
    await seed(dispatcher);
    await menu.click();

    // A copy of the notice through the copy form, for 档案科, with the leader's paper approval.
    await page.locator('.ant-table-row', { hasText: `收${year - 1}-00001` }).dblclick();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.locator('.carrier-actions').getByRole('button', { name: '复制', exact: true }).click();
    const form = page
      .locator('.ant-modal-container')
      .filter({ has: page.locator('.ant-modal-title', { hasText: /^复制/ }) });
    await form.getByLabel('复制份数').fill('2');
    await form.getByLabel('复制用途').fill('档案科学习');
    await pickName(page, form, '所属部门', '档案科', { unregistered: true });
    await pickName(page, form, '保管人', '赵敏', { unregistered: true });
    await pickName(page, form, '审批人', '李建国', { unregistered: true });
    await form.getByLabel('审批人职务').fill('办公室主任');
    await form.getByLabel('审批日期').fill(isoDay());
    await form.getByLabel('审批单文号').fill('保审〔2026〕8号');
    await form.getByRole('button', { name: '复制并登记' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // 打印 → 复制登记表: this year's register of the whole unit.
    await page.getByRole('button', { name: /打印/ }).hover();
    await page.getByRole('menuitem', { name: '复制登记表' }).click();
    const unit = await printed(page, 'unit');
    expect(unit).toContain(`期间：${year}年1月1日至${year}年12月31日`);
    expect(unit).toContain('部门：全单位');
    expect(unit).toContain('共2次复制、5份');
    for (const text of [
      NOTICE,
      REPORT,
      '省保办〔2025〕12号',
      `收${year - 1}-00001`,
      `制${year - 1}-00001`,
      '收文',
      '省保密办',
      '自制',
      '档案科学习',
      '报送局领导',
      '李建国',
      '保审〔2026〕8号',
      '周立新',
      '副局长',
      '档案科',
      '赵敏',
      `复${year}-00001`,
      `复${year}-00002`,
      '1–3',
      '机密',
      '秘密',
      '王丽',
    ])
      expect(unit, text).toContain(text);
    // Last year's copy is not on this year's register.
    expect(unit).not.toContain('年终传达');
    // Date order: today's two copies, the report's made before the form's.
    expect(unit.indexOf('报送局领导')).toBeLessThan(unit.indexOf('档案科学习'));

    // One department: only the copy made for 档案科.
    await page.getByLabel('部门').click();
    await page.locator('.ant-select-item-option', { hasText: '档案科' }).click();
    await page.getByText('部门：档案科').waitFor();
    const archive = await printed(page, 'department');
    expect(archive).toContain('档案科学习');
    expect(archive).not.toContain('报送局领导');
    expect(archive).toContain('共1次复制、2份');

    // From the start of last year, the whole unit: last year's copy comes first.
    await page.getByRole('button', { name: '本年度' }).click();
    await page.getByText('部门：全单位').waitFor();
    await page.getByLabel('起始日期').fill(lastYear('01-01'));
    await page.getByLabel('起始日期').press('Enter');
    await page.getByText(`期间：${year - 1}年1月1日`).waitFor();
    const two = await printed(page, 'two-years');
    expect(two).toContain('共3次复制、6份');
    expect(two.indexOf('年终传达')).toBeLessThan(two.indexOf('报送局领导'));
    expect(two).toContain('保审〔2025〕30号');

    // 导出 PDF of the register on screen, named after the form.
    const out = tempDir('baomi-copies-out-');
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByLabel('保存到文件夹').fill(out);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('已导出').waitFor();
    expect(readdirSync(out)).toEqual([expect.stringMatching(/^涉密载体复制登记表-\d{4}-\d{2}-\d{2}\.pdf$/)]);

    // A reversed period: the core's refusal is shown where the clerk is looking, and nothing is listed.
    await page.getByLabel('截止日期').fill(`${year - 2}-12-31`);
    await page.getByLabel('截止日期').press('Enter');
    await page.getByRole('alert').getByText('截止日期不能早于起始日期').waitFor();
    await shot(page, 'copy-register-refused');
    expect(await page.locator('.copy-register').count()).toBe(0);
  }, 180_000);
});
