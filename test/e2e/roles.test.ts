// Each role of a 机关 in the strict 三员 mode logs in to Chromium and sees only what it may: its navigation
// entries, and a refusal (not data) on a page it may not open. Screenshots per role.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loginAs, shot, startApp, type Who } from './app';

const REGISTERS = '涉密载体';
const ADMIN = ['账户管理', '系统设置', '审计日志', '备份与恢复'] as const;

/** What each role's navigation offers beyond 首页 and 修改密码, and one page it must be refused. */
const SEES: Record<Who, { entries: string[]; home: string; refused: string }> = {
  clerk: { entries: [REGISTERS, '审批'], home: 'reg/carriers', refused: 'admin/accounts' },
  leader: { entries: [REGISTERS, '审批'], home: 'reg/approvals', refused: 'admin/audit' },
  sysadmin: {
    entries: ['系统设置', '备份与恢复'],
    home: 'admin/backup',
    refused: 'reg/carriers',
  },
  secadmin: {
    entries: ['账户管理', '系统设置'],
    home: 'admin/accounts',
    refused: 'reg/approvals',
  },
  auditor: { entries: ['审计日志'], home: 'admin/audit', refused: 'admin/backup' },
};

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = `#/${r}`;
  }, route);
}

async function menuCount(page: Page, name: string): Promise<number> {
  return page.getByRole('menuitem', { name, exact: true }).count();
}

describe('roles in Chromium (strict 三员 mode)', () => {
  it('each role sees only its own entries and is refused the others, without data', async () => {
    const { page } = await startApp({ setUp: 'strict' });
    for (const who of Object.keys(SEES) as Who[]) {
      const sees = SEES[who];
      await page.getByRole('button', { name: /^(登录|解锁)$/ }).waitFor();
      await loginAs(page, who);
      for (const name of [REGISTERS, '审批', ...ADMIN]) {
        expect(await menuCount(page, name), `${who} → ${name}`).toBe(sees.entries.includes(name) ? 1 : 0);
      }
      await go(page, sees.refused);
      await page.getByText('无此页面或无权访问').waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(0);
      await shot(page, `role-${who}-refused`);
      await go(page, sees.home);
      await page.locator('.page-title').waitFor();
      await page.waitForLoadState('networkidle');
      await shot(page, `role-${who}`);
      await page.getByRole('button', { name: '锁定' }).click();
    }
  });
});
