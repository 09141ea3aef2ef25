import { describe, expect, it } from 'vitest';
import { ACTIONS, can, PERMISSIONS } from '../../../electron/core/util/permissions';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir, UNIT } from '../../helpers/temp';

const PW = 'Chushi#2026a';
const NEW_PW = 'Ziji#Mima2026';

async function strictUnit() {
  const dir = tempDir();
  const core = newCore(dir);
  const api = newDispatcher(core);
  // In strict mode the first account cannot manage accounts; set up in small mode to create the 三员, then
  // the test switches the unit to strict below the API (what the system administrator's setting will do).
  const r = await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
  if (!r.ok) throw new Error(r.error.message);
  return { core, api, dir };
}

async function create(api: Dispatcher, username: string, displayName: string, role: string) {
  const r = await api.dispatch('accounts:create', { username, displayName, role, initialPassword: PW });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number };
}

async function loginAs(api: Dispatcher, username: string) {
  await api.dispatch('session:lock', {});
  const r = await api.dispatch('session:unlock', { username, password: PW });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value).toMatchObject({ mustChangePassword: true });
  expect(
    await api.dispatch('session:changePassword', { oldPassword: PW, newPassword: NEW_PW }),
  ).toMatchObject({ ok: true });
}

describe('roles and the permission table', () => {
  it('the three administrators cannot read business data; the auditor only reads the audit log', () => {
    for (const role of ['sysadmin', 'secadmin', 'auditor'] as const) {
      expect(can(role, 'register:read', 'strict')).toBe(false);
      expect(can(role, 'register:write', 'strict')).toBe(false);
    }
    expect(PERMISSIONS.auditor).toEqual(['self', 'audit:read']);
    for (const role of ['clerk', 'leader', 'sysadmin', 'secadmin'] as const)
      expect(can(role, 'audit:read', 'small')).toBe(false);
  });

  it('only the small-unit mode lets the clerk administer', () => {
    expect(can('clerk', 'account:manage', 'strict')).toBe(false);
    expect(can('clerk', 'account:manage', 'small')).toBe(true);
    expect(can('clerk', 'system:manage', 'small')).toBe(true);
  });

  it('every role holds only known actions', () => {
    for (const actions of Object.values(PERMISSIONS)) for (const a of actions) expect(ACTIONS).toContain(a);
  });

  it('each role sees only what it may, through the real dispatcher', async () => {
    const { api, core } = await strictUnit();
    await create(api, 'zhangsan', '张三', 'sysadmin');
    await create(api, 'lisi', '李四', 'secadmin');
    await create(api, 'zhaowu', '赵五', 'auditor');
    await create(api, 'lingdao', '陈局长', 'leader');
    core.session().db.$client.prepare("UPDATE unit_profile SET admin_mode = 'strict'").run();

    const expectCalls = async (calls: Record<string, boolean>) => {
      for (const [channel, allowed] of Object.entries(calls)) {
        const r = await api.dispatch(channel, channel === 'approvals:list' ? { page: 1 } : {});
        if (allowed) expect(r.ok || r.error.code !== 'FORBIDDEN', `${channel} should be allowed`).toBe(true);
        else
          expect(r, `${channel} should be forbidden`).toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN' },
          });
      }
    };
    await loginAs(api, 'zhangsan');
    await expectCalls({
      'approvals:list': false,
      'audit:verify': false,
      'accounts:list': false,
      'session:unit': true,
    });
    await loginAs(api, 'lisi');
    await expectCalls({ 'approvals:list': false, 'audit:verify': false, 'accounts:list': true });
    await loginAs(api, 'zhaowu');
    await expectCalls({ 'approvals:list': false, 'audit:verify': true, 'accounts:list': false });
    await loginAs(api, 'lingdao');
    await expectCalls({
      'approvals:list': true,
      'audit:verify': false,
      'accounts:list': false,
      'approvals:record': false,
    });
    await api.dispatch('session:lock', {});
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    await expectCalls({ 'approvals:list': true, 'audit:verify': false, 'accounts:list': false });
  });

  it('an account with a password set by an administrator must change it before anything else', async () => {
    const { api } = await setUpCore();
    await create(api, 'lingdao', '陈局长', 'leader');
    await api.dispatch('session:lock', {});
    await api.dispatch('session:unlock', { username: 'lingdao', password: PW });
    expect(await api.dispatch('approvals:list', { page: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('修改密码') },
    });
    await api.dispatch('session:changePassword', { oldPassword: PW, newPassword: NEW_PW });
    expect(await api.dispatch('approvals:list', { page: 1 })).toMatchObject({ ok: true });
  });
});

