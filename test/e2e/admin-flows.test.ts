// The administration and approval pages in Chromium, each driven by the role that owns it in the strict
// 三员 mode: a 领导 decides a clerk's request, the security administrator manages accounts, the auditor
// verifies and exports the log, the system administrator backs up and restores.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { tempDir } from '../helpers/temp';
import { ADMINS, loginAs, PASSWORDS, shot, startApp, USERNAMES, type Who } from './app';

type Bridge = Awaited<ReturnType<typeof startApp>>;

/** Run core calls as someone, through the same dispatcher, then lock again. */
async function as(bridge: Bridge, who: Who, calls: [string, unknown][]): Promise<void> {
  const d = bridge.dispatcher;
  const run = async (channel: string, input: unknown) => {
    const r = await d.dispatch(channel as 'session:state', input as Record<string, never>);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  };
  await run('session:unlock', { username: USERNAMES[who], password: PASSWORDS[who] });
  for (const [c, i] of calls) await run(c, i);
  await run('session:lock', {});
}

async function lockUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByRole('button', { name: '解锁' }).waitFor();
}

const request = (summary: string) =>
  [
    'approvals:request',
    { kind: 'borrow', subjectType: 'carrier', subjectId: '1', summary, detail: { dueOn: '2026-06-19' } },
  ] as [string, unknown];

