import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/audit';
import { IdleLock } from '../../electron/core/session/idle-lock';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir, UNIT } from '../helpers/temp';

describe('first run and session', () => {
  it('setup creates the unit and the clerk, unlocked, with a recovery code', async () => {
    const { api, recoveryCode } = await setUpCore();
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const s = await api.dispatch('session:state', {});
    expect(s).toMatchObject({
      ok: true,
      value: {
        phase: 'unlocked',
        account: { username: CLERK.username, role: 'clerk' },
        unit: { name: UNIT.name, unitCode: UNIT.unitCode },
      },
    });
  });

  it('setup refuses a password below the host level policy and leaves nothing behind', async () => {
    const core = newCore();
    const api = newDispatcher(core);
    const r = await api.dispatch('session:setup', {
      unit: { ...UNIT, hostLevel: 'secret' },
      account: { ...CLERK, password: 'Short#1a' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'account.password' }] },
    });
    expect(r.ok ? '' : r.error.message).toContain('至少 10 个字符');
    expect(core.isSetUp()).toBe(false);
  });

  it('setup cannot run twice', async () => {
    const { api } = await setUpCore();
    expect(await api.dispatch('session:setup', { unit: UNIT, account: CLERK })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('lock, then unlock with the password; a wrong password gets a clear error', async () => {
    const { api, core } = await setUpCore();
    expect(await api.dispatch('session:lock', {})).toEqual({ ok: true, value: null });
    expect(await api.dispatch('session:state', {})).toEqual({ ok: true, value: { phase: 'locked' } });
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: 'Wrong#2026ok' }),
    ).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '用户名或密码不正确。' },
    });
    expect(core.isUnlocked()).toBe(false);
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true, value: { username: CLERK.username } });
  });

  it('logging in reports the audit log and the accounts changed (the login is audited, its time shown)', async () => {
    const { api } = await setUpCore();
    await api.dispatch('session:lock', {});
    const r = await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    expect(r.ok && r.changes).toEqual(expect.arrayContaining(['audit', 'accounts']));
  });

  it('after a password change the old password fails and the data is intact', async () => {
    const { api, core, dir } = await setUpCore();
    const dbBefore = readFileSync(core.dbPath);
    const r = await api.dispatch('session:changePassword', {
      oldPassword: CLERK.password,
      newPassword: 'Xin#Mima2026',
    });
    // A committed write reports what it changed, so the renderer refetches the accounts views.
    expect(r).toEqual({ ok: true, value: null, changes: expect.arrayContaining(['accounts', 'audit']) });
    await api.dispatch('session:lock', {});
    // A restart: a new core over the same files.
    const againCore = newCore(dir);
    const again = newDispatcher(againCore);
    expect(
      await again.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await again.dispatch('session:unlock', { username: CLERK.username, password: 'Xin#Mima2026' }),
    ).toMatchObject({ ok: true });
    expect(await again.dispatch('session:unit', {})).toMatchObject({ ok: true, value: { name: UNIT.name } });
    // The clerk may not read the audit log (三员); check the chain below the permission layer.
    expect(await again.dispatch('audit:verify', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(verifyAuditChain(againCore.session().db)).toMatchObject({ ok: true, count: 5 }); // setup, password change, lock, the failed login (moved in from the keyring), login
    // The database was not re-encrypted: its first page (salt) is unchanged.
    expect(readFileSync(core.dbPath).subarray(0, 16).equals(dbBefore.subarray(0, 16))).toBe(true);
  });

  it('a password change needs the right old password and a policy-compliant new one', async () => {
    const { api } = await setUpCore();
    expect(
      await api.dispatch('session:changePassword', { oldPassword: 'nope', newPassword: 'Xin#Mima2026' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'oldPassword' }] } });
    expect(
      await api.dispatch('session:changePassword', {
        oldPassword: CLERK.password,
        newPassword: 'alllowercase',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'newPassword' }] } });
  });
});

describe('idle lock', () => {
  it('after 10 idle minutes the session locks and the lock is audited; activity resets the clock', async () => {
    let now = Date.parse('2026-11-22T09:00:00Z');
    const clock = { now: () => new Date(now) };
    const dir = tempDir();
    const core = newCore(dir, clock);
    const api = newDispatcher(core);
    await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    const idle = new IdleLock(core, () => core.msSinceActivity());
    now += 9 * 60_000;
    expect(idle.tick()).toBe(false);
    await api.dispatch('session:unit', {}); // activity
    now += 9 * 60_000;
    expect(idle.tick()).toBe(false);
    now += 60_000;
    expect(idle.tick()).toBe(true);
    expect(core.isUnlocked()).toBe(false);
    expect(await api.dispatch('session:unit', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const actions = core
      .session()
      .db.$client.prepare('SELECT action FROM audit_log ORDER BY seq')
      .pluck()
      .all();
    expect(actions).toContain('idle_lock');
  });
});
