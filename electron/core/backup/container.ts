import { createHash } from 'node:crypto';
import { AppException } from '../../../db/domain/errors';
import type { Keyring } from '../vault/keyring';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { openInputFile } from '../util/input-file';
import { writeStreamAtomic } from '../util/atomic-write';

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

/** Bytes read or copied at a time: a backup of a large unit is hundreds of MB and is never held whole. */
const CHUNK = 4 * 1024 * 1024;

function readChunks(fd: number, from: number, size: number, each: (chunk: Buffer) => void): void {
  const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - off), from + off);
    if (n === 0) break;
    each(buf.subarray(0, n));
    off += n;
  }
}

/**
 * Write the backup file of the database at `dbFile` to `path`: header, then the database copied a chunk at a
 * time, hashed on the way; temporary name, synced, renamed, as every file the app writes.
 */
export function writeBackupFile(
  path: string,
  header: Omit<BackupHeader, 'dbSize' | 'dbSha256' | 'version'>,
  dbFile: string,
): number {
  const src = openSync(dbFile, 'r');
  try {
    const size = fstatSync(src).size;
    const hash = createHash('sha256');
    readChunks(src, 0, size, (c) => hash.update(c));
    const full: BackupHeader = {
      version: BACKUP_VERSION,
      ...header,
      dbSize: size,
      dbSha256: hash.digest('hex'),
    };
    const json = Buffer.from(JSON.stringify(full), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(json.length);
    const head = Buffer.concat([MAGIC, len, json]);
    writeStreamAtomic(path, (write) => {
      write(head);
      readChunks(src, 0, size, write);
    });
    return head.length + size;
  } finally {
    closeSync(src);
  }
}

/** Where the database lies inside a verified backup file. */
export interface DecodedBackup {
  header: BackupHeader;
  dbOffset: number;
  dbSize: number;
}

/**
 * Read and check a backup file without holding it: the header, then the database part hashed a chunk at a
 * time against the header's checksum. A FIFO, a device or an oversized file is refused before any byte is read.
 */
export function decodeBackup(path: string): DecodedBackup {
  const { fd, size } = openInputFile(path, 'backup');
  try {
    const bad = (why: string) => new AppException('DB_CORRUPT', `备份文件 ${path} 无法使用：${why}`);
    const lead = Buffer.alloc(MAGIC.length + 4);
    if (size < lead.length || readSync(fd, lead, 0, lead.length, 0) < lead.length)
      throw bad('不是保密工作台的备份文件。');
    if (!lead.subarray(0, MAGIC.length).equals(MAGIC)) throw bad('不是保密工作台的备份文件。');
    const len = lead.readUInt32BE(MAGIC.length);
    const start = MAGIC.length + 4;
    if (start + len > size) throw bad('文件不完整（可能复制时被截断）。');
    const json = Buffer.alloc(len);
    readSync(fd, json, 0, len, start);
    let header: BackupHeader;
    try {
      header = JSON.parse(json.toString('utf8')) as BackupHeader;
    } catch {
      throw bad('文件头已损坏。');
    }
    if (header.version > BACKUP_VERSION)
      throw bad(`由更新版本的程序创建（版本 ${header.version}），请升级程序。`);
    const dbOffset = start + len;
    const dbSize = size - dbOffset;
    if (dbSize !== header.dbSize) throw bad('数据库部分长度不符（可能复制时被截断）。');
    const hash = createHash('sha256');
    readChunks(fd, dbOffset, dbSize, (c) => hash.update(c));
    if (hash.digest('hex') !== header.dbSha256) throw bad('数据库部分校验值不符，文件已损坏。');
    return { header, dbOffset, dbSize };
  } finally {
    closeSync(fd);
  }
}

/** Copy the database part of a verified backup to `dest` a chunk at a time, on the disk when this returns. */
export function extractBackupDb(path: string, backup: DecodedBackup, dest: string): void {
  const { fd } = openInputFile(path, 'backup');
  try {
    writeStreamAtomic(dest, (write) => readChunks(fd, backup.dbOffset, backup.dbSize, write));
  } finally {
    closeSync(fd);
  }
}
