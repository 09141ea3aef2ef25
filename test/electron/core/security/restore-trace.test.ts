import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../../../electron/core/audit/audit';
import { restoreBackup } from '../../../../electron/core/backup/backup.service';
import { readKeyring } from '../../../../electron/core/vault/keyring';
import { AppException } from '../../../../db/domain/errors';
import {
  CLERK,
  newCore,
  newDispatcher,
  setUpCore,
  tempDir,
  UNIT,
  TEST_FLOOR_KIB,
} from '../../../helpers/temp';

const WRONG = 'Wrong#2026ok';

async function withBackup() {
  const s = await setUpCore();
  const r = await s.api.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
  if (!r.ok) throw new Error(r.error.message);
  return { ...s, file: (r.value as { path: string }).path };
}

describe('restore leaves a trace and keeps security state (issue 22, point 3)', () => {
  it('restore_leaves_trace: the restored database records which backup, taken when, replacing which head, by whom', async () => {
    const { api, core, file } = await withBackup();
    await api.dispatch('session:lock', {});
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const replaced = verifyAuditChain(core.session().db).head;
    const r = await api.dispatch('backup:restore', {
      file,
      credential: { username: CLERK.username, password: CLERK.password },
    });
    expect(r).toMatchObject({ ok: true });
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const { db } = core.session();
    expect(verifyAuditChain(db).ok).toBe(true);
    const entry = listAudit(db, { page: 1, pageSize: 50, action: 'restore' }).rows[0];
    expect(entry).toBeDefined();
    const detail = JSON.parse(entry?.detail ?? '{}') as Record<string, unknown>;
    expect(detail).toMatchObject({
      file,
      by: CLERK.username,
      backupCreatedAt: expect.any(String),
      // The head the current database had when it was closed for the restore (its restore_started entry).
      replacedHead: { seq: replaced.seq + 1 },
    });
    // The pre-restore copy is where the entry says, and stays there.
    expect(existsSync(detail.safetyCopy as string)).toBe(true);
  });

  it('restore_keeps_lockout: a lockout made after the backup survives restoring it', async () => {
    const { api, core, file } = await withBackup();
    await api.dispatch('session:lock', {});
    for (let i = 0; i < 5; i++)
      await api.dispatch('session:unlock', { username: CLERK.username, password: WRONG });
    expect(readKeyring(core.keyringPath).slots[0]?.lockedAt).toBeDefined();
    await restoreBackup(
      file,
      core.dbPath,
      { username: CLERK.username, password: CLERK.password },
      core.now(),
      { floorKiB: TEST_FLOOR_KIB },
    );
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The failures of before the restore are still waiting to enter the chain.
    expect(
      (readKeyring(core.keyringPath).pendingEvents ?? []).filter((e) => e.action === 'login_failed'),
    ).toHaveLength(5);
  });

  it('restore_keeps_password_history: a password changed after the backup neither comes back nor may be reused', async () => {
    const { api, core, file } = await withBackup();
    for (const [o, n] of [
      [CLERK.password, 'Second#2026ok'],
      ['Second#2026ok', 'Third#2026okk'],
    ] as const) {
      expect(await api.dispatch('session:changePassword', { oldPassword: o, newPassword: n })).toMatchObject({
        ok: true,
      });
    }
    await api.dispatch('session:lock', {});
    // The backup proves itself with its own (old) password; the installation keeps today's.
    await restoreBackup(
      file,
      core.dbPath,
      { username: CLERK.username, password: CLERK.password },
      core.now(),
      { floorKiB: TEST_FLOOR_KIB },
    );
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: false });
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: 'Third#2026okk' }),
    ).toMatchObject({ ok: true });
    expect(
      await api.dispatch('session:changePassword', {
        oldPassword: 'Third#2026okk',
        newPassword: 'Second#2026ok',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'newPassword' }] } });
  });

  it("restore_other_unit: another unit's backup is refused and nothing is replaced", async () => {
    const other = newCore(tempDir());
    const otherApi = newDispatcher(other);
    await otherApi.dispatch('session:setup', {
      unit: { ...UNIT, name: '另一单位', unitCode: '91110000MA0000000X' },
      account: CLERK,
    });
    const b = await otherApi.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
    if (!b.ok) throw new Error(b.error.message);
    const { core, api } = await setUpCore();
    const r = await api.dispatch('backup:restore', {
      file: (b.value as { path: string }).path,
      credential: { username: CLERK.username, password: CLERK.password },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', rule: 'restore_other_unit' } });
    // The CLI path (no session) reads the unit from the keyring.
    await api.dispatch('session:lock', {});
    const e = await restoreBackup(
      (b.value as { path: string }).path,
      core.dbPath,
      { username: CLERK.username, password: CLERK.password },
      core.now(),
      { floorKiB: TEST_FLOOR_KIB },
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppException);
    expect((e as AppException).toError()).toMatchObject({ rule: 'restore_other_unit' });
  });

  it('restore_password_failed: a wrong password given to a restore counts as a failure and is recorded', async () => {
    const { api, core, file } = await withBackup();
    await api.dispatch('session:lock', {});
    await expect(
      restoreBackup(file, core.dbPath, { username: CLERK.username, password: WRONG }, core.now(), {
        floorKiB: TEST_FLOOR_KIB,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const k = readKeyring(core.keyringPath);
    expect(k.slots.find((s) => s.username === CLERK.username)?.failedAttempts).toBe(1);
    expect(k.pendingEvents?.map((e) => e.action)).toEqual(['restore_password_failed']);
  });
});
