// A backup followed and cancelled from the screen (issue 20 point 6): its stages are counted as they pass, and a
// cancel before the file is written leaves no backup file, no temporary copy and no "last backup" date.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAST_BACKUP_KEY } from '../../../electron/core/backup';
import { approval, CLERK, setUpCore, tempDir } from '../../helpers/temp';

const CREDENTIAL = { username: CLERK.username, password: CLERK.password };

async function follow(
  api: Awaited<ReturnType<typeof setUpCore>>['api'],
  jobId: string,
  cancelAt?: number,
  [progress, cancel]: readonly [
    'backup:progress' | 'backup:restoreProgress',
    'backup:cancel' | 'backup:restoreCancel',
  ] = ['backup:progress', 'backup:cancel'],
) {
  const seen: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const r = await api.dispatch(progress, { jobId });
    const p = r.ok ? (r.value as { done: number; total: number } | null) : null;
    if (p && seen.at(-1) !== p.done) seen.push(p.done);
    if (p && cancelAt !== undefined && p.done >= cancelAt) {
      await api.dispatch(cancel, { jobId });
      break;
    }
    if (!p && seen.length) break;
    await new Promise((r) => setImmediate(r));
  }
  return seen;
}

describe('backup as a job', () => {
  it('reports its stages: copied, checked, counted, then written', async () => {
    const { api } = await setUpCore();
    const out = tempDir('baomi-backup-');
    const running = api.dispatch('backup:create', { outDir: out, jobId: 'job-backup1' });
    const seen = await follow(api, 'job-backup1');
    expect((await running).ok).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
    expect(readdirSync(out).filter((f) => f.endsWith('.bmbak'))).toHaveLength(1);
  });

  it('backup_cancel_writes_nothing', async () => {
    const { api, core } = await setUpCore();
    const out = tempDir('baomi-backup-');
    const lastBackup = () =>
      core
        .session()
        .db.$client.prepare('SELECT count(*) FROM settings WHERE key = ?')
        .pluck()
        .get(LAST_BACKUP_KEY);
    const running = api.dispatch('backup:create', { outDir: out, jobId: 'job-backup2' });
    await follow(api, 'job-backup2', 2);
    const r = await running;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('备份已取消');
    // No backup and no temporary copy of the database left behind on the medium.
    expect(readdirSync(out)).toEqual([]);
    expect(lastBackup()).toBe(0);
  });
});

const RESTORE = ['backup:restoreProgress', 'backup:restoreCancel'] as const;

/** A backup of three approvals, then a fourth made after it (gone if the restore goes through). */
async function backedUpThenChanged() {
  const { api, core } = await setUpCore();
  for (let i = 1; i <= 3; i++) await api.dispatch('approvals:record', approval(i));
  const made = await api.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
  if (!made.ok) throw new Error(made.error.message);
  await api.dispatch('approvals:record', approval(4));
  const approvals = () => core.session().db.$client.prepare('SELECT count(*) FROM approvals').pluck().get();
  const relogin = () =>
    api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
  return { api, core, file: (made.value as { path: string }).path, approvals, relogin };
}

describe('restore as a job', () => {
  it('reports its checks of the staged copy without a session (the restore ended it), and only its own', async () => {
    const { api, file, approvals, relogin } = await backedUpThenChanged();
    const running = api.dispatch('backup:restore', { file, credential: CREDENTIAL, jobId: 'job-restore1' });
    const seen = await follow(api, 'job-restore1', undefined, RESTORE);
    expect(await running).toMatchObject({ ok: true });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    await relogin();
    expect(approvals()).toBe(3);
    // A backup's job is not a restore's: the channel open without a session says nothing of it.
    const backup = api.dispatch('backup:create', { outDir: tempDir('baomi-backup-'), jobId: 'job-backup3' });
    expect(await api.dispatch('backup:restoreProgress', { jobId: 'job-backup3' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await api.dispatch('backup:restoreCancel', { jobId: 'job-backup3' })).toEqual({
      ok: true,
      value: false,
    });
    expect((await backup).ok).toBe(true);
  });

  it('restore_cancel_changes_nothing: cancelled after the copy is extracted, the current database stays as it was', async () => {
    const { api, core, file, approvals, relogin } = await backedUpThenChanged();
    const folder = readdirSync(dirname(core.dbPath));
    const running = api.dispatch('backup:restore', { file, credential: CREDENTIAL, jobId: 'job-restore2' });
    await follow(api, 'job-restore2', 1, RESTORE);
    const r = await running;
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('恢复已取消') } });
    // No staged copy and no safety copy left beside the database; the change made after the backup is there.
    expect(
      readdirSync(dirname(core.dbPath)).filter((f) => !folder.includes(f) && !/-(wal|shm)$/.test(f)),
    ).toEqual([]);
    expect((await relogin()).ok).toBe(true);
    expect(approvals()).toBe(4);
  });

  it('a cancel while the credential is still being checked stops the restore before it extracts anything', async () => {
    const { api, core, file, approvals, relogin } = await backedUpThenChanged();
    const folder = readdirSync(dirname(core.dbPath));
    const running = api.dispatch('backup:restore', { file, credential: CREDENTIAL, jobId: 'job-restore3' });
    expect(await api.dispatch('backup:restoreCancel', { jobId: 'job-restore3' })).toEqual({
      ok: true,
      value: true,
    });
    expect(await running).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('恢复已取消') },
    });
    expect(
      readdirSync(dirname(core.dbPath)).filter((f) => !folder.includes(f) && !/-(wal|shm)$/.test(f)),
    ).toEqual([]);
    expect((await relogin()).ok).toBe(true);
    expect(approvals()).toBe(4);
  });
});