describe('approvals and administration in Chromium (strict 三员 mode)', () => {
  it('the clerk follows and withdraws her requests; the 领导 approves one with an opinion', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page } = bridge;
    await as(bridge, 'clerk', [
      request('赵敏借阅《关于做好2026年度保密检查工作的通知》第12份，至2026-06-19'),
      request('李华复制会议纪要 2 份'),
    ]);

    await loginAs(page, 'clerk');
    await page.getByRole('menuitem', { name: '审批', exact: true }).click();
    const requests = page.locator('.requests-card');
    await requests.getByText('我的审批申请').waitFor();
    await requests.getByText('李华复制会议纪要 2 份').waitFor();
    expect(await requests.getByRole('button', { name: '同意', exact: true }).count()).toBe(0);
    await requests
      .getByRole('row', { name: /李华复制会议纪要/ })
      .getByRole('button', { name: '撤回' })
      .click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤回' }).click();
    await requests.getByText('李华复制会议纪要 2 份').waitFor({ state: 'detached' });
    await requests.getByText('已撤回', { exact: true }).click();
    await requests.getByText('李华复制会议纪要 2 份').waitFor();
    await shot(page, 'approvals-clerk-requests');
    await lockUi(page);

    await loginAs(page, 'leader');
    await page.getByRole('menuitem', { name: '审批', exact: true }).click();
    const row = requests.getByRole('row', { name: /赵敏借阅/ });
    await row.waitFor();
    expect(await requests.getByText('李华复制会议纪要 2 份').count()).toBe(0);
    await row.getByRole('button', { name: '同意', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('审批意见').fill('同意，按期归还。');
    await shot(page, 'approvals-leader-decide');
    await dialog.getByRole('button', { name: '确认同意' }).click();
    await requests.getByText('没有待审批的申请。').waitFor();
    await requests.getByText('已同意', { exact: true }).click();
    await requests.getByText('陈国庆：同意，按期归还。').waitFor();
    // The decision is also an approval record in the register below.
    await page.locator('.register-table').getByText('同意，按期归还。').waitFor();
    await shot(page, 'approvals-leader-decided');
  });

  it('the security administrator unlocks, creates, resets, disables and rotates the recovery code', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page, dispatcher } = bridge;
    for (let i = 0; i < 5; i++)
      await dispatcher.dispatch('session:unlock', { username: USERNAMES.leader, password: 'Wrong#2026zz' });

    await loginAs(page, 'secadmin');
    await page.getByRole('menuitem', { name: '账户管理' }).click();
    const leaderRow = page.getByRole('row', { name: /chenju/ });
    await leaderRow.getByText('已锁定').waitFor();
    await shot(page, 'admin-accounts-locked');
    await leaderRow.getByRole('button', { name: '解锁' }).click();
    await page.getByText('已解除 陈国庆 的锁定').waitFor();
    expect(await leaderRow.getByText('已锁定').count()).toBe(0);

    // 三员分立: the system administrator cannot also be the auditor.
    await page.getByRole('button', { name: '新建账户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('liqiang2');
    await dialog.getByLabel('姓名').fill(ADMINS.sysadmin.displayName);
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option', { hasText: '安全审计员' }).click();
    await dialog.getByLabel('初始密码').fill('Shenji#2026q');
    await dialog.getByRole('button', { name: '创建账户' }).click();
    await dialog.getByText('三员分立：李强 已是系统管理员').waitFor();
    await shot(page, 'admin-accounts-separation');
    await dialog.getByLabel('姓名').fill('钱伟');
    await dialog.getByRole('button', { name: '创建账户' }).click();
    const newRow = page.getByRole('row', { name: /liqiang2/ });
    await newRow.getByText('从未登录').waitFor();

    await newRow.getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('dialog').getByLabel('新的初始密码').fill('Chongzhi#2026r');
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    await page.getByText('密码已重置').waitFor();

    await newRow.getByRole('button', { name: '停用' }).click();
    await page.getByText('停用会删除此账户的密钥槽').waitFor();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await newRow.getByText('已停用').waitFor();
    const refused = await dispatcher.dispatch('session:unlock', {
      username: 'liqiang2',
      password: 'Chongzhi#2026r',
    });
    expect(refused.ok).toBe(false);

    await page.getByRole('button', { name: '更换恢复码' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '更换' }).click();
    const code = page.getByTestId('new-recovery-code');
    await code.waitFor();
    expect((await code.textContent())?.length).toBeGreaterThanOrEqual(16);
    await shot(page, 'admin-recovery-rotated');
    const done = page.getByRole('button', { name: '完成' });
    expect(await done.isDisabled()).toBe(true);
    await page.getByText('我已抄写新恢复码').click();
    await done.click();
    expect(await code.count()).toBe(0);

    // Settings: the floor of a 秘密 host is shown; the security half is his, the system half read-only.
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByText(/本机为秘密级：密码至少 8 位/).waitFor();
    await page.getByLabel('锁定前允许的连续失败次数').fill('3');
    await page.getByRole('button', { name: '保存安全设置' }).click();
    await page.getByText('安全设置已保存').waitFor();
    expect(await page.getByRole('button', { name: '保存系统设置' }).isDisabled()).toBe(true);
    await shot(page, 'admin-settings');
  });

  it('the auditor sees the chain verified, filters the log and exports it signed', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page } = bridge;
    await as(bridge, 'clerk', [['carriers:register', received()]]);
    await loginAs(page, 'auditor');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByText(/审计日志链完整：共 \d+ 条/).waitFor();

    // People by name and records as the clerk knows them, not "account 4" or "carrier 1".
    const rows = page.locator('.ant-table-row');
    // Typed: the list of every kind of record is longer than the dropdown shows.
    await page.getByRole('combobox', { name: '对象' }).fill('涉密载体');
    await page.locator('.ant-select-item-option', { hasText: '涉密载体' }).click();
    await page.getByText('共 1 条').waitFor();
    const registered = rows.filter({ hasText: '关于做好2026年度保密检查工作的通知' });
    await registered.getByText(/^收\d{4}-\d+ 关于做好2026年度保密检查工作的通知$/).waitFor();
    await registered.getByText('王丽', { exact: true }).waitFor();
    await shot(page, 'admin-audit-names');
    // Typed: the list of every kind of record is longer than the dropdown shows.
    await page.getByRole('combobox', { name: '对象' }).fill('账户');
    await page.locator('.ant-select-item-option', { hasText: /^账户$/ }).click();
    await rows.filter({ hasText: '陈国庆（chenju）' }).first().waitFor();
    expect(await rows.filter({ hasText: /\b(account|carrier) \d+/ }).count()).toBe(0);

    await page.locator('input[aria-label="操作"]').fill('password_change');
    await page.locator('input[aria-label="操作"]').press('Enter');
    await page.getByText('共 4 条').waitFor();
    expect(await page.locator('.ant-table-row').filter({ hasText: '登录（login）' }).count()).toBe(0);
    await shot(page, 'admin-audit');

    const out = tempDir('baomi-audit-');
    await page.getByLabel('导出到文件夹').fill(out);
    await page.getByRole('button', { name: '签名导出' }).click();
    await page.getByText(/已导出 \d+ 条/).waitFor();
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });

  it('the system administrator backs up, then restores the backup; everyone logs in again', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page, dispatcher } = bridge;
    await loginAs(page, 'sysadmin');
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    const out = tempDir('baomi-backup-');
    await page.getByLabel('备份到文件夹').fill(out);
    await page.getByRole('button', { name: '立即备份' }).click();
    const result = page.getByTestId('backup-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/审计日志末条序号\d+/);
    const [file] = readdirSync(out);
    expect(file).toBeDefined();
    await shot(page, 'admin-backup');

    // A change after the backup, which the restore must undo.
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByLabel('备份提醒天数').fill('30');
    await page.getByRole('button', { name: '保存系统设置' }).click();
    await page.getByText('系统设置已保存').waitFor();

    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.getByLabel('备份文件').fill(join(out, file as string));
    await page.getByLabel('备份中的用户名').fill(USERNAMES.sysadmin);
    await page.getByLabel('该账户在备份时的密码').fill(PASSWORDS.sysadmin);
    await page.getByRole('button', { name: '从备份恢复' }).click();
    await page.getByText('已从备份恢复，请重新登录').waitFor();
    await page.getByText('恢复前的安全副本').waitFor();
    await page
      .getByRole('status')
      .getByText(/共 [0-9,]+ 行（其中账户 5，审计记录 [0-9,]+）/)
      .waitFor();
    await shot(page, 'admin-restored');
    await page.getByRole('button', { name: '重新登录' }).click();
    await page.getByText('数据已从备份恢复').waitFor();

    await loginAs(page, 'sysadmin');
    const s = await dispatcher.dispatch('settings:get', {});
    expect(s).toMatchObject({ ok: true, value: { backupReminderDays: 7 } });
    const chain = await dispatcher.dispatch('audit:verify', {});
    expect(chain.ok).toBe(false); // the sysadmin may not read the log; the auditor checks it
    expect(existsSync(join(out, file as string))).toBe(true);
  });

  it('the system administrator rotates the unit key from the settings page and files the new sheet', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page, dispatcher } = bridge;
    const encKey = async () => {
      const r = await dispatcher.dispatch('keys:own', {});
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { encrypt: { fingerprint: string } }).encrypt.fingerprint;
    };
    await loginAs(page, 'sysadmin');
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByText('本单位密钥').waitFor();
    const before = await encKey();
    await page.getByRole('button', { name: '更换加密密钥' }).click();
    const dialog = page.getByRole('dialog', { name: '更换加密密钥' });
    await dialog.getByText(`现用加密密钥（指纹 ${before}）停用`).waitFor();
    await dialog.getByText(/已按旧密钥加密发给本单位的数据包仍可导入/).waitFor();
    await dialog.getByRole('button', { name: '确认更换加密密钥' }).click();
    const sheet = page.getByRole('article', { name: '公钥指纹确认单（打印预览）' });
    await sheet.waitFor();
    const after = await encKey();
    expect(after).not.toBe(before);
    await sheet.getByText(after).waitFor();
    await sheet.getByText(/本单位加密密钥已于.*更换/).waitFor();
    await shot(page, 'admin-key-rotated-sheet');
    // Back where he came from: the strict unit's administrator has no registers.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('heading', { name: '安全与系统设置' }).waitFor();
    await page.getByRole('button', { name: '更换加密密钥' }).scrollIntoViewIfNeeded();
    await shot(page, 'admin-settings-keys');

    // The clerk of a strict unit sees the keys but leaves their export and rotation to him.
    await lockUi(page);
    await loginAs(page, 'clerk');
    await page.getByRole('menuitem', { name: '报送与接收' }).click();
    await page.getByRole('tab', { name: '本单位密钥' }).click();
    await page.getByText('导出本单位公钥、更换密钥由系统管理员在“安全与系统设置”中办理。').waitFor();
    expect(await page.getByRole('button', { name: /更换.*密钥/ }).count()).toBe(0);
  });
});
