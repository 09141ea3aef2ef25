import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { createDispatcher, type Dispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import type { Clock } from '../../electron/core/util/clock';

/**
 * Fast KDF for tests that are not about the KDF: 1 MiB with one pass (at the 64 MiB floor one derivation cost
 * 0.1–0.5 s, and the suite makes thousands). A core given it accepts slots that cheap (slotFloorKiB); the app's
 * and the CLI's cores refuse them, which the vault test proves. The kdf test checks the production parameters.
 */
export const TEST_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 };
/** The slot floor of a core at TEST_KDF, for the tests that call restoreBackup without a core. */
export const TEST_FLOOR_KIB = TEST_KDF.memoryKiB;

const dirs: string[] = [];

/** Removes the folders `tempDir` made; test/setup/each-file.ts runs it after every test of every file. */
export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'baomi-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export const CLERK = { username: 'wangli', displayName: '王丽', password: 'Baomi#2026ok' };
export const UNIT = {
  name: '某市档案局',
  kind: 'organ' as const,
  unitCode: '11110000MB0123456X',
  hostLevel: 'confidential' as const,
  adminMode: 'small' as const,
};

export function newCore(dir = tempDir(), clock?: Clock): AppCore {
  return new AppCore({ dbPath: join(dir, 'baomi.db'), kdf: TEST_KDF, ...(clock ? { clock } : {}) });
}

export function newDispatcher(core: AppCore): Dispatcher {
  return createDispatcher(core, allHandlers(), (e) => {
    throw e;
  });
}

/** A core that has been through first-run setup and is unlocked as the clerk. */
export async function setUpCore(
  dir = tempDir(),
  over: { account?: typeof CLERK } = {},
): Promise<{ core: AppCore; api: Dispatcher; recoveryCode: string; dir: string }> {
  const core = newCore(dir);
  const api = newDispatcher(core);
  const r = await api.dispatch('session:setup', { unit: UNIT, account: over.account ?? CLERK });
  if (!r.ok) throw new Error(`setup failed: ${r.error.message}`);
  return { core, api, recoveryCode: (r.value as { recoveryCode: string }).recoveryCode, dir };
}

/** A recorded approval of copying carrier `i` (a row the backup tests count before and after a restore). */
export const approval = (i: number) => ({
  kind: 'copy',
  subjectType: 'carrier',
  subjectId: String(i),
  approver: { type: 'person', name: '李建国' },
  decision: 'approved',
  decidedAt: '2026-11-20',
});
