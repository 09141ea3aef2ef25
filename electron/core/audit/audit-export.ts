import { ed25519 } from '@noble/curves/ed25519.js';
import { readInputFile } from '../util/input-file';
import { existsSync, rmSync, statSync } from 'node:fs';
import { asc } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { auditLog } from '../../../db/schema';
import type { AuditExportView } from '../../ipc/schemas/audit';
import type { AppCore } from '../app-core';
import { signWithUnitKey } from '../keys';
import { unitInfo } from '../session';
import { writeFileUnique } from '../util/unique-write';
import { canonicalJson } from '../util/canonical-json';
import { verifyAuditChain } from './audit';

const FORMAT = 'baomi-audit-export';

interface ExportBody {
  format: typeof FORMAT;
  version: 1;
  unitCode: string;
  unitName: string;
  exportedAt: string;
  exportedBy: string;
  chain: { ok: boolean; count: number; headSeq: number; headHash: string };
  entries: (typeof auditLog.$inferSelect)[];
}

interface ExportFile {
  body: ExportBody;
  signature: { alg: 'ed25519'; keyId: string; publicKey: string; value: string };
}

/**
 * The audit log as one signed file for review outside the app: every entry with its hashes, the chain
 * verification result, and an Ed25519 signature by the unit's signing key over the canonical body.
 */
export function exportAudit(core: AppCore, outDir: string): AuditExportView {
  const { db, account } = core.session();
  const now = core.now();
  const unit = unitInfo(db);
  const chain = verifyAuditChain(db);
  const body: ExportBody = {
    format: FORMAT,
    version: 1,
    unitCode: unit.unitCode,
    unitName: unit.name,
    exportedAt: now,
    exportedBy: account.username,
    chain: { ok: chain.ok, count: chain.count, headSeq: chain.head.seq, headHash: chain.head.hash },
    entries: db.select().from(auditLog).orderBy(asc(auditLog.seq)).all(),
  };
  const sig = signWithUnitKey(db, new TextEncoder().encode(canonicalJson(body)));
  const file: ExportFile = {
    body,
    signature: {
      alg: 'ed25519',
      keyId: sig.keyId,
      publicKey: Buffer.from(sig.publicKey).toString('base64'),
      value: Buffer.from(sig.signature).toString('base64'),
    },
  };
  if (!existsSync(outDir) || !statSync(outDir).isDirectory())
    throw new AppException('NOT_FOUND', `导出目录不存在：${outDir}`, {
      fields: [{ path: 'outDir', message: '请选择已有的文件夹' }],
    });
  // A unique name (an earlier export is never replaced), written and read back before the export is recorded:
  // the entry then names a file that is on the medium, and a failed write leaves no entry claiming it.
  const stem = `审计日志-${unit.unitCode}-${now.replace(/[-:]/g, '').slice(0, 15)}`;
  const path = writeFileUnique(outDir, stem, '.bmaudit.json', JSON.stringify(file));
  if (!verifyAuditExport(path).ok) {
    rmSync(path, { force: true });
    throw new AppException('INTERNAL', '审计日志导出后校验失败，请重试。');
  }
  try {
    core.write(
      'audit_export',
      'audit_log',
      () => null,
      () => ({
        detail: { path, entries: body.entries.length, headSeq: chain.head.seq, headHash: chain.head.hash },
      }),
    );
  } catch (e) {
    // An export nobody recorded must not stay on the medium.
    rmSync(path, { force: true });
    throw e;
  }
  return { path, entries: body.entries.length, headSeq: chain.head.seq, keyId: sig.keyId };
}

/** Check an exported file's signature (against the key it names; the reviewer compares its fingerprint). */
export function verifyAuditExport(path: string): { ok: boolean; keyId: string | null } {
  try {
    const f = JSON.parse(readInputFile(path, 'auditExport').toString('utf8')) as ExportFile;
    const ok = ed25519.verify(
      Buffer.from(f.signature.value, 'base64'),
      new TextEncoder().encode(canonicalJson(f.body)),
      Buffer.from(f.signature.publicKey, 'base64'),
    );
    return { ok, keyId: f.signature.keyId };
  } catch {
    return { ok: false, keyId: null };
  }
}
