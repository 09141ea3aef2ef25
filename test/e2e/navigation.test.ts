// Every register of the vocabulary is in the navigation under its DOMAIN.md name and opens a page: the
// register itself where this version has it, otherwise the honest 尚未开放 page. Nothing leaves loopback.
import { describe, expect, it } from 'vitest';
import { REGISTERS, type RegisterId } from '../../db/domain/vocab';
import { login, shot, startApp } from './app';

const NAMES: Record<RegisterId, string> = {
  carriers: '涉密载体',
  classification_items: '国家秘密事项一览表/定密',
  persons: '涉密人员',
  private_travel: '因私出国(境)',
  allowance: '保密津贴',
  classified_devices: '涉密计算机及设备',
  classified_media: '涉密移动存储介质',
  usage_logs: '使用登记',
  repairs: '维修',
  trainings: '保密教育培训',
  inspections: '保密检查与整改',
  incidents: '泄密事件/违规',
  reviews: '保密审查',
  key_sites: '要害部门部位',
  committee: '保密委员会',
  approvals: '审批',
  exchange: '报送与接收',
  yearbook: '年度台账与自查自评',
};

describe('navigation in Chromium', () => {
  it('every register opens its page or the 尚未开放 page, and admin entries follow the role', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();

    for (const { id } of REGISTERS) {
      await page.getByRole('menuitem', { name: NAMES[id], exact: true }).click();
      const heading = page.locator('.content').getByText(NAMES[id], { exact: false }).first();
      await heading.waitFor();
      const notYet = await page.getByText(`${NAMES[id]}：尚未开放`).count();
      if (id === 'approvals') {
        expect(notYet).toBe(0);
        await page.getByText('尚无审批记录').waitFor();
        await shot(page, 'register-approvals-empty');
      } else if (id === 'carriers') {
        expect(notYet).toBe(0);
        await page.getByText('尚未登记任何涉密载体').waitFor();
      } else if (id === 'persons' || id === 'private_travel' || id === 'allowance') {
        expect(notYet, `${id} has its register`).toBe(0);
      } else if (id === 'exchange') {
        expect(notYet).toBe(0);
        await page.getByRole('tab', { name: '本单位密钥' }).waitFor();
      } else if (id === 'classified_devices' || id === 'classified_media') {
        expect(notYet, `${id} has its register`).toBe(0);
        await page
          .getByText(id === 'classified_media' ? '尚未登记任何存储介质' : '尚未登记任何设备')
          .waitFor();
      } else if (id === 'usage_logs' || id === 'repairs') {
        expect(notYet, `${id} has its register`).toBe(0);
      } else if (id === 'inspections') {
        expect(notYet).toBe(0);
        await page.getByText('尚无保密检查记录').waitFor();
      } else if (id === 'incidents') {
        expect(notYet).toBe(0);
        await page.getByText('尚无泄密事件或违规记录').waitFor();
      } else if (id === 'classification_items') {
        expect(notYet).toBe(0);
        await page.getByText('尚未列入任何国家秘密事项').waitFor();
      } else if (id === 'reviews' || id === 'key_sites' || id === 'committee') {
        expect(notYet, `${id} has its register`).toBe(0);
        await shot(page, `register-${id}-empty`);
      } else if (id === 'yearbook') {
        expect(notYet).toBe(0);
        await page.getByRole('tab', { name: '年度保密工作台账' }).waitFor();
      } else if (id === 'trainings') {
        expect(notYet).toBe(0);
        await page.getByRole('tab', { name: '培训矩阵' }).waitFor();
      } else {
        expect(notYet, `${id} shows the 尚未开放 page`).toBe(1);
      }
    }

    // Small-unit mode: the clerk also administers (accounts, settings, backup) but never audits.
    for (const label of ['账户管理', '系统设置', '备份与恢复'])
      expect(await page.getByRole('menuitem', { name: label }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);

    // Keyboard: Ctrl+K jumps to a register by typing part of its name; Alt+H goes home.
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').fill('移动存储');
    await page.keyboard.press('Enter');
    await page.getByText('尚未登记任何存储介质').waitFor();
    await page.keyboard.press('Alt+h');
    await page.getByText('待办提醒').waitFor();

    expect(bridge.blocked).toEqual([]);
  });

  it('a request off the app origin is cancelled and counted', async () => {
    const bridge = await startApp();
    const other = await bridge.context.newPage();
    await expect(other.goto('http://example.invalid/')).rejects.toThrow();
    expect(bridge.blocked).toEqual(['http://example.invalid/']);
  });
});
