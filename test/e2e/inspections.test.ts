// 保密检查 from the default template to its closing, and an incident under its 24-hour clock, in Chromium over
// the real core: the checklist answered from the keyboard, one finding rectified and verified, the other past
// its deadline (red on the board and on the home page), the check closed; an incident recorded, the clock
// shown in its drawer and on the home page, the reports recorded, the 处理结果, closed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { dateOf, addDays } from '../../db/domain/dates';
import { movableClock } from '../electron/core/carriers/helpers';
import { idNumber } from '../electron/core/persons/helpers';
import { received } from '../electron/core/carriers/helpers';
import { login, pickName, pickNames, shot, startApp } from './app';
import { ok } from './persons-data';
import { pagePdf, pdfText } from './pdf';
import type { Bridge } from '../../scripts/chromium-bridge';

async function person(b: Bridge, name: string, department: string, seq: string, on: string) {
  const depts = await ok<{ id: number; name: string }[]>(b, 'departments:list', {});
  const dept =
    depts.find((d) => d.name === department) ??
    (await ok<{ id: number }>(b, 'departments:create', { name: department }));
  return ok<{ id: number; departmentId: number }>(b, 'persons:create', {
    name,
    gender: 'male',
    idNumber: idNumber('19850315', seq),
    departmentId: dept.id,
    proposedOn: on,
    posts: [{ post: '科员', level: 'confidential', startedOn: on }],
  });
}

