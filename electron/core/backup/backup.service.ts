import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runStages, stepThrough, type Stages, type Step } from '../util/jobs';
import { AppException } from '../../../db/domain/errors';
import { knownSchemaVersion, migrateDatabase } from '../../../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../db/open';
import { countRows } from '../../../db/repos/stats.repo';
import { auditHead, verifyAuditChain } from '../audit/audit';
import { fsyncDir, fsyncFile } from '../util/atomic-write';
import { keyringPathFor, readKeyring, type Keyring } from '../vault/keyring';
import { unlockWithPassword, unlockWithRecoveryCode } from '../vault/vault';
import {
  decodeBackup,
  extractBackupDb,
  writeBackupFile,
  type BackupHeader,
  type DecodedBackup,
} from './container';
import { clearStaged, finishInterruptedRestore, stagedDatabase, swapInRestored } from './restore-swap';
import { mergeSecurityState, readCurrentState, recordRestore } from './restore-state';
import { countedAttempt } from '../session';
import { withKeyringLock } from '../vault/keyring-lock';
import { refuse } from '../util/refuse';

export function tableCounts(db: Db): Record<string, number> {
  const names = db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((n) => [n, countRows(db, n)]));
}

function integrityProblems(db: Db): string[] {
  const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export interface BackupResult {
  path: string;
  size: number;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
}

/**
 * VACUUM INTO a temporary file (db.backup() does not work on encrypted files) → fsync → reopen with the
 * key → integrity_check → row counts compared → package with the keyring → write atomically → read back.
 */
export function writeBackup(...args: Parameters<typeof backupStages>): BackupResult {
  return runStages(backupStages(...args));
}

/** Stages of a backup (copied, checked, counted, written, read back); the temporary copy goes in any case. */
export function* backupStages(
  db: Db,
  key: Uint8Array,
  keyringPath: string,
  outDir: string,
  now: string,
  unit: { unitCode: string; name: string },
): Stages<BackupResult> {
  if (!existsSync(outDir)) throw new AppException('NOT_FOUND', `备份目录不存在：${outDir}`);
  const total = 4;
  const counts = tableCounts(db);
  const head = auditHead(db);
  const tmpDb = join(outDir, `.baomi-backup-${randomBytes(6).toString('hex')}.tmp`);
  try {
    db.$client.prepare('VACUUM INTO ?').run(tmpDb);
    yield { done: 1, total };
    const copy = openDatabase(tmpDb, key);
    try {
      const problems = integrityProblems(copy);
      if (problems.length)
        throw new AppException('DB_CORRUPT', `备份副本完整性检查未通过：${problems.slice(0, 3).join('；')}`);
      yield { done: 2, total };
      const copied = tableCounts(copy);
      for (const [t, n] of Object.entries(counts)) {
        if (copied[t] !== n)
          throw new AppException(
            'DB_CORRUPT',
            `备份副本中表 ${t} 的记录数不符（${copied[t] ?? 0} ≠ ${n}），备份未完成。`,
          );
      }
    } finally {
      closeDatabase(copy);
    }
    yield { done: 3, total };
    const path = join(outDir, `保密工作台备份-${unit.unitCode}-${stamp(now)}.bmbak`);
    const size = writeBackupFile(
      path,
      {
        createdAt: now,
        unitCode: unit.unitCode,
        unitName: unit.name,
        schemaVersion: knownSchemaVersion(),
        counts,
        auditHead: head,
        keyring: readKeyring(keyringPath),
      },
      tmpDb,
    );
    // The file is in place: from here the backup is finished whatever the screen asks.
    decodeBackup(path); // read back and verify before saying it is done
    return { path, size, counts, auditHead: head };
  } finally {
    for (const f of [tmpDb, `${tmpDb}-wal`, `${tmpDb}-shm`]) rmSync(f, { force: true });
  }
}

export type RestoreCredential = { username: string; password: string } | { recoveryCode: string };

export interface RestoreResult {
  header: Omit<BackupHeader, 'keyring'>;
  /** Where the database that was replaced was kept, if there was one. */
  safetyCopy: string | null;
}

async function keyFor(keyring: Keyring, cred: RestoreCredential, floorKiB?: number): Promise<Uint8Array> {
  if ('recoveryCode' in cred) return unlockWithRecoveryCode(keyring, cred.recoveryCode, floorKiB);
  return (await unlockWithPassword(keyring, cred.username, cred.password, floorKiB)).dataKey;
}

export interface RestoreOptions {
  /** Who restores (the logged-in account in the app; the credential's account in the CLI). */
  by?: string;
  /** The unit code of the installation being replaced, where the caller knows it (the app's session). */
  unitCode?: string;
  /** The audit head of the database being replaced, where the caller read it before closing it. */
  replacedHead?: { seq: number; hash: string };
  /** The restoring core's floor for keyring slots (slotFloorKiB); the default, MIN_KDF_MEMORY_KIB, otherwise. */
  floorKiB?: number;
  /** The job the screen follows (backup:restoreProgress): each check reported, a cancel seen between them. */
  step?: Step | undefined;
}

/**
 * Restore a backup over `dbPath`: verify the file, refuse another unit's, prove the credential opens it (counted
 * as a login would be), check integrity, counts and the audit chain on a temporary copy, write the restore's
 * entry into it; only then keep a safety copy of the current pair and move the restored one into place with the
 * current security state (restore-state.ts). Any failure before the swap leaves the current database untouched.
 */
export async function restoreBackup(
  file: string,
  dbPath: string,
  cred: RestoreCredential,
  now: string,
  opts: RestoreOptions = {},
): Promise<RestoreResult> {
  const decoded = decodeBackup(file);
  const { header } = decoded;
  const files = { dbPath, keyringPath: keyringPathFor(dbPath) };
  const current = existsSync(files.keyringPath) ? readKeyring(files.keyringPath) : null;
  const unitCode = opts.unitCode ?? current?.unitCode;
  if (unitCode && header.unitCode !== unitCode) {
    refuse(
      'restore_other_unit',
      `该备份属于另一单位（${header.unitName}，统一社会信用代码 ${header.unitCode}），与本机单位（${unitCode}）不符，拒绝恢复。`,
      'file',
    );
  }
  const by = opts.by ?? ('username' in cred ? cred.username : 'recovery');
  if (!current)
    return restoreChecked(
      opts.step,
      file,
      decoded,
      files,
      await keyFor(header.keyring, cred, opts.floorKiB),
      now,
      by,
      null,
    );
  // The current keyring's lock is held throughout: a wrong credential is counted like a wrong login, and no
  // unlock reads the keyring while it is being replaced.
  return withKeyringLock(files.keyringPath, async () => {
    const attempt = await countedAttempt(files.keyringPath, by, now, 'restore_password_failed', () =>
      keyFor(header.keyring, cred, opts.floorKiB),
    );
    if (!attempt.ok) {
      throw new AppException(
        attempt.left === 0 ? 'LOCKED' : 'FORBIDDEN',
        attempt.left === 0
          ? '恢复时密码连续输错次数过多，该账户已被锁定。请联系安全保密管理员解锁。'
          : '备份的密码或恢复码不正确，未恢复。此次错误已记录。',
      );
    }
    return restoreChecked(opts.step, file, decoded, files, attempt.value, now, by, opts.replacedHead ?? null);
  });
}

/** Restore's steps after the credential: each check of the staged copy, reported. */
export const RESTORE_STEPS = 5;

function restoreChecked(
  step: Step | undefined,
  ...args: Parameters<typeof restoreStages>
): Promise<RestoreResult> {
  const stages = restoreStages(...args);
  return step ? stepThrough(stages, step) : Promise.resolve(runStages(stages));
}

/**
 * The staged copy extracted, its integrity, counts and chain checked, the restore recorded in it: a cancel between
 * these clears the staged copy and leaves the current database as it was. From the safety copy on there is no
 * step: the swap is finished whatever the screen asks.
 */
function* restoreStages(
  file: string,
  decoded: DecodedBackup,
  files: { dbPath: string; keyringPath: string },
  key: Uint8Array,
  now: string,
  by: string,
  knownHead: { seq: number; hash: string } | null,
): Stages<RestoreResult> {
  const total = RESTORE_STEPS;
  const { dbPath } = files;
  const { header } = decoded;
  mkdirSync(dirname(dbPath), { recursive: true });
  // A restore a kill interrupted after it was decided is completed first; one abandoned before, cleared.
  finishInterruptedRestore(files);
  const state = readCurrentState(dbPath, key);
  const safetyPath = existsSync(dbPath) ? `${dbPath}.before-restore-${stamp(now)}` : null;
  const tmp = stagedDatabase(files);
  let swapped = false;
  try {
    extractBackupDb(file, decoded, tmp);
    yield { done: 1, total };
    const db = openDatabase(tmp, key);
    try {
      const problems = integrityProblems(db);
      if (problems.length)
        throw new AppException(
          'DB_CORRUPT',
          `备份中的数据库完整性检查未通过：${problems.slice(0, 3).join('；')}`,
        );
      yield { done: 2, total };
      const counts = tableCounts(db);
      for (const [t, n] of Object.entries(header.counts)) {
        if (counts[t] !== n)
          throw new AppException('DB_CORRUPT', `备份中表 ${t} 的记录数与备份记录不符，拒绝恢复。`);
      }
      yield { done: 3, total };
      const chain = verifyAuditChain(db);
      if (!chain.ok || chain.head.hash !== header.auditHead.hash) {
        throw new AppException(
          'DB_CORRUPT',
          `备份中的审计链校验未通过${chain.problem ? `：${chain.problem.reason}` : '（链头与备份记录不符）'}，拒绝恢复。`,
        );
      }
      yield { done: 4, total };
      migrateDatabase(db);
      recordRestore(db, now, state, {
        file,
        backupCreatedAt: header.createdAt,
        backupHead: header.auditHead,
        replacedHead: knownHead ?? state.head,
        safetyCopy: safetyPath,
        by,
      });
    } finally {
      closeDatabase(db);
    }
    fsyncFile(tmp);
    const safetyCopy = safetyPath ? keepSafetyCopy(files, safetyPath) : null;
    const current = existsSync(files.keyringPath) ? readKeyring(files.keyringPath) : null;
    swapInRestored(files, mergeSecurityState(current, header.keyring));
    swapped = true;
    const { keyring: _k, ...rest } = header;
    return { header: rest, safetyCopy };
  } finally {
    key.fill(0);
    if (!swapped) clearStaged(files);
  }
}

/**
 * The database and keyring being replaced, copied whole (each under a temporary name, then renamed) before
 * anything is swapped; a leftover WAL goes with them, since it belongs to the old database.
 */
function keepSafetyCopy(files: { dbPath: string; keyringPath: string }, safety: string): string {
  const pairs: [string, string][] = [
    [files.dbPath, safety],
    [`${files.dbPath}-wal`, `${safety}-wal`],
    [files.keyringPath, `${safety}.keyring`],
  ];
  for (const [from, to] of pairs) {
    if (!existsSync(from)) continue;
    copyFileSync(from, `${to}.tmp`);
    fsyncFile(`${to}.tmp`);
    renameSync(`${to}.tmp`, to);
  }
  fsyncDir(dirname(safety));
  return safety;
}
