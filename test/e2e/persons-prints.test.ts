// The person's paper forms and the 年度报备 in Chromium: each reached by its button, printed to an A4 PDF
// whose text (unit name, the person's data, 第1页共N页, dates written 2026年1月5日) pdftotext reads back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { login, SCREENSHOTS, shot, startApp, UNIT } from './app';
import { printFromMenu } from './print-menu';
import { ok, postedPerson } from './persons-data';

/** The sheet on screen printed to a PDF, flattened to its text without spaces; a PNG of it for the eye. */
async function pdfText(page: Page, title: string, name: string): Promise<string> {
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `${name}-screen`);
  const pdf = join(tempDir('baomi-person-print-'), `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, join(SCREENSHOTS, name)]);
  const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(flat).toContain(UNIT.name);
  expect(flat).toContain(title);
  expect(flat).toMatch(/第1页共\d页/);
  expect(flat).not.toContain('返回');
  return flat;
}

describe('涉密人员 prints in Chromium', () => {
  it('prints the 登记表, 资格审查表, 出国(境)审批表, 离岗审批表 and 年度报备 filled with the register’s data', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const year = new Date().getFullYear();
    const p = await postedPerson(bridge, `${year}-01-05`, {
      ethnicity: '汉族',
      education: '大学本科',
      foreignContacts: '无',
      family: [{ relation: '配偶', name: '李梅', age: 38, nationality: '中国' }],
    });
    await ok(bridge, 'travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: `${year}-03-01`,
      plannedDepartOn: `${year + 1}-02-01`,
      plannedReturnOn: `${year + 1}-02-10`,
    });

    await page.getByRole('menuitem', { name: '涉密人员', exact: true }).click();
    await page.getByRole('link', { name: '张建华' }).click();
    await page.locator('.person-head').getByRole('button', { name: '打印' }).waitFor();
    await shot(page, 'persons-print-buttons');
    await printFromMenu(page, '打印登记表');
    const reg = await pdfText(page, '涉密人员登记表', 'persons-print-register');
    expect(reg).toContain('张建华');
    expect(reg).toContain('所属部门办公室');
    expect(reg).toContain('涉密等级重要');
    expect(reg).toContain(`上岗日期${year}年1月5日`);
    expect(reg).toContain('机要员机密');
    expect(reg).toContain(`单位领导审批：李建国（局长），${year}年1月5日，同意`);

    await page.getByRole('button', { name: '返回' }).click();
    await printFromMenu(page, '打印资格审查表');
    const vet = await pdfText(page, '涉密人员资格审查表', 'persons-print-vetting');
    expect(vet).toContain('民族汉族');
    expect(vet).toContain('文化程度大学本科');
    expect(vet).toContain('配偶李梅38中国');
    expect(vet).toContain(`审查${year}年1月5日通过`);

    await page.getByRole('button', { name: '返回' }).click();
    await printFromMenu(page, '打印出国(境)审批表');
    const trip = page.getByRole('article', { name: '涉密人员因私出国(境)审批表（打印预览）' });
    await trip.getByText('日本').waitFor();
    await trip.getByText(`${year + 1}年2月1日至${year + 1}年2月10日`).waitFor();
    await shot(page, 'persons-print-travel');

    // 调动 under way: the 离岗审批表 shows what is done and what is not yet.
    const on = `${year}-01-05`;
    const l = await ok<{ id: number }>(bridge, 'leaving:start', {
      personId: p.id,
      kind: 'transfer',
      startedOn: on,
      reason: '工作调动',
      destination: '市财政局',
    });
    await page.getByRole('button', { name: '返回' }).click();
    await printFromMenu(page, '打印离岗审批表');
    let leaving = page.getByRole('article', { name: '涉密人员离岗审批表（打印预览）' });
    await leaving.getByText('市财政局').waitFor();
    for (const text of ['调动', '工作调动', `${year}年1月5日`, '未清退', '未签订'])
      expect(await leaving.textContent()).toContain(text);

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '返回台账' }).click();
    await page.getByRole('button', { name: '年度报备' }).click();
    const report = await pdfText(page, `${year}年度涉密人员报备表`, 'persons-print-annual');
    expect(report).toContain(`统计截至：${year}年12月31日`);
    expect(report).toContain('办公室0101');
    expect(report).toContain('合计0101');
    expect(report).toContain(`本年度新上岗（1人）姓名部门涉密等级上岗日期张建华办公室重要${year}年1月5日`);
    expect(report).toContain('本年度离岗离职（0人）');
    expect(report).toContain('申请批准不予批准已回国1000');
    // The trainings register's figures for the year: sessions, attendances, who is under the floor, 考核, 奖惩.
    expect(report).toMatch(
      /本年度保密教育培训举办培训（次）参训（人次）在岗涉密人员未达培训下限（人）\d+\d+\d+\d+/,
    );
    // (the part may start on the next page: its title and its table are checked apart)
    expect(report).toContain('本年度考核与奖惩');
    expect(report).toContain('考核优秀考核合格考核基本合格考核不合格奖励惩处000000');

    // Approved: the form names who approved it and states the 脱密期 to its last day.
    await ok(bridge, 'leaving:talk', {
      leavingId: l.id,
      talkOn: on,
      present: [{ name: '王丽' }, { name: '赵敏' }],
    });
    await ok(bridge, 'leaving:carriers', { leavingId: l.id, checkedOn: on });
    await ok(bridge, 'leaving:devices', { leavingId: l.id, returnedOn: on, devices: [] });
    await ok(bridge, 'leaving:account', { leavingId: l.id, doneOn: on });
    await ok(bridge, 'leaving:pledge', { leavingId: l.id, signedOn: on });
    await ok(bridge, 'leaving:approve', {
      leavingId: l.id,
      approval: {
        approver: { type: 'person', name: '何志远', title: '副局长' },
        decidedAt: on,
        documentNo: '人保〔2026〕9号',
      },
    });
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('link', { name: '张建华' }).click();
    await printFromMenu(page, '打印离岗审批表');
    leaving = page.getByRole('article', { name: '涉密人员离岗审批表（打印预览）' });
    await leaving.getByText('何志远（副局长）').waitFor();
    const approved = await pdfText(page, '涉密人员离岗审批表', 'persons-print-leaving');
    expect(approved).toContain('审批人何志远（副局长）');
    expect(approved).toContain('人保〔2026〕9号');
    expect(await leaving.textContent()).toContain(`脱密期2年，自${year}年1月5日起至${year + 2}年1月5日止`);
  }, 240_000);
});
