// Restore puts the database and its keyring in place as one step (electron/core/backup/restore-swap.ts): a kill
// after the restore was decided is completed at the next open; a kill before it leaves the old pair untouched.
// Each test restores installation B's backup over installation A: A's keyring cannot open B's database, so a
// pair split by a kill would lock the clerk out.
import fs, { readdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../electron/core/backup/backup.service';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir, TEST_FLOOR_KIB } from '../../helpers/temp';

const OTHER = { username: 'zhaomin', displayName: '赵敏', password: 'Other#2026ok' };
const realRename = fs.renameSync;
const realOpen = fs.openSync;
afterEach(() => {
  Object.assign(fs, { renameSync: realRename, openSync: realOpen });
  syncBuiltinESMExports();
});

/** Installation B with an approval recorded, backed up; and installation A (another data key) to restore over. */
async function twoInstallations() {
  const b = await setUpCore(tempDir(), { account: OTHER });
  await b.api.dispatch('approvals:record', {
    kind: 'copy',
    subjectType: 'carrier',
    subjectId: '1',
    approver: { type: 'person', name: '李建国' },
    decision: 'approved',
    decidedAt: '2026-11-20',
  });
  const r = await b.api.dispatch('backup:create', { outDir: tempDir('baomi-backup-') });
  if (!r.ok) throw new Error(r.error.message);
  b.core.detach();
  const a = await setUpCore();
  a.core.detach();
  return { file: (r.value as { path: string }).path, a: a.core };
}

/** A kill at the moment `fs.<name>` is first called on a path matching `hit`. */
function killAt(name: 'renameSync' | 'openSync', hit: (path: string) => boolean): void {
  const real = name === 'renameSync' ? realRename : realOpen;
  Object.assign(fs, {
    [name]: (p: fs.PathLike, ...rest: unknown[]) => {
      if (hit(String(p))) throw new Error('killed');
      return (real as (...a: unknown[]) => unknown)(p, ...rest);
    },
  });
  syncBuiltinESMExports();
}

async function opensWith(dbPath: string, who: { username: string; password: string }) {
  const core = newCore(dirname(dbPath));
  const api = newDispatcher(core);
  const state = await api.dispatch('session:state', {});
  const unlocked = await api.dispatch('session:unlock', { username: who.username, password: who.password });
  if (unlocked.ok) core.detach();
  return { state, unlocked };
}

const cred = { username: OTHER.username, password: OTHER.password };

describe('restore swaps the database and keyring as one', () => {
  it('restore_completes_after_kill: killed between the two renames, the next open completes the restore', async () => {
    const { file, a } = await twoInstallations();
    // The database is renamed into place; the kill comes as the keyring is about to follow.
    killAt('renameSync', (p) => p.endsWith('.keyring.restore'));
    await expect(
      restoreBackup(file, a.dbPath, cred, new Date().toISOString(), { floorKiB: TEST_FLOOR_KIB }),
    ).rejects.toThrow('killed');
    Object.assign(fs, { renameSync: realRename });
    syncBuiltinESMExports();

    const { unlocked } = await opensWith(a.dbPath, cred);
    expect(unlocked).toMatchObject({ ok: true });
    expect(readdirSync(dirname(a.dbPath)).filter((f) => f.includes('.restore'))).toEqual([]);
  });

  it('restore_untouched_before_decided: killed before the marker, the old pair opens and the staged files go', async () => {
    const { file, a } = await twoInstallations();
    killAt('openSync', (p) => p.endsWith('.restore-ready'));
    await expect(
      restoreBackup(file, a.dbPath, cred, new Date().toISOString(), { floorKiB: TEST_FLOOR_KIB }),
    ).rejects.toThrow('killed');
    Object.assign(fs, { openSync: realOpen });
    syncBuiltinESMExports();

    expect((await opensWith(a.dbPath, CLERK)).unlocked).toMatchObject({ ok: true });
    expect((await opensWith(a.dbPath, cred)).unlocked).toMatchObject({ ok: false });
    const left = readdirSync(dirname(a.dbPath)).filter((f) => f.startsWith(`.${basename(a.dbPath)}`));
    expect(left.filter((f) => f.includes('.restore'))).toEqual([]);
  });
});
