import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { AppException } from '../../../db/domain/errors';
import type { Keyring } from '../vault/keyring';
import { readInputFile } from '../util/input-file';

/**
 * A backup file (.bmbak) is self-contained: the encrypted database and the keyring that opens it, so it
 * opens on a fresh machine with the same passwords or the recovery code. Layout:
 *   magic "BAOMI-BACKUP\n" | u32 BE header length | header (JSON) | database bytes (SQLCipher, as on disk)
 * The database bytes stay encrypted under the data key; the keyring holds that key only wrapped.
 */
const MAGIC = Buffer.from('BAOMI-BACKUP\n', 'latin1');
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  version: number;
  createdAt: string;
  unitCode: string;
  unitName: string;
  schemaVersion: number;
  /** Row count per table at the moment of the backup. */
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
  dbSize: number;
  dbSha256: string;
  keyring: Keyring;
}

export function encodeBackup(
  header: Omit<BackupHeader, 'dbSize' | 'dbSha256' | 'version'>,
  db: Uint8Array,
): Buffer {
  const full: BackupHeader = {
    version: BACKUP_VERSION,
    ...header,
    dbSize: db.length,
    dbSha256: bytesToHex(sha256(db)),
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, len, json, db]);
}

export function decodeBackup(path: string): { header: BackupHeader; db: Buffer } {
  const buf = readInputFile(path, 'backup');
  const bad = (why: string) => new AppException('DB_CORRUPT', `备份文件 ${path} 无法使用：${why}`);
  if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC))
    throw bad('不是保密工作台的备份文件。');
  const len = buf.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  if (start + len > buf.length) throw bad('文件不完整（可能复制时被截断）。');
  let header: BackupHeader;
  try {
    header = JSON.parse(buf.subarray(start, start + len).toString('utf8')) as BackupHeader;
  } catch {
    throw bad('文件头已损坏。');
  }
  if (header.version > BACKUP_VERSION)
    throw bad(`由更新版本的程序创建（版本 ${header.version}），请升级程序。`);
  const db = buf.subarray(start + len);
  if (db.length !== header.dbSize) throw bad('数据库部分长度不符（可能复制时被截断）。');
  if (bytesToHex(sha256(db)) !== header.dbSha256) throw bad('数据库部分校验值不符，文件已损坏。');
  return { header, db };
}