describe('三员 separation', () => {
  it('the system administrator and the auditor are never the same person', async () => {
    const { api } = await setUpCore();
    await create(api, 'zhangsan', '张三', 'sysadmin');
    expect(
      await api.dispatch('accounts:create', {
        username: 'zhangsan2',
        displayName: '张三',
        role: 'auditor',
        initialPassword: PW,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'sanyuan_separation' },
    });
  });

  it('the security administrator and the auditor are never the same person', async () => {
    const { api } = await setUpCore();
    await create(api, 'zhaowu', '赵五', 'auditor');
    expect(
      await api.dispatch('accounts:create', {
        username: 'zhaowu2',
        displayName: '赵五',
        role: 'secadmin',
        initialPassword: PW,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'sanyuan_separation' },
    });
  });
});

describe('accounts and key slots', () => {
  it('disabling an account removes its key slot: it can no longer log in', async () => {
    const { api } = await setUpCore();
    const { id } = await create(api, 'lingdao', '陈局长', 'leader');
    expect(await api.dispatch('accounts:disable', { accountId: id })).toMatchObject({
      ok: true,
      value: { status: 'disabled' },
    });
    await api.dispatch('session:lock', {});
    expect(await api.dispatch('session:unlock', { username: 'lingdao', password: PW })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('lockout after 5 wrong passwords survives a restart and is lifted by the administrator', async () => {
    const { api, dir } = await setUpCore();
    const { id } = await create(api, 'lingdao', '陈局长', 'leader');
    await api.dispatch('session:lock', {});
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await api.dispatch('session:unlock', { username: 'lingdao', password: `Wrong#${i}abcd` });
      messages.push(r.ok ? 'ok' : `${r.error.code}:${r.error.message}`);
    }
    expect(messages[0]).toBe('FORBIDDEN:用户名或密码不正确。');
    expect(messages[3]).toContain('再输错 1 次');
    expect(messages[4]).toMatch(/^LOCKED:/);
    // A restart: a new core over the same files still refuses, even with the right password.
    const restarted = newCore(dir);
    const api2 = newDispatcher(restarted);
    expect(await api2.dispatch('session:unlock', { username: 'lingdao', password: PW })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    // The clerk (small unit) lifts it; the failures are in the audit chain.
    await api2.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const list = await api2.dispatch('accounts:list', {});
    expect(list).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ username: 'lingdao', lockedOut: true })]),
    });
    const log = restarted
      .session()
      .db.$client.prepare("SELECT action FROM audit_log WHERE actor = 'system'")
      .pluck()
      .all();
    expect(log.filter((a) => a === 'login_failed')).toHaveLength(5);
    expect(log).toContain('account_locked');
    expect(log).toContain('login_refused_locked');
    expect(verifyAuditChain(restarted.session().db).ok).toBe(true);
    expect(await api2.dispatch('accounts:unlock', { accountId: id })).toMatchObject({ ok: true });
    await api2.dispatch('session:lock', {});
    expect(await api2.dispatch('session:unlock', { username: 'lingdao', password: PW })).toMatchObject({
      ok: true,
    });
  });
});

describe('audit viewer', () => {
  it('the auditor filters the log by action, account and time; nobody else may read it', async () => {
    const { api } = await setUpCore();
    await create(api, 'zhaowu', '赵五', 'auditor');
    expect(await api.dispatch('audit:list', { page: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await loginAs(api, 'zhaowu');
    const all = await api.dispatch('audit:list', { page: 1, pageSize: 500 });
    expect(all.ok).toBe(true);
    const logins = await api.dispatch('audit:list', { page: 1, action: 'login' });
    expect(logins).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ action: 'login', actor: 'zhaowu' }] },
    });
    const byAccount = await api.dispatch('audit:list', { page: 1, accountId: 1 });
    expect(
      byAccount.ok &&
        (byAccount.value as { rows: { accountId: number }[] }).rows.every((r) => r.accountId === 1),
    ).toBe(true);
    expect(await api.dispatch('audit:list', { page: 1, from: '2000-01-01', to: '2000-12-31' })).toMatchObject(
      { ok: true, value: { total: 0 } },
    );
    expect(await api.dispatch('audit:verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});
