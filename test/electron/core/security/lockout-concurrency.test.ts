import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKeyring } from '../../../../electron/core/vault/keyring';
import { lockPathFor, withKeyringLock } from '../../../../electron/core/vault/keyring-lock';
import { countedAttempt } from '../../../../electron/core/session/counted-attempt';
import { AppException } from '../../../../db/domain/errors';
import { listAudit } from '../../../../electron/core/audit/audit';
import { CLERK, newCore, newDispatcher, setUpCore } from '../../../helpers/temp';

const WRONG = 'Wrong#2026ok';
const failures = (path: string) =>
  (readKeyring(path).pendingEvents ?? []).filter(
    (e) => e.action === 'login_failed' || e.action === 'login_refused_locked',
  );

describe('lockout under concurrency (issue 22, point 1)', () => {
  it('lockout_under_concurrency: 60 simultaneous wrong unlocks lock the account and leave 60 failure entries', async () => {
    const { core, api } = await setUpCore();
    await api.dispatch('session:lock', {});
    // Two cores over the same files stand for the app and a CLI process.
    const other = newDispatcher(newCore(core.dbPath.replace(/\/baomi\.db$/, '')));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? other : api).dispatch('session:unlock', { username: CLERK.username, password: WRONG }),
      ),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(failures(core.keyringPath)).toHaveLength(60);
    expect(
      readKeyring(core.keyringPath).slots.find((s) => s.username === CLERK.username)?.lockedAt,
    ).toBeDefined();
    // The right password no longer gets in.
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(existsSync(lockPathFor(core.keyringPath))).toBe(false);
  });

  it('failure_recorded_before_key_derivation: while the key is being derived the attempt is already counted', async () => {
    const { core, api } = await setUpCore();
    await api.dispatch('session:lock', {});
    let countDuringCheck: number | undefined;
    const r = await withKeyringLock(core.keyringPath, () =>
      countedAttempt(core.keyringPath, CLERK.username, core.now(), 'login_failed', async () => {
        // What a kill at this moment would leave on disk.
        countDuringCheck = readKeyring(core.keyringPath).slots.find(
          (s) => s.username === CLERK.username,
        )?.failedAttempts;
        throw new AppException('FORBIDDEN', 'wrong');
      }),
    );
    expect(countDuringCheck).toBe(1);
    expect(r).toMatchObject({ ok: false, left: 4 });
    // A right password afterwards clears the count.
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true });
    expect(
      readKeyring(core.keyringPath).slots.find((s) => s.username === CLERK.username)?.failedAttempts,
    ).toBeUndefined();
  });

  it('keyring_file_lock_across_processes: a live holder is waited for, a dead one is taken over', async () => {
    const { core, api } = await setUpCore();
    await api.dispatch('session:lock', {});
    const lockFile = lockPathFor(core.keyringPath);
    // Another live process (our parent) holds the lock: the unlock waits for it.
    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, at: Date.now() }));
    let done = false;
    const p = api
      .dispatch('session:unlock', { username: CLERK.username, password: CLERK.password })
      .then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(lockFile)).toBe(true);
    expect(done).toBe(false);
    // The holder finishes; the waiting unlock goes on.
    rmSync(lockFile);
    expect(await p).toMatchObject({ ok: true });
    await api.dispatch('session:lock', {});
    // A lock left by a killed process (no such pid) does not lock everybody out.
    writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 12345, at: Date.now() }));
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true });
  });

  it('wrong_old_password_counts: wrong old passwords in a password change count, are audited and lock at the threshold', async () => {
    const { core, api } = await setUpCore();
    for (let i = 0; i < 4; i++) {
      expect(
        await api.dispatch('session:changePassword', { oldPassword: WRONG, newPassword: 'Xin#Mima2026' }),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const actions = listAudit(core.session().db, { page: 1, pageSize: 50 }).rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'password_change_failed')).toHaveLength(4);
    expect(
      await api.dispatch('session:changePassword', { oldPassword: WRONG, newPassword: 'Xin#Mima2026' }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(core.isUnlocked()).toBe(false);
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
