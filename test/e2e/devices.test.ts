// The device and media register through the screens, in Chromium over a real encrypted database: register a
// 涉密便携机 and a U盘, lend the U盘 with an approval and check it back, send the laptop out for repair with the
// disk removed (refused without), retire it and destroy it before two witnesses, and a person's leaving refused
// on her page while she holds the U盘 — with a screenshot of each screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postedPerson } from '../electron/core/persons/helpers';
import { login, pickName, shot, startApp, UNIT } from './app';
import { ok } from './persons-data';
import { pagePdf, pdfText } from './pdf';

function isoDay(offset = 0): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

async function paperApproval(dlg: ReturnType<typeof dialog>) {
  await pickName(dlg.page(), dlg, '审批人', '李建国', { unregistered: true });
  await dlg.getByLabel('审批人职务').fill('办公室主任');
  await dlg.getByLabel('审批日期').fill(isoDay());
  await dlg.getByLabel('审批单文号').fill('保审〔2026〕21号');
}

/** Choose a registered person in a PersonPicker by typing part of the name. */
async function pickPerson(page: Page, dlg: ReturnType<typeof dialog>, label: string, name: string) {
  const input = dlg.locator('.ant-form-item', { hasText: label }).locator('input').first();
  await input.click();
  await input.fill(name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
}

/** A print opened from the drawer's 打印 menu, as an A4 PDF: its text without whitespace. */
async function printFromDrawer(page: Page, item: string, title: string, name: string): Promise<string> {
  await page.locator('.ant-drawer-open .ant-drawer-extra').getByRole('button', { name: /打印/ }).hover();
  await page.locator('.ant-dropdown:visible').getByText(item, { exact: true }).click();
  await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot(page, `devices-print-${name}`);
  const flat = pdfText(await pagePdf(page, `devices-pdf-${name}`, 60));
  expect(flat).toContain(UNIT.name);
  expect(flat).toContain(title);
  expect(flat).not.toContain('返回打印');
  return flat;
}

async function drawerAction(page: Page, label: string) {
  await page
    .locator('.ant-drawer-open .ant-drawer-extra')
    .getByRole('button', { name: label, exact: true })
    .click();
}

describe('devices and media in Chromium', () => {
  it('registers a laptop and a U盘, lends and checks back, repairs, retires, destroys; leaving refused while held', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).waitFor();
    const call = (c: string, i: unknown) => ok<never>(bridge, c, i);
    const sun = await postedPerson({ call } as never, { name: '孙丽' });
    await postedPerson({ call } as never, { name: '周杰' });

    // 登记 a U盘 (统一配发), in store.
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    await page.getByText('尚未登记任何存储介质').waitFor();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const regU = dialog(page, '登记存储介质');
    await regU.getByLabel('保密编号').fill('U-007');
    await regU.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '机密' }).click();
    await regU.getByLabel('序列号/唯一标识').fill('AA1234567890');
    await regU.getByLabel('容量').fill('32GB');
    await shot(page, 'devices-register-medium');
    await regU.getByRole('button', { name: '登记', exact: true }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('U-007 U盘').waitFor();
    await shot(page, 'devices-medium-detail');

    // 借用 with approval: first without it, stopped by the form (a 涉密 device's 借用 needs one, so 审批人 is
    // marked required).
    await drawerAction(page, '借用');
    const borrow = dialog(page, /^借用/);
    await pickPerson(page, borrow, '借用人', '孙丽');
    await borrow.getByLabel('借用原因').fill('拷贝会议材料');
    await borrow.getByLabel('归还期限').fill(isoDay(5));
    await borrow.getByRole('button', { name: '借出' }).click();
    await borrow.locator('.ant-form-item-explain-error', { hasText: '请填写审批人' }).waitFor();
    await paperApproval(borrow);
    await shot(page, 'devices-borrow-form');
    await borrow.getByRole('button', { name: '借出' }).click();
    await borrow.waitFor({ state: 'hidden' });
    await drawer.getByText('借出', { exact: true }).first().waitFor();

    // The leaving of 孙丽, on her page: its devices step names the U盘 from this register and is refused.
    await page.keyboard.press('Escape');
    await page.evaluate((id) => (window.location.hash = `#/reg/persons/${id}`), sun.id);
    await page.getByRole('tab', { name: '离岗' }).click();
    await page.getByRole('button', { name: '办理离岗手续' }).click();
    const start = page.getByRole('dialog', { name: '办理离岗：孙丽' });
    await start.getByLabel('离岗原因').fill('工作调整');
    await start.getByRole('button', { name: '保存' }).click();
    await start.waitFor({ state: 'detached' });
    await page.getByLabel('在场人员1').fill('王丽');
    await page.getByLabel('在场人员2').fill('赵敏');
    await page.getByRole('button', { name: '记录谈话' }).click();
    await page.getByRole('button', { name: '记录谈话' }).waitFor({ state: 'detached' });
    await page.locator('.ant-steps').getByText('交回涉密设备', { exact: true }).click();
    const held = page.getByRole('list', { name: '尚未交回的设备与介质' });
    await held.getByText('U盘 U-007（借用/携带外出）').waitFor();
    await page.getByRole('button', { name: '记录设备交回' }).click();
    const refused = page.getByRole('alert').filter({ hasText: '须全部交回后才能办理离岗' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('U-007');
    await shot(page, 'devices-leaving-refused');
    const open = await ok<{ rows: { devicesReturnedOn: string | null }[] }>(bridge, 'leaving:list', {
      personId: sun.id,
    });
    expect(open.rows.map((r) => r.devicesReturnedOn)).toEqual([null]);

    // Back to the U盘.
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    await page.locator('.register-table .ant-table-row', { hasText: 'U-007' }).dblclick();
    await drawer.getByText('U-007 U盘').waitFor();

    // 返回检查 by a named checker.
    await drawerAction(page, '返回检查');
    const ret = dialog(page, /^返回检查/);
    await ret.getByLabel('检查人（借用人以外）').fill('王丽');
    await ret.getByLabel('返回信息清除情况').fill('已清除，无残留');
    await ret.getByRole('button', { name: '返回' }).click();
    await ret.waitFor({ state: 'hidden' });
    await drawer.getByText('检查人 王丽').waitFor();
    await shot(page, 'devices-medium-history');
    const borrowPdf = await printFromDrawer(page, '借用审批表/登记表', '存储介质借用审批表', 'borrow');
    for (const t of ['U-007', '孙丽', '拷贝会议材料', '李建国', '已清除，无残留', '检查人', '王丽']) {
      expect(borrowPdf).toContain(t);
    }
    await page.goBack();
    await page.keyboard.press('Escape');

    // 登记 a 涉密便携机 in 周杰's charge.
    await page.getByRole('menuitem', { name: '涉密计算机及设备', exact: true }).click();
    await page.getByText('尚未登记任何设备').waitFor();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const reg = dialog(page, '登记设备');
    await reg.getByLabel('保密编号').fill('BJ-012');
    await reg.getByLabel('类型').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '便携式计算机' })
      .click();
    await reg.getByLabel('密级').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '机密' }).click();
    await reg.getByLabel('品牌型号').fill('联想 昭阳 K4e');
    const disks = reg.getByLabel('硬盘序列号（可多个）');
    await disks.fill('S4EVNF0M812345');
    await disks.press('Enter');
    await pickPerson(page, reg, '责任人（空则在库）', '周杰');
    await reg.getByLabel('位置/房间').fill('办公楼 302');
    await shot(page, 'devices-register-laptop');
    await reg.getByRole('button', { name: '登记', exact: true }).click();
    await drawer.getByText('BJ-012 便携式计算机').waitFor();

    // 送外维修: refused without the disk removed, then recorded with it removed and kept.
    await drawerAction(page, '维修');
    const rep = dialog(page, /^维修/);
    await rep.getByRole('radio', { name: '送外维修' }).check();
    await rep.getByLabel('故障现象').fill('主板故障，无法开机');
    await rep.getByLabel('外来/送外维修单位').fill('某市保密技术服务中心');
    await rep.getByRole('checkbox', { name: /维修单位具备相应资质/ }).check();
    await rep.getByRole('checkbox', { name: /已签订保密协议/ }).check();
    await paperApproval(rep);
    await rep.getByRole('button', { name: '登记维修' }).click();
    await rep.getByText('送外维修须先拆除硬盘').first().waitFor();
    await shot(page, 'devices-repair-refused');
    await rep.getByRole('checkbox', { name: /已拆除硬盘/ }).check();
    await rep.getByLabel('拆下存储介质保管人').fill('王丽');
    await rep.getByRole('button', { name: '登记维修' }).click();
    await rep.waitFor({ state: 'hidden' });
    await drawer.getByText('维修中').first().waitFor();
    await drawerAction(page, '维修完成');
    const done = dialog(page, /^维修完成/);
    await done.getByLabel('维修结果').fill('更换主板，硬盘装回');
    await done.getByRole('button', { name: '登记完成' }).click();
    await done.waitFor({ state: 'hidden' });

    // 报废, then 销毁 before two witnesses.
    await drawerAction(page, '报废');
    const retire = dialog(page, /^报废/);
    await retire.getByLabel('报废原因').fill('老化，性能不满足');
    await paperApproval(retire);
    await retire.getByRole('button', { name: '报废' }).click();
    await retire.waitFor({ state: 'hidden' });
    await drawerAction(page, '销毁');
    const destroy = dialog(page, /^销毁/);
    await destroy.getByLabel('销毁地点（批准的销毁机构）').fill('市保密局指定销毁中心');
    await destroy.getByLabel('销毁方式').fill('硬盘物理粉碎');
    await destroy.getByLabel('姓名').nth(0).fill('张伟');
    await destroy.getByLabel('姓名').nth(1).fill('刘芳');
    await paperApproval(destroy);
    await shot(page, 'devices-destroy-form');
    await destroy.getByRole('button', { name: '登记销毁' }).click();
    await destroy.waitFor({ state: 'hidden' });
    await drawer.getByText('监销：张伟、刘芳').waitFor();
    await shot(page, 'devices-laptop-history');
    const repairPdf = await printFromDrawer(page, '送外维修审批表', '送外维修审批表', 'repair');
    for (const t of [
      'BJ-012',
      '某市保密技术服务中心',
      '是否拆除存储介质和固件',
      '拆下介质保管人',
      'S4EVNF0M812345',
    ]) {
      expect(repairPdf).toContain(t);
    }
    await page.goBack();
    // Back on the register: the drawer opens again from the row.
    await page.locator('.register-table .ant-table-row', { hasText: 'BJ-012' }).dblclick();
    await drawer.getByText('BJ-012 便携式计算机').waitFor();
    const destroyPdf = await printFromDrawer(page, '报废/销毁审批表及清单', '报废/销毁审批表', 'destroy');
    for (const t of [
      '市保密局指定销毁中心',
      '硬盘物理粉碎',
      '张伟',
      '刘芳',
      '销毁清单',
      'S4EVNF0M812345',
      '监销人',
    ]) {
      expect(destroyPdf).toContain(t);
    }
    await page.goBack();
    await page.locator('.register-table .ant-table-row', { hasText: 'BJ-012' }).getByText('已销毁').waitFor();
    await shot(page, 'devices-register');
    await page.getByRole('button', { name: /打印涉密计算机台账/ }).click();
    await page.getByRole('article', { name: '涉密计算机台账（打印预览）' }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const ledger = pdfText(await pagePdf(page, 'devices-pdf-ledger', 60));
    for (const t of [
      UNIT.name,
      '涉密计算机台账',
      'BJ-012',
      '硬盘序列号',
      'S4EVNF0M812345',
      '已销毁',
      '保密员（签字）',
    ]) {
      expect(ledger).toContain(t);
    }
  });
});
