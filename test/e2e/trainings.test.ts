// 保密教育培训 in Chromium (issue 16, "Must show"): plan two sessions, hold one with attendance ticked by
// department, see who is under the floor, appraise a department in the grid where one 不合格 raises the review
// reminder, and record a 竞业限制 agreement; each print of point 8 as a PDF read back by pdftotext. Screenshots in
// test-results/screenshots/trainings-*.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import { idNumber } from '../electron/core/persons/helpers';
import { tempDir } from '../helpers/temp';
import { login, shot, startApp, UNIT } from './app';
import { ok } from './persons-data';

/** A 重要 person in post since `on` in `department`, with the 岗前培训 and its 考核 behind them. */
async function posted(b: Bridge, name: string, department: string, seq: string, on: string) {
  const depts = await ok<{ id: number; name: string }[]>(b, 'departments:list', {});
  const dept =
    depts.find((d) => d.name === department) ??
    (await ok<{ id: number }>(b, 'departments:create', { name: department }));
  const p = await ok<{ id: number }>(b, 'persons:create', {
    name,
    gender: Number(seq.slice(-1)) % 2 ? 'male' : 'female',
    idNumber: idNumber('19880101', seq),
    departmentId: dept.id,
    proposedOn: on,
    posts: [{ post: '机要员', level: 'secret', startedOn: on }],
  });
  const approval = { approver: { type: 'person', name: '李建国', title: '局长' }, decidedAt: on };
  const d = await ok<{ id: number }>(b, 'persons:nominateClearance', {
    personId: p.id,
    reason: '机要岗位',
    nomination: approval,
  });
  for (const step of ['dept_review', 'leader_approve', 'file'])
    await ok(b, 'persons:clearanceStep', { decisionId: d.id, step, approval });
  await ok(b, 'persons:vet', { personId: p.id, vettedOn: on, result: 'passed' });
  await ok(b, 'persons:train', {
    personId: p.id,
    kind: 'pre_post',
    trainedOn: on,
    hours: 4,
    content: '保密法规',
  });
  const year = Number(on.slice(0, 4));
  await ok(b, 'trainings:appraise', {
    personId: p.id,
    kind: 'pre_post',
    year,
    appraisedOn: on,
    result: 'pass',
    appraiser: '王丽',
  });
  await ok(b, 'persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: on });
  await ok(b, 'persons:post', { personId: p.id, postedOn: on });
  return p;
}

/** The print preview in view as a PDF, read back by pdftotext with the whitespace taken out. */
async function pdfText(page: Page, name: string): Promise<string> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = join(tempDir('baomi-training-'), name);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('保密教育培训 in Chromium', () => {
  it('plans, holds with a department ticked, shows who is under the floor, appraises, records a 竞业限制', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const year = new Date().getFullYear();
    await posted(bridge, '张敏', '办公室', '124', `${year}-01-05`);
    await posted(bridge, '李娜', '办公室', '126', `${year}-01-05`);
    await posted(bridge, '赵刚', '机要科', '131', `${year}-01-05`);

    await page.getByRole('menuitem', { name: '保密教育培训', exact: true }).click();
    // Two sessions into the year's plan, through the form.
    for (const topic of ['新修订保密法解读', '违法案例警示教育']) {
      await page.getByRole('button', { name: '列入学习计划' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('培训主题').fill(topic);
      await dialog.getByLabel('主要内容').fill(`${topic}：学习与讨论`);
      if (topic === '新修订保密法解读') {
        // The 课件 as the session's materials, a scan uploaded in the form.
        const file = join(tempDir('baomi-training-'), '新修订保密法解读课件.pdf');
        writeFileSync(file, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'));
        await dialog.getByLabel('上传培训材料').setInputFiles(file);
        await dialog.getByText('新修订保密法解读课件.pdf').waitFor();
      }
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByText('计划 2 次，已举办 0 次').waitFor();

    // Hold the first, and tick 办公室 present in one click.
    await page.getByRole('row', { name: /新修订保密法解读/ }).dblclick();
    await page.getByRole('button', { name: '登记举办', exact: true }).click();
    await page
      .getByRole('dialog', { name: /登记举办/ })
      .getByRole('button', { name: '保存' })
      .click();
    await page.getByRole('button', { name: '保存出席情况' }).waitFor();
    // Held, the session keeps the materials it was planned with.
    await page.getByRole('cell', { name: '新修订保密法解读课件.pdf' }).waitFor();
    await page.getByRole('combobox', { name: '部门' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('办公室', { exact: true }).click();
    await page.getByRole('button', { name: '本部门全部出席' }).click();
    // Person by person with the keyboard: Space on a box unticks (缺席 asks its reason) and ticks again.
    const li = page.getByRole('checkbox', { name: '李娜 出席' });
    await li.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => li.isChecked()).toBe(false);
    await page.getByRole('textbox', { name: '李娜 缺席原因' }).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => li.isChecked()).toBe(true);
    await page.getByRole('button', { name: '保存出席情况' }).click();
    await page.getByText('已保存').waitFor();
    await shot(page, 'trainings-attendance');
    // 保密教育培训登记表 with a signature line for each attendee, as a PDF.
    await page.getByRole('button', { name: '打印保密教育培训登记表' }).click();
    await page.getByRole('article', { name: '保密教育培训登记表（打印预览）' }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(page, 'trainings-session-print');
    const pdf = join(tempDir('baomi-training-'), 'session.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(flat).toContain(UNIT.name);
    expect(flat).toContain('保密教育培训登记表');
    expect(flat).toContain('新修订保密法解读');
    expect(flat).toContain('2学时/2人');
    // Names by pinyin: 李 (lǐ) before 张 (zhāng), though 张 comes first by code point.
    expect(flat).toContain('1办公室李娜出席2办公室张敏出席');
    expect(flat).toContain('本人签字');
    await page.getByRole('button', { name: '返回' }).click();

    // The matrix: 赵刚 has only the 岗前培训, under the floor of two sessions.
    await page.getByRole('tab', { name: '培训矩阵' }).click();
    await page.getByText(/本年度未达培训下限/).waitFor();
    await page.getByRole('checkbox', { name: '只看未达下限' }).check();
    await expect.poll(() => page.locator('.row-under-floor').count()).toBe(1);
    await expect(page.locator('.row-under-floor').textContent()).resolves.toContain('赵刚');
    await shot(page, 'trainings-matrix');

    // 办公室's 年度考核 in one grid, 李娜 不合格.
    await page.getByRole('tab', { name: '年度考核', exact: true }).click();
    await page.locator('.ant-form-inline').getByRole('combobox').first().click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('办公室', { exact: true }).click();
    await page.getByRole('button', { name: '全部合格' }).click();
    await page.getByRole('combobox', { name: '李娜 考核结果' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('不合格', { exact: true }).click();
    await page.getByRole('button', { name: '保存考核结果' }).click();
    await page.getByText('已登记 2 人的考核结果。').waitFor();
    await shot(page, 'trainings-appraisal-grid');
    // 涉密人员年度考核表 as a PDF: both of 办公室, 李娜 不合格.
    await page.getByRole('tab', { name: '考核记录' }).click();
    await page.getByRole('button', { name: '打印涉密人员年度考核表' }).click();
    await page.getByRole('article', { name: `${year} 年度涉密人员考核表（打印预览）` }).waitFor();
    const appraisalText = await pdfText(page, 'appraisals.pdf');
    expect(appraisalText).toContain(`${year}年度涉密人员考核表`);
    expect(appraisalText).toMatch(/李娜办公室重要不合格/);
    expect(appraisalText).toMatch(/张敏办公室重要合格/);
    await shot(page, 'trainings-appraisal-print');
    await page.getByRole('button', { name: '返回' }).click();

    // A 奖惩 of a department, approved by the committee, and the 奖惩登记表 as a PDF.
    await page.getByRole('tab', { name: '奖惩' }).click();
    await page.getByRole('button', { name: '登记奖惩' }).click();
    await pick(page, '部门', '机要科');
    const sanction = page.getByRole('dialog');
    await sanction.getByLabel('类别（通报表扬、警告……）').fill('通报表扬');
    await sanction.getByLabel('事项', { exact: true }).fill('全年无泄密事件');
    await sanction.getByLabel('依据', { exact: true }).fill('单位保密工作奖惩办法第五条');
    await sanction.getByRole('button', { name: '保存' }).click();
    await sanction.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '全年无泄密事件' }).waitFor();
    await shot(page, 'trainings-sanctions');
    await page.getByRole('button', { name: '打印奖惩登记表' }).click();
    await page.getByRole('article', { name: `${year} 年度奖惩登记表（打印预览）` }).waitFor();
    const sanctionText = await pdfText(page, 'sanctions.pdf');
    expect(sanctionText).toContain(`${year}年度奖惩登记表`);
    // The narrow columns wrap 事项 and 类别 across lines, which pdftotext reads side by side.
    expect(sanctionText).toMatch(/全年无泄.*密事件.*（机要科）/);
    expect(sanctionText).toMatch(/通报.*表扬/);
    expect(sanctionText).toContain(`保密委员会${year}年`);
    await shot(page, 'trainings-sanctions-print');
    await page.getByRole('button', { name: '返回' }).click();

    // The year's figures: 计划 vs 举办, who is under the floor, each session held.
    await page.getByRole('tab', { name: '培训台账' }).click();
    await page.getByRole('button', { name: '打印年度统计表' }).click();
    await page.getByRole('article', { name: `${year} 年度培训情况统计表（打印预览）` }).waitFor();
    const yearPdf = join(tempDir('baomi-training-'), 'year.pdf');
    writeFileSync(yearPdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const yearText = execFileSync('pdftotext', ['-layout', yearPdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(yearText).toContain('年度学习计划2次，已举办1次，未举办1次');
    expect(yearText).toContain('在岗涉密人员3人，未达培训下限1人');
    const d = new Date();
    // The session held today: its day, 集中学习, 2 present, 2 学时 (the topic wraps in its narrow column).
    expect(yearText).toContain(`${year}年${d.getMonth() + 1}月${d.getDate()}日集中学习22`);
    await shot(page, 'trainings-year-print');
    await page.getByRole('button', { name: '返回' }).click();

    // A 竞业限制 agreement for 张敏, within the unit's three years.
    await page.getByRole('tab', { name: '保密协议' }).click();
    await page.getByRole('button', { name: '登记保密协议' }).click();
    await pick(page, '协议类别', '竞业限制协议');
    await page.getByRole('dialog').getByRole('combobox', { name: '人员', exact: true }).fill('张敏');
    await page.locator('.ant-select-dropdown:visible').getByText('张敏（办公室）').click();
    await page
      .getByRole('dialog')
      .getByLabel('竞业限制起始日期')
      .fill(`${year + 1}-01-01`);
    await page
      .getByRole('dialog')
      .getByLabel('竞业限制截止日期')
      .fill(`${year + 3}-01-01`);
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '竞业限制协议' }).waitFor();
    await shot(page, 'trainings-agreements');

    // The agreement printed filled with 张敏's data and the term recorded.
    await page.getByRole('button', { name: '打印协议' }).click();
    await page.getByRole('article', { name: '保密协议（打印预览）' }).waitFor();
    await page.getByText('竞业限制协议', { exact: true }).waitFor();
    const agreementPdf = join(tempDir('baomi-training-'), 'agreement.pdf');
    writeFileSync(agreementPdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const agreementText = execFileSync('pdftotext', ['-layout', agreementPdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(agreementText).toContain('竞业限制协议');
    expect(agreementText).toContain('姓名张敏部门办公室');
    expect(agreementText).toContain(`自${year + 1}年1月1日起至${year + 3}年1月1日止`);
    await shot(page, 'trainings-agreement-print');
    await page.getByRole('button', { name: '返回' }).click();

    // 张敏's page carries the register's records of her: the 考核, the 竞业限制.
    await page.getByRole('menuitem', { name: '涉密人员', exact: true }).click();
    await page.getByRole('row', { name: /张敏/ }).dblclick();
    await page.getByRole('tab', { name: '审查·培训·承诺书' }).click();
    await page.getByRole('heading', { name: '保密协议' }).waitFor();
    await page.getByRole('cell', { name: '竞业限制协议' }).waitFor();
    await page.getByRole('cell', { name: '涉密人员年度考核', exact: true }).waitFor();
    await page.getByRole('heading', { name: '保密协议' }).scrollIntoViewIfNeeded();
    await shot(page, 'trainings-person-page');

    // The home page asks for a review of 李娜's clearance.
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.getByText(/李娜（办公室）\d+ 年度考核不合格，请复核其涉密资格/).waitFor();
    await shot(page, 'trainings-home-reminder');

    // The register on the smallest screen the app supports.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('menuitem', { name: '保密教育培训', exact: true }).click();
    await page.getByRole('button', { name: '登记举办培训' }).waitFor();
    await shot(page, 'trainings-1024');
    await page.getByRole('tab', { name: '培训矩阵' }).click();
    await page.getByText(/本年度未达培训下限/).waitFor();
    await shot(page, 'trainings-matrix-1024');
    // 在职人员 as their own view: everyone on staff, 涉密人员 marked among them.
    await page.getByRole('tab', { name: '在职人员' }).click();
    await page.getByRole('button', { name: '登记在职人员' }).click();
    await page.getByRole('dialog').getByLabel('姓名', { exact: true }).fill('周强');
    await pick(page, '部门', '办公室');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '周强', exact: true }).waitFor();
    await shot(page, 'trainings-staff');

    // 周强, on staff but not a 涉密人员, signs the 技术保密协议, printed filled with his data.
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.getByRole('tab', { name: '保密协议' }).click();
    await page.getByRole('button', { name: '登记保密协议' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: '在职人员' }).fill('周强');
    await page.locator('.ant-select-dropdown:visible').getByText('周强（办公室）').click();
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page
      .getByRole('row', { name: /技术保密协议.*周强/ })
      .getByRole('button', { name: '打印协议' })
      .click();
    await page.getByRole('article', { name: '保密协议（打印预览）' }).waitFor();
    const staffText = await pdfText(page, 'staff-agreement.pdf');
    expect(staffText).toContain('技术保密协议');
    expect(staffText).toContain('姓名周强部门办公室');
    expect(staffText).toContain('涉密等级非涉密人员');
    await shot(page, 'trainings-staff-agreement-print');
  }, 120_000);
});
