// Issue 17's "Must show" in Chromium: a 新闻稿 review through three steps to 删改后公开; a 保密室 approved as a
// 要害部位 with its protections and a visitor logged in and out; a 涉密会议 whose three issued copies must come
// back before it closes; a committee meeting whose decision becomes a tracked task.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callsOn } from '../helpers/calls';
import { newPerson, received } from '../electron/core/persons/helpers';
import { LEADER_DUTY_LABELS } from '../../db/domain/labels';
import { LEADER_DUTIES } from '../../db/domain/vocab';
import { login, pickName, pickNames, shot, startApp, UNIT } from './app';
import { pagePdf, pdfText } from './pdf';

const today = () => new Date().toISOString().slice(0, 10);

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Fill the approver of the open dialog's ApprovalFields and save. */
async function approveIn(page: Page, title: string, who: string, name: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await pickName(page, dialog, who, name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Open a print from the drawer, check its PDF's text (unit name and page numbers too), and go back. */
async function printed(page: Page, button: string, title: string, name: string, wants: string[]) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  const text = pdfText(await pagePdf(page, name));
  for (const want of [UNIT.name, '第1页共', ...wants]) expect(text).toContain(want.replace(/\s+/g, ''));
  await page.getByRole('button', { name: '返回' }).click();
}

describe('保密审查, 要害部位, 涉密会议 and 保密委员会 in Chromium', () => {
  it('a review to 删改后公开, a 保密室 with a visitor, a meeting’s copies back, a decision tracked', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const desk = callsOn(dispatcher);
    const handler = await newPerson(desk, { name: '孙立', department: '宣传科' });
    const keeper = await newPerson(desk, { name: '王丽', department: '办公室' });
    const owner = await newPerson(desk, { name: '赵敏', department: '办公室' });
    const depts = await desk.call('departments:list', {});
    const office = depts.find((d) => d.name === '办公室');

    // 保密审查: a 新闻稿 through 部门初审, 保密办审查, 单位领导签批 to 删改后公开.
    const title = '我局档案数字化工作取得新进展';
    await desk.call('reviews:create', {
      title,
      summary: '新闻稿，介绍档案数字化工程进度',
      handlerPersonId: handler.id,
      departmentId: depts.find((d) => d.name === '宣传科')?.id ?? 0,
      purpose: 'press',
      recipient: '局门户网站',
      appliedOn: today(),
    });
    await page.getByRole('menuitem', { name: '保密审查', exact: true }).click();
    await page.getByText(title).dblclick();
    for (const [step, name] of [
      ['部门初审', '钱科长'],
      ['保密办审查', '王丽'],
      ['单位领导签批', '李建国'],
    ] as const) {
      await page.getByRole('button', { name: step, exact: true }).click();
      await approveIn(page, `${step}：${title}`, '审查人', name);
    }
    await page.getByRole('button', { name: '办结审查' }).click();
    const decide = page.getByRole('dialog', { name: `办结审查：${title}` });
    await pick(page, '审查结论', '删改后公开');
    await decide.getByRole('button', { name: '保存' }).click();
    await decide.getByText('删改后公开须写明删改的内容').first().waitFor();
    await decide.getByLabel('删改内容（删改后公开时填写）').fill('删去第三段库房位置的描述');
    await decide.getByRole('button', { name: '保存' }).click();
    await decide.waitFor({ state: 'detached' });
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByText('删去第三段库房位置的描述').waitFor();
    await drawer.locator('.chip', { hasText: '删改后公开' }).waitFor();
    await shot(page, 'committee-review-decided');
    await printed(page, '打印审批表', '保密审查审批表', 'committee-print-review', [
      '保密审查审批表',
      title,
      '部门初审意见同意钱科长',
      '删改后公开（删改：删去第三段库房位置的描述）',
      '承办人（签字）',
    ]);

    // 要害部位: a 保密室 approved by the committee, its protections shown, a visitor in and out.
    await desk.call('key_sites:propose', {
      kind: 'place',
      name: '保密室',
      level: 'secret',
      managerPersonId: keeper.id,
      location: '办公楼三层301',
      reason: '集中存放全局涉密载体',
      proposedOn: today(),
      protections: [
        { category: 'manual', item: '24小时值班' },
        { category: 'physical', item: '保险柜', quantity: 2 },
        { category: 'technical', item: '门禁' },
        { category: 'technical', item: '监控' },
      ],
    });
    await page.getByRole('menuitem', { name: '要害部门部位', exact: true }).click();
    await page.getByText('办公楼三层301').dblclick();
    await page.getByRole('button', { name: '保密委员会审定' }).click();
    await approveIn(page, '保密委员会审定：保密室', '审批人', '保密委员会');
    await drawer.locator('.chip', { hasText: '已审定' }).first().waitFor();
    await drawer.getByText('物理防护：保险柜 ×2').waitFor();
    await page.getByRole('button', { name: '出入登记', exact: true }).click();
    const visit = page.getByRole('dialog', { name: '出入登记（进入）：保密室' });
    await visit.getByLabel('来访人姓名').fill('周强');
    await visit.getByLabel('来访人单位').fill('市保密局');
    await visit.getByLabel('事由').fill('保密检查');
    await pickName(page, visit, '陪同人', '王丽');
    await visit.getByRole('button', { name: '保存' }).click();
    await visit.waitFor({ state: 'detached' });
    await drawer.getByRole('button', { name: '登记离开' }).click();
    const leave = page.getByRole('dialog', { name: '出入登记（离开）：周强' });
    await leave.getByRole('button', { name: '保存' }).click();
    await leave.waitFor({ state: 'detached' });
    await drawer.getByRole('button', { name: '登记离开' }).waitFor({ state: 'detached' });
    await shot(page, 'committee-key-site-visit');
    await printed(page, '打印出入登记簿', '要害部位出入登记簿', 'committee-print-visits', [
      '要害部位出入登记簿',
      '部位：保密室',
      '周强市保密局保密检查王丽',
    ]);

    // 涉密会议: three copies out; closing is refused until every one is back.
    const carrier = await desk.call(
      'carriers:register',
      received({
        name: '2026年档案安全工作方案（征求意见稿）',
        copyCount: 3,
        copyNos: [1, 2, 3],
        registeredOn: today(),
        issuedOn: today(),
        receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 3 },
      }),
    );
    const meeting = await desk.call('committee:createMeeting', {
      kind: 'meeting',
      name: '档案安全工作部署会',
      level: 'secret',
      startsOn: today(),
      endsOn: today(),
      place: '三楼保密会议室',
      hostDepartmentId: office?.id ?? 0,
      attendees: ['李建国', '赵敏', '王丽'],
    });
    await page.getByRole('menuitem', { name: '保密委员会', exact: true }).click();
    await page.getByRole('tab', { name: '涉密会议与活动' }).click();
    await page.getByText('档案安全工作部署会').dblclick();
    await page.getByRole('button', { name: '审批', exact: true }).click();
    await approveIn(page, '涉密会议审批：档案安全工作部署会', '审批人', '李建国');
    for (const [no, who] of [
      [1, '李建国'],
      [2, '赵敏'],
      [3, '王丽'],
    ] as const) {
      await desk.call('committee:issueMaterials', {
        meetingId: meeting.id,
        carrierId: carrier.id,
        copyNos: [no],
        issuedTo: who,
        issuedOn: today(),
      });
    }
    // Issued through the dispatcher (the page hears only its own writes): open the meeting again to see them.
    await page.keyboard.press('Escape');
    await page.getByText('档案安全工作部署会').dblclick();
    const materials = drawer.locator('.ant-table-tbody tr', { hasText: '征求意见稿' });
    await expect.poll(() => materials.count()).toBe(3);
    await materials.nth(0).locator('input[type=checkbox]').check();
    await materials.nth(1).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: '收回所选材料（2）' }).click();
    const collect = page.getByRole('dialog', { name: /收回会议材料/ });
    await collect.getByRole('button', { name: '保存' }).click();
    await collect.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '会议结束' }).click();
    const closing = page.getByRole('dialog', { name: '会议结束：档案安全工作部署会' });
    await closing.getByRole('button', { name: '保存' }).click();
    await closing
      .getByText(/尚有 1 份会议材料未收回/)
      .first()
      .waitFor();
    await shot(page, 'committee-meeting-materials-out');
    await page.keyboard.press('Escape');
    await closing.waitFor({ state: 'detached' });
    await materials.nth(2).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: '收回所选材料（1）' }).click();
    await page
      .getByRole('dialog', { name: /收回会议材料/ })
      .getByRole('button', { name: '保存' })
      .click();
    await page.getByRole('button', { name: '会议结束' }).click();
    await page
      .getByRole('dialog', { name: '会议结束：档案安全工作部署会' })
      .getByRole('button', { name: '保存' })
      .click();
    await drawer.getByText('已结束').waitFor();
    await printed(
      page,
      '打印审批及执行情况记录表',
      '涉密会议审批表及执行情况记录表',
      'committee-print-meeting',
      ['涉密会议审批表及执行情况记录表', '档案安全工作部署会', '知悉范围（参会人员）李建国、赵敏、王丽'],
    );
    await page.getByRole('tab', { name: '委员会会议' }).waitFor();

    // 委员会会议: a decision without an owner is refused; with one it becomes a tracked task.
    await page.getByRole('tab', { name: '委员会会议' }).click();
    await page.getByRole('button', { name: '登记委员会会议' }).click();
    const rec = page.getByRole('dialog', { name: '登记委员会会议' });
    await pickName(page, rec, '主持人', '李建国', { unregistered: true });
    await pickName(page, rec, '记录人', '王丽');
    await rec.getByLabel('议题').fill('部署下半年保密检查');
    await pickNames(page, rec, '出席人员', ['李建国', '赵敏', '王丽']);
    await rec.getByLabel('决定事项1').fill('7月底前完成全局涉密载体清查');
    await rec.getByRole('button', { name: '保存' }).click();
    await rec.getByText('每项决定事项都须明确责任人').first().waitFor();
    await shot(page, 'committee-decision-needs-owner');
    await rec.getByRole('combobox', { name: '人员', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(`${owner.name}（办公室）`).click();
    await rec.getByRole('button', { name: '保存' }).click();
    await rec.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '督办事项' }).click();
    const task = page.locator('.ant-table-row', { hasText: '7月底前完成全局涉密载体清查' });
    await task.getByText('赵敏').waitFor();
    await task.getByText('办理中').waitFor();
    await shot(page, 'committee-task-tracked');

    // 保密制度: one rule registered, the 保密制度清单 printed.
    await page.getByRole('tab', { name: '制度与档案' }).click();
    await page.getByRole('button', { name: '登记制度' }).click();
    const rule = page.getByRole('dialog', { name: '登记保密制度' });
    await rule.getByLabel('制度名称').fill('保密室管理制度');
    await rule.getByLabel('文号').fill('档发〔2026〕3号');
    await rule.getByRole('button', { name: '保存' }).click();
    await rule.waitFor({ state: 'detached' });
    await printed(page, '打印保密制度清单', '保密制度清单', 'committee-print-rules', [
      '保密制度清单',
      '保密室管理制度档发〔2026〕3号',
    ]);

    // 年度工作计划 on paper; and the register fits the smallest screen the app supports.
    const year = Number(today().slice(0, 4));
    await desk.call('committee:adoptPlan', {
      year,
      plan: '一、落实保密工作责任制；二、开展保密检查。',
      adoptedOn: today(),
    });
    await page.getByRole('tab', { name: '年度计划与总结' }).click();
    await printed(page, '打印年度工作计划', `${year}年度保密工作计划`, 'committee-print-plan', [
      '一、落实保密工作责任制；二、开展保密检查。',
      '保密委员会主任（签字）',
    ]);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('menuitem', { name: '要害部门部位', exact: true }).click();
    await page.getByText('办公楼三层301').dblclick();
    await page.getByRole('button', { name: '打印审定表' }).waitFor();
    await shot(page, 'committee-key-site-1024');
  }, 120_000);

  it('a leader’s 履行保密工作责任制情况检查表 filled item by item, a shortfall explained, printed for signing', async () => {
    const { page, dispatcher } = await startApp({ setUp: true });
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    const desk = callsOn(dispatcher);
    await newPerson(desk, { name: '李建国', department: '办公室' });
    await page.getByRole('menuitem', { name: '保密委员会', exact: true }).click();
    await page.getByRole('tab', { name: '年度计划与总结' }).click();
    await page.getByRole('button', { name: '登记责任制检查' }).click();
    const dialog = page.getByRole('dialog', { name: /领导干部履行保密工作责任制情况检查/ });
    await pick(page, '领导干部', '李建国（办公室）');
    await dialog.getByLabel('职务', { exact: true }).fill('局长（主要负责人）');
    for (const duty of LEADER_DUTIES) {
      const rating = duty === 'training' ? '基本落实' : '落实';
      await dialog
        .getByLabel(`落实情况：${LEADER_DUTY_LABELS[duty]}`)
        .getByText(rating, { exact: true })
        .click();
    }
    await pick(page, '总体评价', '较好');
    await pickName(page, dialog, '检查人', '赵敏', { unregistered: true });
    await dialog.getByRole('button', { name: '保存' }).click();
    // The shortfall needs its note: refused under the item, nothing written.
    await dialog.getByText('评为基本落实，请写明存在的问题').waitFor();
    await shot(page, 'committee-leader-check-refused');
    await dialog.getByLabel(`说明：${LEADER_DUTY_LABELS.training}`).fill('参训少于两次');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /李建国.*局长（主要负责人）.*较好.*赵敏/ }).waitFor();
    await shot(page, 'committee-leader-checks');
    await printed(
      page,
      '打印检查表',
      '领导干部履行保密工作责任制情况检查表',
      'committee-print-leader-check',
      [
        '领导干部履行保密工作责任制情况检查表',
        '李建国',
        '参加保密教育培训',
        '基本落实',
        '参训少于两次',
        '总体评价较好',
        '被检查领导干部（签字）',
        '检查人（签字）',
        '保密委员会主任（签字）',
      ],
    );
  }, 120_000);
});
