import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { tableCounts } from '../../../electron/core/backup/backup.service';
import {
  approval,
  CLERK,
  newCore,
  newDispatcher,
  setUpCore,
  tempDir,
  UNIT,
  TEST_FLOOR_KIB,
} from '../../helpers/temp';

async function backedUp() {
  const { api, core, recoveryCode } = await setUpCore();
  for (let i = 1; i <= 3; i++) await api.dispatch('approvals:record', approval(i));
  const out = tempDir('baomi-backup-');
  const r = await api.dispatch('backup:create', { outDir: out });
  if (!r.ok) throw new Error(r.error.message);
  const { path, counts } = r.value as { path: string; counts: Record<string, number> };
  expect(counts).toEqual({
    ...tableCounts(core.session().db),
    audit_log: counts.audit_log,
    audit_day_counts: counts.audit_day_counts,
    settings: counts.settings,
  });
  return { api, core, recoveryCode, file: path, counts };
}

describe('backup and restore', () => {
  it('round trip onto a fresh machine: integrity ok, same counts, audit chain verifies, same password opens it', async () => {
    const { file, counts } = await backedUp();
    expect(file).toMatch(/\.bmbak$/);
    expect(readFileSync(file).includes(Buffer.from('李建国'))).toBe(false);
    const fresh = newCore(tempDir());
    const api = newDispatcher(fresh);
    // Nothing there yet: restore through the core service, as the CLI does.
    const { restoreBackup } = await import('../../../electron/core/backup/backup.service');
    const r = await restoreBackup(
      file,
      fresh.dbPath,
      { username: CLERK.username, password: CLERK.password },
      new Date().toISOString(),
      { floorKiB: TEST_FLOOR_KIB },
    );
    expect(r.safetyCopy).toBeNull();
    expect(
      await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password }),
    ).toMatchObject({ ok: true });
    const after = tableCounts(fresh.session().db);
    expect(after.approvals).toBe(3);
    // The restored copy has what the backup had, plus this login's audit entry and the chain's checkpoint.
    expect({
      ...after,
      audit_log: counts.audit_log,
      audit_day_counts: counts.audit_day_counts,
      settings: counts.settings,
    }).toEqual(counts);
    expect(after.settings).toBe((counts.settings ?? 0) + 1);
    expect(verifyAuditChain(fresh.session().db).ok).toBe(true);
    expect(fresh.session().db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('the recovery code opens a backup too', async () => {
    const { file, recoveryCode } = await backedUp();
    const fresh = newCore(tempDir());
    const { restoreBackup } = await import('../../../electron/core/backup/backup.service');
    await expect(
      restoreBackup(file, fresh.dbPath, { recoveryCode }, new Date().toISOString(), {
        floorKiB: TEST_FLOOR_KIB,
      }),
    ).resolves.toBeTruthy();
  });

  it('restore keeps a safety copy of the current database and needs re-login', async () => {
    const { api, core, file } = await backedUp();
    await api.dispatch('approvals:record', approval(9)); // made after the backup: gone after restore
    const r = await api.dispatch('backup:restore', {
      file,
      credential: { username: CLERK.username, password: CLERK.password },
    });
    expect(r).toMatchObject({ ok: true, value: { safetyCopy: expect.stringContaining('before-restore') } });
    expect(core.isUnlocked()).toBe(false);
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    expect(tableCounts(core.session().db).approvals).toBe(3);
  });

  it('a damaged or truncated backup is refused and the current database is untouched', async () => {
    const { api, core, file } = await backedUp();
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100] = (flipped[flipped.length - 100] ?? 0) ^ 0xff;
    const bad = join(tempDir(), 'bad.bmbak');
    writeFileSync(bad, flipped);
    const truncated = join(tempDir(), 'short.bmbak');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 4096));
    await api.dispatch('approvals:record', approval(9));
    for (const f of [bad, truncated]) {
      const r = await api.dispatch('backup:restore', {
        file: f,
        credential: { username: CLERK.username, password: CLERK.password },
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    }
    expect(core.isUnlocked()).toBe(true);
    expect(tableCounts(core.session().db).approvals).toBe(4);
  });
});

describe('recovery code', () => {
  it('rotating the recovery code makes the old one useless and the new one work', async () => {
    const { api, core, recoveryCode } = await setUpCore();
    const r = await api.dispatch('accounts:rotateRecovery', {});
    expect(r.ok).toBe(true);
    const fresh = (r as { value: { recoveryCode: string } }).value.recoveryCode;
    expect(fresh).not.toBe(recoveryCode);
    const { readKeyring } = await import('../../../electron/core/vault/keyring');
    const { unlockWithRecoveryCode } = await import('../../../electron/core/vault/vault');
    const k = readKeyring(core.keyringPath);
    await expect(unlockWithRecoveryCode(k, recoveryCode, TEST_FLOOR_KIB)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(unlockWithRecoveryCode(k, fresh, TEST_FLOOR_KIB)).resolves.toHaveLength(32);
  });
});

describe('backup reminder', () => {
  it('reminds when there is no backup, or the last is older than the setting', async () => {
    let now = Date.parse('2026-11-01T08:00:00Z');
    const core = newCore(tempDir(), { now: () => new Date(now) });
    const api = newDispatcher(core);
    await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    const ids = async () =>
      ((await api.dispatch('reminders:list', {})) as { value: { id: string }[] }).value.map((r) => r.id);
    expect(await ids()).toContain('backup_overdue');
    await api.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
    expect(await ids()).not.toContain('backup_overdue');
    now += 8 * 86_400_000;
    expect(await ids()).toContain('backup_overdue');
    await api.dispatch('settings:updateSystem', { backupReminderDays: 10 });
    expect(await ids()).not.toContain('backup_overdue');
  });

  it('a backup and a new reminder period report the reminders changed, so the home page refetches them', async () => {
    const { api } = await setUpCore();
    const b = await api.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
    expect(b.ok && b.changes).toEqual(expect.arrayContaining(['backup', 'audit', 'reminders']));
    const s = await api.dispatch('settings:updateSystem', { backupReminderDays: 10 });
    expect(s.ok && s.changes).toEqual(expect.arrayContaining(['settings', 'audit', 'reminders']));
  });
});
