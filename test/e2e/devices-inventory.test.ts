// 清点 of the media and the 定期检查 page through the screens, in Chromium over a real encrypted database: count
// two U盘, tick one 在位 and one 缺失, close with a report, see the discrepancy offered as a 泄密事件 and resolve it;
// then an overdue 病毒查杀 of a 涉密计算机 signed from its row clears the overdue mark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postedPerson } from '../electron/core/persons/helpers';
import { login, pickName, shot, startApp } from './app';
import { ok } from './persons-data';

const dialog = (page: Page, title: string | RegExp) =>
  page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });

describe('清点 and 定期检查 of devices in Chromium', () => {
  it('counts the media, reports a missing U盘, resolves it; signs an overdue check', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).waitFor();
    const call = (c: string, i: unknown) => ok<never>(bridge, c, i);
    const zhou = await postedPerson({ call } as never, { name: '周杰' });
    const medium = {
      family: 'medium',
      kind: 'usb',
      class: 'classified',
      level: 'secret',
      registeredOn: '2026-01-05',
    };
    await call('devices:register', { ...medium, deviceNo: 'U-001', custodianId: zhou.id });
    await call('devices:register', { ...medium, deviceNo: 'U-002', custodianId: zhou.id });
    await call('devices:register', {
      family: 'device',
      kind: 'laptop',
      class: 'classified',
      level: 'secret',
      deviceNo: 'BJ-012',
      custodianId: zhou.id,
      registeredOn: '2025-01-05',
    });

    await page.getByRole('menuitem', { name: '涉密移动存储介质', exact: true }).click();
    await page.getByRole('tab', { name: '清点' }).click();
    await page.getByText('尚无清点记录').waitFor();
    await page.getByRole('button', { name: '开始清点' }).click();
    const start = dialog(page, '开始清点存储介质');
    await shot(page, 'devices-inventory-start');
    await start.getByRole('button', { name: '开始清点' }).click();
    await start.waitFor({ state: 'hidden' });
    await page.getByRole('radiogroup', { name: 'U-001 清点结果' }).getByText('在位').click();
    await page.getByRole('radiogroup', { name: 'U-002 清点结果' }).getByText('缺失').click();
    await page.getByText('在位 1，缺失 1').first().waitFor();
    await shot(page, 'devices-inventory-lines');
    await page.getByRole('button', { name: '结束清点' }).click();
    const close = dialog(page, /^结束清点/);
    await close.getByRole('button', { name: '结束并生成报告' }).click();
    await close.waitFor({ state: 'hidden' });
    await page.getByText('未处理的差异（1）').waitFor();
    await page.getByRole('button', { name: '按泄密事件报告' }).waitFor();
    await shot(page, 'devices-inventory-closed');
    await page.getByRole('button', { name: '处理', exact: true }).click();
    const resolve = dialog(page, '处理差异：U-002');
    await resolve.getByLabel('处理情况').fill('已在机要室保密柜找到');
    await resolve.getByRole('button', { name: '登记处理情况' }).click();
    await page.getByText('未处理的差异（0）').waitFor();
    const hist = await ok<{ events: { kind: string }[] }>(bridge, 'devices:get', { id: 2 });
    expect(hist.events.map((e) => e.kind)).toContain('inventory');

    // This PC is offered for registration with what the core read of it, 本机 ticked.
    await page.getByRole('menuitem', { name: '涉密计算机及设备', exact: true }).click();
    await page.getByText(/^本机（.+）尚未在设备台账中登记$/).waitFor();
    await shot(page, 'devices-host-offer');
    await page.getByRole('button', { name: '登记本机' }).click();
    const hostForm = dialog(page, '登记设备');
    expect(await hostForm.getByLabel('操作系统', { exact: true }).inputValue()).not.toBe('');
    expect(await hostForm.getByLabel('本机', { exact: true }).isChecked()).toBe(true);
    await hostForm.getByLabel('保密编号', { exact: true }).fill('BJ-001');
    await hostForm.getByLabel('密级', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '秘密' }).click();
    await shot(page, 'devices-host-form');
    await hostForm.getByRole('button', { name: '登记', exact: true }).click();
    await hostForm.waitFor({ state: 'hidden' });
    await page.getByText(/尚未在设备台账中登记/).waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '定期检查' }).click();
    const row = page.locator('tr', { hasText: 'BJ-012' });
    await row.getByText(/^逾期/).first().waitFor();
    expect(await row.getByText(/^逾期/).count()).toBe(3);
    await shot(page, 'devices-checks-overdue');
    await row.getByRole('button', { name: '登记' }).nth(1).click();
    const sign = dialog(page, '定期检查：BJ-012');
    await sign.getByLabel('检查人（签字）').fill('王丽');
    await sign.getByLabel('检查结论').fill('已查杀，未发现病毒');
    await shot(page, 'devices-checks-sign');
    await sign.getByRole('button', { name: '登记检查' }).click();
    await sign.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByText(/^逾期/).count()).toBe(2);
    await shot(page, 'devices-checks-after');

    // 使用登记 with one line per printed document (§2.1): the session's 打印份数 is their sum.
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('cell', { name: 'BJ-012' }).dblclick();
    await page
      .locator('.ant-drawer-open .ant-drawer-extra')
      .getByRole('button', { name: '使用登记', exact: true })
      .click();
    const use = dialog(page, '使用登记：BJ-012');
    await use.locator('.ant-form-item', { hasText: '使用人' }).locator('input').first().fill('周杰');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周杰' })
      .first()
      .click();
    await use.getByLabel('工作内容').fill('打印会议纪要');
    await use.getByRole('button', { name: '添加打印文件' }).click();
    await use.getByLabel('文件名称1').fill('党组会议纪要');
    await use.getByLabel('文号', { exact: true }).fill('办〔2026〕3号');
    await use.getByLabel('份数', { exact: true }).fill('3');
    await use.getByLabel('每份页数', { exact: true }).fill('4');
    await pickName(page, use, '批准人', '李建国', { unregistered: true });
    await pickName(page, use, '承办人', '周杰');
    await shot(page, 'devices-usage-print-lines');
    await use.getByRole('button', { name: '登记', exact: true }).click();
    await use.waitFor({ state: 'hidden' });
    const usage = await ok<{
      rows: { prints: number; printLines: { name: string; copies: number; pagesEach: number }[] }[];
    }>(bridge, 'devices:usage', { deviceId: 3 });
    expect(usage.rows[0]).toMatchObject({
      prints: 3,
      printLines: [{ name: '党组会议纪要', copies: 3, pagesEach: 4 }],
    });
  });
});
