import { describe, expect, it } from 'vitest';
import { readKeyring } from '../../../electron/core/vault/keyring';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir, UNIT } from '../../helpers/temp';

describe('password policy by host level (regulation floors)', () => {
  it('秘密 host: at least 8 characters with upper, lower, digit and special', async () => {
    const { api } = await setUpCore();
    const tries = {
      'Ab#12345': true,
      'Ab#1234': false,
      'ab#12345': false,
      'AB#12345': false,
      'Abc#defg': false,
      Abc12345: false,
    };
    for (const [pw, okay] of Object.entries(tries)) {
      const r = await api.dispatch('accounts:create', {
        username: `u${pw.length}${okay}`,
        displayName: pw,
        role: 'leader',
        initialPassword: pw,
      });
      expect(r.ok, pw).toBe(okay);
    }
  });

  it('机密 host: at least 10 characters', async () => {
    const core = newCore();
    const api = newDispatcher(core);
    expect(
      await api.dispatch('session:setup', {
        unit: { ...UNIT, hostLevel: 'secret' },
        account: { ...CLERK, password: 'Ab#123456' },
      }),
    ).toMatchObject({ ok: false });
    expect(
      await api.dispatch('session:setup', {
        unit: { ...UNIT, hostLevel: 'secret' },
        account: { ...CLERK, password: 'Ab#1234567' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('the unit may only tighten the policy, never loosen it', async () => {
    const { api } = await setUpCore();
    expect(await api.dispatch('settings:updateSecurity', { passwordMinLength: 7 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await api.dispatch('settings:updateSecurity', { passwordMaxAgeDays: 30 })).toMatchObject({
      ok: true,
    });
    expect(await api.dispatch('settings:updateSecurity', { passwordMaxAgeDays: 31 })).toMatchObject({
      ok: false,
    });
    const core2 = await setUpCore(tempDir());
    core2.core.session().db.$client.prepare("UPDATE unit_profile SET host_level = 'secret'").run();
    expect(await core2.api.dispatch('settings:updateSecurity', { passwordMinLength: 9 })).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'policy_only_tighten' },
    });
    expect(await core2.api.dispatch('settings:updateSecurity', { passwordMaxAgeDays: 8 })).toMatchObject({
      ok: false,
      error: { code: 'RULE', rule: 'policy_only_tighten' },
    });
    expect(
      await core2.api.dispatch('settings:updateSecurity', { passwordMinLength: 12, passwordMaxAgeDays: 5 }),
    ).toMatchObject({ ok: true, value: { passwordMinLength: 12, passwordMaxAgeDays: 5 } });
  });

  it('a password is not reused within the last N', async () => {
    const { api } = await setUpCore();
    const pws = ['Mima#2026aa', 'Mima#2026bb', CLERK.password];
    expect(
      await api.dispatch('session:changePassword', { oldPassword: CLERK.password, newPassword: pws[0] }),
    ).toMatchObject({ ok: true });
    expect(
      await api.dispatch('session:changePassword', { oldPassword: pws[0], newPassword: pws[1] }),
    ).toMatchObject({ ok: true });
    // Back to the first password: refused, it is among the last 5.
    expect(
      await api.dispatch('session:changePassword', { oldPassword: pws[1], newPassword: CLERK.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('最近 5 次') },
    });
    await api.dispatch('settings:updateSecurity', { passwordHistory: 1 });
    expect(
      await api.dispatch('session:changePassword', { oldPassword: pws[1], newPassword: CLERK.password }),
    ).toMatchObject({ ok: true });
  });

  it('an expired password forces a change at login', async () => {
    let now = Date.parse('2026-11-01T08:00:00Z');
    const core = newCore(tempDir(), { now: () => new Date(now) });
    const api = newDispatcher(core);
    await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    await api.dispatch('session:lock', {});
    now += 29 * 86_400_000;
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true, value: { mustChangePassword: false } });
    await api.dispatch('session:lock', {});
    now += 2 * 86_400_000;
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect(await api.dispatch('approvals:list', { page: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('the lockout threshold setting reaches the keyring, where it applies before unlock', async () => {
    const { api, core } = await setUpCore();
    expect(await api.dispatch('settings:updateSecurity', { maxFailedLogins: 3 })).toMatchObject({ ok: true });
    expect(readKeyring(core.keyringPath).maxFailures).toBe(3);
    await api.dispatch('session:lock', {});
    for (let i = 0; i < 2; i++)
      await api.dispatch('session:unlock', { username: CLERK.username, password: 'Wrong#2026xx' });
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: 'Wrong#2026xx' }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('the idle limit is a setting, ten minutes at most', async () => {
    const { api } = await setUpCore();
    expect(await api.dispatch('settings:get', {})).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 10, maxFailedLogins: 5 },
    });
    expect(await api.dispatch('settings:updateSecurity', { idleLockMinutes: 11 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await api.dispatch('settings:updateSecurity', { idleLockMinutes: 3 })).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 3 },
    });
  });
});
