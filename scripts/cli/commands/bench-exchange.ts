// The exchange lines of `baomi bench`: a full export of the benched database to a supervisor, and the
// supervisor's verification of it. Exports are real (each registers its file as a carrier), so they run on a
// copy of the database in the bench's temporary folder, never on the clerk's own file.
import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCore } from '../../../electron/core/app-core';
import { benchRuns } from '../../../electron/core/exchange/bench';
import { keyringPathFor } from '../../../electron/core/vault/keyring';
import { call, coreFor, dispatcherFor } from '../session';
import { benchLine as line, type BenchLine } from './bench-line';

export const SUPERVISOR = { name: '某市国家保密局', kind: 'organ', unitCode: '11110000MB0000001A' } as const;

/** The bench's supervisor installation: nobody logs into it, so its password is random and never shown. */
export const supervisorSetup = () =>
  ({
    unit: { ...SUPERVISOR, hostLevel: 'secret', adminMode: 'small' },
    account: {
      username: 'bench',
      displayName: '测试',
      password: `Bench#${randomBytes(9).toString('base64url')}1a`,
    },
    mode: 'supervisor',
  }) as const;

export async function exchangeLines(
  core: AppCore,
  username: string,
  password: string,
  work: string,
  n: number,
): Promise<(BenchLine | Record<string, unknown>)[]> {
  core.session().db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const unitPath = join(work, 'exchange-unit.db');
  copyFileSync(core.dbPath, unitPath);
  copyFileSync(core.keyringPath, keyringPathFor(unitPath));
  const unit = coreFor(unitPath);
  const unitApi = dispatcherFor(unit);
  await call(unitApi, 'session:unlock', { username, password });
  const sup = coreFor(join(work, 'exchange-supervisor.db'));
  const supApi = dispatcherFor(sup);
  await call(supApi, 'session:setup', supervisorSetup());
  try {
    const u = await call(unitApi, 'keys:exportPublic', { outPath: work });
    await call(supApi, 'exchange:importKey', {
      path: u.path,
      fingerprint: u.fingerprint,
      role: 'subordinate',
    });
    const s = await call(supApi, 'keys:exportPublic', { outPath: work });
    await call(unitApi, 'exchange:importKey', {
      path: s.path,
      fingerprint: s.fingerprint,
      role: 'supervisor',
    });
    const runs = benchRuns(unit, sup, SUPERVISOR.unitCode, work, n);
    return [
      line('exchange_export_full', runs.export),
      line('exchange_verify', runs.verify),
      line('exchange_import_full', runs.importFull),
      line('exchange_import_incremental', runs.importIncremental),
      {
        name: 'exchange_package',
        bytes: runs.bytes,
        records: runs.records,
        incremental_bytes: runs.incrementalBytes,
      },
    ];
  } finally {
    unit.detach();
    sup.detach();
  }
}
