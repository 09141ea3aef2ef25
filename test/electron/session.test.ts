import fs, { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/audit';
import { halfInitialised } from '../../electron/core/session/first-run';
import { IdleLock } from '../../electron/core/session/idle-lock';
import type { AppCore } from '../../electron/core/app-core';
import { callsOn } from '../helpers/calls';
import { olderSetupKilledBeforeKeyring } from '../helpers/leftover';
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
    // The unlock screen names who locked it and when, and offers that account.
    expect(await api.dispatch('session:state', {})).toEqual({
      ok: true,
      value: {
        phase: 'locked',
        lockedBy: {
          username: CLERK.username,
          displayName: CLERK.displayName,
          at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
          idle: false,
        },
      },
    });
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

/** The pair on disk as a kill at this moment would leave it. */
function onDisk(core: AppCore) {
  return {
    db: existsSync(core.dbPath) && statSync(core.dbPath).size > 0,
    keyring: existsSync(core.keyringPath),
    leftover: halfInitialised(core)?.reason ?? null,
  };
}

/**
 * Run `fn` and record the files before every file-system change made through node:fs (SQLite's own writes
 * happen between them, on whatever file it has open): every state a kill between two steps can leave.
 */
async function statesDuring(core: AppCore, fn: () => Promise<unknown>) {
  const mutators = [
    'openSync',
    'writeSync',
    'fsyncSync',
    'renameSync',
    'rmSync',
    'unlinkSync',
    'mkdirSync',
  ] as const;
  const real = Object.fromEntries(mutators.map((m) => [m, fs[m]]));
  const states: ReturnType<typeof onDisk>[] = [];
  for (const m of mutators) {
    Object.assign(fs, {
      [m]: (...args: unknown[]) => {
        states.push(onDisk(core));
        return (real[m] as (...a: unknown[]) => unknown)(...args);
      },
    });
  }
  syncBuiltinESMExports();
  try {
    await fn();
  } finally {
    Object.assign(fs, real);
    syncBuiltinESMExports();
  }
  states.push(onDisk(core));
  return states;
}

describe('atomic first run', () => {
  it('first_run_never_leaves_database_without_keyring: at every step, a database in place has its keyring, and a keyring alone is a recognised leftover', async () => {
    const core = newCore();
    const api = newDispatcher(core);
    const states = await statesDuring(core, () =>
      api.dispatch('session:setup', { unit: UNIT, account: CLERK }),
    );
    expect(core.isUnlocked()).toBe(true);
    expect(states.length).toBeGreaterThan(5);
    expect(states.filter((s) => s.db && !s.keyring)).toEqual([]);
    expect(states.filter((s) => s.keyring && !s.db && s.leftover !== 'no_database')).toEqual([]);
    expect(states.at(-1)).toEqual({ db: true, keyring: true, leftover: null });
    // Nothing of the build is left under the temporary names.
    expect(fs.readdirSync(dirname(core.dbPath)).filter((f) => f.includes('.setup'))).toEqual([]);
  });

  it("half_initialised_offers_clean_start: an older version's leftover (a database without its keyring) is recognised, refused for login with no talk of backups, and set aside for a fresh setup", async () => {
    const dir = tempDir();
    const dbPath = olderSetupKilledBeforeKeyring(dir);
    const core = newCore(dir);
    const api = newDispatcher(core);
    const { call, refused } = callsOn(api);
    const state = await call('session:state', {});
    expect(state).toMatchObject({
      phase: 'incomplete',
      reason: 'no_keyring',
      files: [dbPath, `${dbPath}-wal`, `${dbPath}-shm`],
    });
    const message = state.phase === 'incomplete' ? state.message : '';
    expect(message).toContain('未完成的首次初始化');
    expect(message).toContain('重新开始初始化');
    expect(message).not.toMatch(/用备份恢复|请.*恢复备份/);
    for (const error of [
      await refused('session:unlock', { username: CLERK.username, password: CLERK.password }),
      await refused('session:setup', { unit: UNIT, account: CLERK }),
    ]) {
      expect(error).toMatchObject({ code: 'RULE', rule: 'half_initialised', message });
    }

    const moved = (await call('session:cleanStart', {})).setAside;
    expect(moved).toHaveLength(3);
    // Renamed, never deleted: the set keeps its -wal beside it under the new name.
    expect(moved[0]).toMatch(/baomi\.db\.incomplete-\d{8}-\d{6}$/);
    expect(moved[1]).toBe(`${moved[0]}-wal`);
    for (const f of moved) expect(existsSync(f)).toBe(true);
    expect(existsSync(dbPath)).toBe(false);
    expect(await api.dispatch('session:state', {})).toEqual({ ok: true, value: { phase: 'setup' } });
    expect(await api.dispatch('session:setup', { unit: UNIT, account: CLERK })).toMatchObject({ ok: true });
    expect(await api.dispatch('session:cleanStart', {})).toMatchObject({
      ok: false,
      error: { rule: 'clean_start_needs_leftover' },
    });
  });

  it('a keyring left beside the database still under its building name is a leftover too', async () => {
    const { core, dir } = await setUpCore();
    core.detach();
    renameSync(core.dbPath, join(dir, '.baomi.db.setup'));
    const api = newDispatcher(newCore(dir));
    expect(await api.dispatch('session:state', {})).toMatchObject({
      ok: true,
      value: {
        phase: 'incomplete',
        reason: 'no_database',
        files: [core.keyringPath, join(dir, '.baomi.db.setup')],
      },
    });
    expect(await api.dispatch('session:cleanStart', {})).toMatchObject({ ok: true });
    expect(await api.dispatch('session:state', {})).toEqual({ ok: true, value: { phase: 'setup' } });
  });

  it('a database that was in use and lost its keyring is no leftover: the keyring must be found, nothing is offered to set aside', async () => {
    const { core, dir } = await setUpCore();
    core.detach();
    renameSync(core.keyringPath, join(dir, 'elsewhere.keyring'));
    const api = newDispatcher(newCore(dir));
    expect(await api.dispatch('session:state', {})).toEqual({ ok: true, value: { phase: 'locked' } });
    expect(await api.dispatch('session:cleanStart', {})).toMatchObject({
      ok: false,
      error: { rule: 'clean_start_needs_leftover' },
    });
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'DB_KEY', message: expect.stringContaining('找不到密钥文件') },
    });
  });
});