describe('保密检查与泄密事件 in Chromium', () => {
  it('a monthly 自查: two 不符合, one rectified and verified, one overdue, closed; then an incident reported and closed', async () => {
    const today = dateOf(new Date());
    const clock = movableClock(today);
    const bridge = await startApp({ setUp: true, clock });
    const { page } = bridge;
    // The clerk's smallest screen: everything below must fit and work at 1024×700.
    await page.setViewportSize({ width: 1024, height: 700 });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    await person(bridge, '刘洋', '办公室', '121', today);
    await person(bridge, '周强', '保密办', '123', today);

    // A monthly 部门自查 from the default template.
    await page.getByRole('menuitem', { name: '保密检查与整改', exact: true }).click();
    await page.getByRole('button', { name: '检查表模板' }).click();
    await page.getByRole('dialog', { name: '检查表模板' }).getByLabel('第1项检查内容').waitFor();
    await shot(page, 'inspections-template');
    await page.keyboard.press('Escape');
    // The schedules are the unit's: 部门自查 monthly by default; the unit adds a half-yearly 专项检查.
    await page.getByRole('button', { name: '检查周期' }).click();
    const schedules = page.getByRole('dialog', { name: '检查周期' });
    const kindRow = (k: string) => schedules.locator('.ant-form-item', { hasText: k });
    await expect.poll(() => kindRow('部门自查').locator('.ant-select').textContent()).toBe('每月');
    await kindRow('专项检查').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '每半年' }).click();
    await schedules.getByRole('button', { name: '保存' }).click();
    await schedules.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '新建检查' }).click();
    const dialog = page.getByRole('dialog', { name: '新建保密检查' });
    await dialog.getByLabel('检查名称').fill('办公室月度保密自查');
    await dialog.getByLabel('被查部门').click();
    await page.locator('.ant-select-item-option', { hasText: '办公室' }).click();
    await pickNames(page, dialog, '检查人员', ['王丽', '周强']);
    await dialog.getByRole('button', { name: '保存' }).click();
    const list = page.getByRole('listbox', { name: '检查表' });
    await list.waitFor();
    // 25 lines by keys alone: 不符合 on the 1st, 不适用 on the last, 符合 elsewhere; then back up with the
    // arrows to the 4th, which becomes 不符合 with a note (Enter), and down again to the last.
    await list.focus();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i === 0 ? '2' : i === 24 ? '3' : '1');
      await page.waitForTimeout(40);
    }
    await page.getByText('已填 25 / 25 项').waitFor();
    await page.getByText('发现问题（1）').waitFor();
    for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => list.locator('[aria-selected="true"]').textContent()).toContain('4.');
    await page.keyboard.press('2');
    await page.getByText('发现问题（2）').waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByLabel('说明', { exact: true }).fill('缺2025年度档案');
    await page.getByLabel('说明', { exact: true }).press('Enter');
    await page.getByText('说明：缺2025年度档案').waitFor();
    for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => list.locator('[aria-selected="true"]').textContent()).toContain('25.');
    // The current (last) line takes a scan as its evidence, kept with its answer.
    const scan = join(tempDir('baomi-check-scan-'), '保密柜照片.pdf');
    writeFileSync(scan, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'));
    await page.getByLabel('附扫描件').setInputFiles(scan);
    await page.getByText('已附扫描件').waitFor();
    await shot(page, 'inspections-checklist');

    const check = (
      await ok<{ rows: { id: number; kind: string; period: string; items: number }[] }>(
        bridge,
        'inspections:list',
        {},
      )
    ).rows[0];
    // The monthly 部门自查 of this month, its 25 lines from the default template.
    expect(check).toMatchObject({ kind: 'self_dept', period: today.slice(0, 7), items: 25 });
    const deadline = addDays(today, 10);
    // Each finding gets its department, person, requirement and deadline from its drawer (下达整改).
    for (const k of [0, 1]) {
      await page.getByRole('button', { name: '办理' }).nth(k).click();
      await page.getByRole('button', { name: '下达整改' }).click();
      const assign = page.getByRole('dialog', { name: '下达整改' });
      await assign.locator('.ant-form-item', { hasText: '责任部门' }).locator('.ant-select').click();
      // The second goes to 保密办, so the 整改通知书 is printed once per department.
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', {
          hasText: k === 0 ? '办公室' : '保密办',
        })
        .click();
      await assign.getByLabel('整改责任人').fill('刘洋');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '刘洋' }).click();
      await assign.getByLabel('整改要求').fill('限期整改到位');
      await assign.getByLabel('整改期限').fill(deadline);
      if (k === 0) await shot(page, 'inspections-assign');
      await assign.getByRole('button', { name: '保存' }).click();
      await assign.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: '开始整改' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '开始整改' }).waitFor({ state: 'hidden' });
    }

    // The first is rectified and verified from its drawer.
    await page.getByRole('button', { name: '办理' }).first().click();
    await page.getByRole('button', { name: '开始整改' }).click();
    await page.getByRole('dialog', { name: '开始整改' }).getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '整改完成，提交验收' }).click();
    const submit = page.getByRole('dialog', { name: '整改完成，提交验收' });
    await submit.getByLabel('整改情况').fill('已签订年度保密责任书');
    await submit.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '验收', exact: true }).click();
    const verify = page.getByRole('dialog', { name: '整改验收' });
    await verify.getByLabel('验收人').fill('周强');
    await page.locator('.ant-select-item-option', { hasText: '周强' }).click();
    await verify.getByLabel('验收依据').fill('责任书原件');
    await verify.getByRole('button', { name: '保存' }).click();
    await page.getByText('验收通过').first().waitFor();
    await shot(page, 'inspections-finding-verified');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The second goes past its deadline: red on the board and on the home page.
    clock.set(addDays(deadline, 2));
    await bridge.open('home');
    await page.getByText('1 个检查发现的问题逾期未整改').waitFor();
    await shot(page, 'inspections-overdue-reminder');
    await page.getByRole('menuitem', { name: '保密检查与整改', exact: true }).click();
    await page.getByRole('tab', { name: '问题整改' }).click();
    const overdue = page.locator('[data-state="overdue"]');
    await overdue.getByText('逾期 2 天').waitFor();
    await shot(page, 'inspections-board');
    // The board's filters: another department, or deadlines before this one, leave the 逾期 column empty.
    await page.getByLabel('责任部门').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '办公室' }).click();
    await page.getByText('已整改（1）').waitFor();
    await page.getByText('逾期（0）').waitFor();
    await page.locator('.findings-board').locator('..').locator('.ant-select').hover();
    await page.locator('.ant-select-clear').click();
    await page.getByText('逾期（1）').waitFor();
    const byDeadline = page.getByLabel('整改期限不晚于');
    await byDeadline.fill(addDays(deadline, -1));
    await byDeadline.press('Enter');
    await page.getByText('逾期（0）').waitFor();
    await shot(page, 'inspections-board-filtered');
    await byDeadline.hover();
    await page.locator('.ant-picker-clear').click();
    await page.getByText('逾期（1）').waitFor();
    // The overdue one is rectified late and verified, from its card on the board.
    const late = addDays(deadline, 2);
    await overdue.getByRole('button').first().click();
    await page.getByRole('button', { name: '开始整改' }).click();
    const begin = page.getByRole('dialog', { name: '开始整改' });
    await begin.getByLabel('开始日期').fill(late);
    await begin.getByRole('button', { name: '保存' }).click();
    await begin.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '整改完成，提交验收' }).click();
    const done = page.getByRole('dialog', { name: '整改完成，提交验收' });
    await done.getByLabel('完成日期').fill(late);
    await done.getByLabel('整改情况').fill('已补办培训');
    await done.getByRole('button', { name: '保存' }).click();
    await done.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '验收', exact: true }).click();
    const check2 = page.getByRole('dialog', { name: '整改验收' });
    await check2.getByLabel('验收人').fill('周强');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周强' }).click();
    await check2.getByLabel('验收日期').fill(late);
    await check2.getByLabel('验收依据').fill('培训签到表');
    await check2.getByRole('button', { name: '保存' }).click();
    await check2.waitFor({ state: 'hidden' });
    await page.getByText('验收通过').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('cell', { name: '办公室月度保密自查' }).dblclick();
    await page.getByRole('button', { name: '结束检查' }).click();
    await page.getByRole('dialog', { name: '结束检查' }).getByRole('button', { name: '保存' }).click();
    await page
      .getByText(/已结束/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');

    // An incident: recorded, its clock shown, reported to both, its 处理结果, closed.
    clock.set(today);
    // The monthly inventory finds copy 12 missing: 按泄密事件报告 from the discrepancy opens the incident.
    await ok(bridge, 'carriers:register', received());
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByRole('tab', { name: '清点' }).click();
    await page.getByRole('button', { name: '开始清点' }).click();
    const startCount = page.getByRole('dialog', { name: '开始清点' });
    await startCount.getByRole('button', { name: '开始清点' }).click();
    await startCount.waitFor({ state: 'hidden' });
    const copies = page.getByRole('radiogroup', { name: /第\d+份/ });
    await copies.first().waitFor();
    const n = await copies.count();
    for (let k = 0; k < n; k++) await copies.nth(k).getByText('缺失').click();
    await page.getByText(`缺失 ${n}`).first().waitFor();
    await shot(page, 'inventory-missing');
    await page.getByRole('button', { name: '按泄密事件报告' }).first().click();
    const inc = page.getByRole('dialog', { name: '登记泄密事件/违规' });
    expect(await inc.getByLabel('发现经过').inputValue()).toContain('缺失');
    await inc.getByLabel('事件名称').fill('机密级文件一份去向不明');
    await inc.getByLabel('发现时间').fill(`${today} 09:00`);
    await inc.getByLabel('发现地点').fill('机要室');
    await pickName(page, inc, '发现人', '王丽', { unregistered: true });
    await inc.getByLabel('发现经过').fill('月度清点时发现第12份缺失');
    await inc.getByLabel('简要情况').fill('借阅归还后未入柜');
    await inc.getByRole('button', { name: '保存' }).click();
    // The discrepancy shows its incident; the incident names the discrepancy and the carrier.
    await page.getByText('已按泄密事件报告').first().waitFor();
    await shot(page, 'incidents-from-discrepancy');
    await page.getByRole('menuitem', { name: '泄密事件/违规', exact: true }).click();
    await page.getByRole('cell', { name: '机密级文件一份去向不明' }).dblclick();
    await page
      .getByText(/清点差异：/)
      .first()
      .waitFor();
    await page.getByText('距24小时报告时限还剩 21 小时').first().waitFor();
    await shot(page, 'incidents-clock');
    await bridge.open('home');
    await page.getByText('泄密事件“机密级文件一份去向不明”须在24小时内报告').waitFor();
    await shot(page, 'incidents-home-clock');
    // The discrepancy's reminder now follows the incident: its 前往处理 lands on the incidents register.
    await page
      .locator('.home-card .ant-list-item')
      .filter({ hasText: '份载体清点差异已按泄密事件报告' })
      .getByRole('button', { name: '前往处理' })
      .click();
    await page.getByRole('cell', { name: '机密级文件一份去向不明' }).waitFor();
    const incident = (await ok<{ rows: { id: number }[] }>(bridge, 'incidents:list', {})).rows[0];
    // Both reports of art. 61 and the 处理结果, from the incident's drawer.
    await page.getByRole('menuitem', { name: '泄密事件/违规', exact: true }).click();
    await page.getByRole('cell', { name: '机密级文件一份去向不明' }).dblclick();
    for (const [recipient, name] of [
      ['同级保密行政管理部门', '市国家保密局'],
      ['上级主管部门', '市档案局'],
    ] as const) {
      await page.getByRole('button', { name: '登记报告' }).click();
      const rep = page.getByRole('dialog', { name: '登记报告' });
      await rep.getByLabel('报告对象').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: recipient })
        .click();
      await rep.getByLabel('接收单位(人)').fill(name);
      await rep.getByLabel('报告时间').fill(`${today} 11:00`);
      await pickName(page, rep, '报告人', '王丽', { unregistered: true });
      if (recipient === '上级主管部门') await shot(page, 'incidents-report-form');
      await rep.getByRole('button', { name: '保存' }).click();
      await rep.waitFor({ state: 'hidden' });
    }
    // A 补救措施 with the minute it was taken and who took it.
    await page.getByRole('button', { name: '补救措施', exact: true }).click();
    const remedy = page.getByRole('dialog', { name: '补救措施' });
    await remedy.getByLabel('采取措施时间').fill(`${today} 09:30`);
    await remedy.getByLabel('采取措施人').fill('王丽');
    await remedy.getByLabel('补救措施').fill('封存机要室，调取门禁记录');
    await remedy.getByRole('button', { name: '保存' }).click();
    await remedy.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '处理结果及责任追究' }).click();
    const res = page.getByRole('dialog', { name: '处理结果及责任追究' });
    await res.getByLabel('处理结果及责任追究').fill('当事人警告处分');
    await res.getByLabel('案件性质').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '过失' }).click();
    await shot(page, 'incidents-result-form');
    await res.getByRole('button', { name: '保存' }).click();
    await res.waitFor({ state: 'hidden' });
    await page.getByText('已在24小时内报告').waitFor();
    await page.getByRole('button', { name: '结案' }).click();
    await page.getByRole('dialog', { name: '结案' }).getByRole('button', { name: '保存' }).click();
    await page.getByText('已结案').first().waitFor();
    await shot(page, 'incidents-closed');
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '首页', exact: true }).click();
    await page.getByText('类保密检查已到期').waitFor();
    await page.getByText(/专项检查（每半年，尚未做过）/).waitFor();
    expect(await page.getByText('须在24小时内报告').count()).toBe(0);

    // A second incident, found two days ago and not reported: red on the home page past its 24 hours; reported
    // late, it reads 迟报 in its drawer, each late report marked, never silently.
    const usb = await ok<{ id: number }>(bridge, 'incidents:open', {
      title: 'U盘违规接入互联网计算机',
      kind: 'violation',
      discoveredAt: `${addDays(today, -2)} 09:00`,
      discoveredPlace: '办公室',
      discoveredBy: '周强',
      discoveryHow: '终端审计发现',
      summary: '涉密U盘接入互联网计算机',
    });
    // Written from the test's side, so the home page is opened afresh to read it.
    await page.getByRole('menuitem', { name: '泄密事件/违规', exact: true }).click();
    await page.getByRole('menuitem', { name: '首页', exact: true }).click();
    await page.getByText('泄密事件“U盘违规接入互联网计算机”须在24小时内报告').waitFor();
    await page.getByText(/已超过24小时报告时限 27 小时 00 分/).waitFor();
    await shot(page, 'incidents-home-overdue');
    for (const [recipient, at] of [
      ['bureau', `${addDays(today, -1)} 10:00`],
      ['superior', `${addDays(today, -1)} 11:30`],
    ] as const)
      await ok(bridge, 'incidents:report', {
        incidentId: usb.id,
        recipient,
        recipientName: recipient === 'bureau' ? '市国家保密局' : '市档案局',
        reportedAt: at,
        method: 'phone',
        reportedBy: '王丽',
      });
    await page.getByRole('menuitem', { name: '泄密事件/违规', exact: true }).click();
    await page.getByRole('cell', { name: 'U盘违规接入互联网计算机' }).dblclick();
    await page.getByText('迟报：超过24小时时限 2 小时 30 分').first().waitFor();
    for (const name of ['同级保密行政管理部门：市国家保密局', '上级主管部门：市档案局'])
      await page.locator('.ant-drawer tr', { hasText: name }).getByText('迟报', { exact: true }).waitFor();
    await shot(page, 'incidents-late');
    await page.keyboard.press('Escape');

    // The four prints as A4 PDFs, read back with pdftotext.
    const printed = async (route: string, title: string, name: string) => {
      await bridge.open(route);
      await page
        .getByRole('article', { name: `${title}（打印预览）` })
        .locator('table')
        .first()
        .waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return pdfText(await pagePdf(page, name), { layout: false }).replace(/\s+/g, '');
    };
    const checklist = await printed(
      `print/inspection-checklist-${check?.id}`,
      '保密工作自查表',
      'inspections-print-checklist',
    );
    expect(checklist).toContain('保密工作自查表');
    expect(checklist).toContain('办公室月度保密自查');
    expect(checklist).toContain('保密工作责任制落实情况');
    expect(checklist).toContain('不符合2项');
    expect(checklist).toContain('检查人（签字）');
    const notice = await printed(
      `print/inspection-notice-${check?.id}`,
      '整改通知书',
      'inspections-print-notice',
    );
    expect(notice).toContain('整改通知书');
    expect(notice).toContain('办公室：');
    expect(notice).toContain('保密办：');
    expect(notice).toContain('保密工作档案是否齐全');
    expect(notice).toContain('限期整改到位');
    expect(notice).toContain('签发人（签字）');
    const report = await printed(
      `print/inspection-report-${check?.id}`,
      '整改情况报告',
      'inspections-print-report',
    );
    expect(report).toContain('已签订年度保密责任书');
    expect(report).toContain('已整改验收2个');
    const incidentSheet = await printed(
      `print/incident-${incident?.id}`,
      '泄密事件报告登记表',
      'incidents-print',
    );
    expect(incidentSheet).toContain('机密级文件一份去向不明');
    expect(incidentSheet).toContain('同级保密行政管理部门（市国家保密局）');
    expect(incidentSheet).toContain('当事人警告处分');
    expect(incidentSheet).toContain(`${today}09:30王丽：封存机要室，调取门禁记录`);
    expect(incidentSheet).not.toContain('迟报');
    // One sheet to hand over, the print date on it (not alone on a second page).
    expect(incidentSheet).toContain('第1页共1页');
  });
});
