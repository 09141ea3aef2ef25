// A backup followed and cancelled from the screen (issue 20 point 6): its stages are counted as they pass, and a
// cancel before the file is written leaves no backup file, no temporary copy and no "last backup" date.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAST_BACKUP_KEY } from '../../../electron/core/backup';
import { setUpCore, tempDir } from '../../helpers/temp';

async function follow(api: Awaited<ReturnType<typeof setUpCore>>['api'], jobId: string, cancelAt?: number) {
  const seen: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const r = await api.dispatch('backup:progress', { jobId });
    const p = r.ok ? (r.value as { done: number; total: number } | null) : null;
    if (p && seen.at(-1) !== p.done) seen.push(p.done);
    if (p && cancelAt !== undefined && p.done >= cancelAt) {
      await api.dispatch('backup:cancel', { jobId });
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
