// Reading a unit at the supervisor (issue 25, points 3 and 5): its package history (imported, replaced and
// refused), its records page by page in natural order and searched (the search across units: supervisor-search.ts).
import { closeSync, openSync } from 'node:fs';
import { AppException } from '../../../db/domain/errors';
import { REFUSAL_REASONS, type RefusalReason } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { Page } from '../../ipc/schemas/common';
import type { ImportedRecordView, ImportView } from '../../ipc/schemas/exchange';
import type { PackageHistoryRow, UnitIssues } from '../../ipc/schemas/supervisor';
import type { AppCore } from '../app-core';
import { fileSource, readEnvelopeFrom } from './container';
import { importPackageJob } from './incoming';
import { fileName, unitChain } from './supervisor-chain';
import { layoutOf, recordObject } from './record-layout';

type Client = Db['$client'];

interface HistoryDbRow {
  state: 'imported' | 'replaced' | 'refused';
  chain: number | null;
  seq: number | null;
  profile: string | null;
  createdAt: string | null;
  receivedAt: string | null;
  bytes: number | null;
  counts: string | null;
  packageHash: string | null;
  fileName: string | null;
  refusal: string | null;
  message: string | null;
}

/** Every package of a unit, newest first: imported (this chain), of a replaced chain, and refused. */
export function packageHistory(db: Db, unitCode: string): PackageHistoryRow[] {
  const chain = unitChain(db, unitCode)?.chain ?? 1;
  const rows = db.$client
    .prepare(
      `SELECT 'imported' AS state, ? AS chain, i.seq, i.profile, i.created_at AS createdAt,
         i.imported_at AS receivedAt, r.bytes, i.counts, i.package_hash AS packageHash, r.file_name AS fileName,
         NULL AS refusal, NULL AS message
       FROM exchange_incoming i LEFT JOIN supervision_received r ON r.unit_code = i.unit_code
         AND r.package_hash = i.package_hash AND r.refusal IS NULL
       WHERE i.unit_code = ?
       UNION ALL
       SELECT 'replaced', p.chain, p.seq, p.profile, p.created_at, p.imported_at, p.bytes, p.counts, p.package_hash,
         NULL, NULL, NULL FROM supervision_replaced_packages p WHERE p.unit_code = ?
       UNION ALL
       SELECT 'refused', r.chain, r.seq, r.profile, r.created_at, r.received_at, r.bytes, NULL, r.package_hash,
         r.file_name, r.refusal, r.message FROM supervision_received r WHERE r.unit_code = ? AND r.refusal IS NOT NULL
       ORDER BY receivedAt DESC, seq DESC`,
    )
    .all(chain, unitCode, unitCode, unitCode) as HistoryDbRow[];
  return rows.map((r) => ({
    ...r,
    counts: r.counts ? (JSON.parse(r.counts) as Record<string, number>) : null,
  }));
}

/** A unit's register (or a replaced chain's copy of it) in natural id order, optionally searched. */
/** A replaced chain's layout of a register (record-layout.ts), as it stood at the restart. */
function replacedLayout(db: Db, unitCode: string, chain: number, register: string): string[] {
  const columns = db.$client
    .prepare(
      'SELECT columns FROM supervision_replaced_layouts WHERE unit_code = ? AND chain = ? AND register = ?',
    )
    .pluck()
    .get(unitCode, chain, register) as string | undefined;
  return columns === undefined ? [] : (JSON.parse(columns) as string[]);
}

export function unitRecordsPage(
  db: Db,
  input: { unitCode: string; register: string; page: number; pageSize: number; q?: string; chain?: number },
): Page<ImportedRecordView> {
  const current = input.chain === undefined;
  const table = current ? 'imported_records' : 'supervision_replaced_records';
  const conds = ['unit_code = ?', 'register = ?'];
  const params: unknown[] = [input.unitCode, input.register];
  if (!current) {
    conds.push('chain = ?');
    params.push(input.chain);
  }
  if (input.q) {
    // JSON escapes no CJK, so a word is found as it is written; LIKE's own wildcards are taken literally.
    conds.push("data LIKE ? ESCAPE '\\'");
    params.push(`%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const where = conds.join(' AND ');
  const order = current
    ? 'record_no, record_id'
    : "CASE WHEN record_id <> '' AND record_id NOT GLOB '*[^0-9]*' THEN CAST(record_id AS INTEGER) END, record_id";
  const total = db.$client
    .prepare(`SELECT count(*) FROM ${table} WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db.$client
    .prepare(`SELECT record_id, seq, data FROM ${table} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .raw(true)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as [string, number, string][];
  const columns = current
    ? (layoutOf(db.$client, input.unitCode, input.register) ?? [])
    : replacedLayout(db, input.unitCode, input.chain as number, input.register);
  return {
    total,
    rows: rows.map(([recordId, seq, data]) => ({ recordId, seq, data: recordObject(columns, data) })),
  };
}

const AFTER_AUTHENTICATION: readonly RefusalReason[] = REFUSAL_REASONS.slice(
  REFUSAL_REASONS.indexOf('REPLAY'),
);

/** What a package names of itself, read from its header without decrypting anything. */
function headerOf(path: string) {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const src = fileSource(fd);
    const env = readEnvelopeFrom(src);
    if (!env.ok) return null;
    const m = env.envelope.header.manifest as Record<string, unknown> & { sender?: { unitCode?: string } };
    return { manifest: m, bytes: src.size };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Import, and keep a refused package in the unit's history when it was authentic (signed by the unit's key on
 * file, whole) but could not continue the chain: a replay, a gap, a fork, a unit behind. A damaged or forged
 * file leaves nothing (a refusal that is not the unit's own writes nothing, not even an audit entry).
 */
export async function importWithHistory(
  core: AppCore,
  input: { path: string; receiptOutPath: string; jobId?: string | undefined },
): Promise<ImportView> {
  try {
    return await importPackageJob(core, input, input.jobId);
  } catch (e) {
    if (e instanceof AppException && (AFTER_AUTHENTICATION as readonly string[]).includes(e.rule ?? '')) {
      recordRefusal(core, input.path, e);
    }
    throw e;
  }
}

function recordRefusal(core: AppCore, path: string, e: AppException): void {
  const h = headerOf(path);
  const m = h?.manifest;
  const unitCode = m?.sender?.unitCode ?? null;
  if (!m || !unitCode) return;
  const client: Client = core.session().db.$client;
  core.write(
    'exchange_refused',
    'exchange_package',
    (_tx, ctx) =>
      client
        .prepare(
          `INSERT INTO supervision_received (unit_code, chain, seq, profile, created_at, package_hash, file_name,
           bytes, received_at, refusal, message) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
        )
        .run(
          unitCode,
          unitChain(core.session().db, unitCode)?.chain ?? 1,
          typeof m.seq === 'number' ? m.seq : null,
          typeof m.profile === 'string' ? m.profile : null,
          typeof m.createdAt === 'string' ? m.createdAt : null,
          fileName(path),
          h.bytes,
          ctx.now,
          e.rule ?? null,
          e.message,
        ),
    () => ({ entityId: `${unitCode}/${String(m.seq)}`, detail: { refusal: e.rule, seq: m.seq } }),
  );
}

/**
 * One unit's open findings past their deadline and its incidents with their report times (issues 15 and 16 at
 * the supervisor), newest first: read from that unit's findings and incidents only.
 */
export function unitIssues(db: Db, unitCode: string, on: string): UnitIssues {
  const read = (register: string) => {
    const columns = layoutOf(db.$client, unitCode, register) ?? [];
    return (
      db.$client
        .prepare('SELECT data FROM imported_records WHERE unit_code = ? AND register = ?')
        .pluck()
        .all(unitCode, register) as string[]
    ).map((d) => recordObject(columns, d));
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const findings = read('findings')
    .filter((f) => ['pending', 'rectifying', 'to_verify'].includes(String(f.status)))
    .filter((f) => typeof f.deadline === 'string' && f.deadline < on)
    .map((f) => ({
      id: String(f.id),
      area: text(f.area),
      severity: text(f.severity),
      department: text(f.department),
      deadline: f.deadline as string,
      status: String(f.status),
      daysOver: Math.floor((Date.parse(on) - Date.parse(f.deadline as string)) / 86_400_000),
    }))
    .sort((a, b) => (a.deadline < b.deadline ? -1 : 1));
  const incidents = read('incidents')
    .map((i) => {
      const found = text(i.discovered_at);
      const reported = text(i.reported_at);
      const limit = found ? Date.parse(found) + 86_400_000 : null;
      return {
        id: String(i.id),
        title: text(i.title) ?? '',
        discoveredAt: found,
        reportedAt: reported,
        status: text(i.status),
        // Regulation art. 61: reported within 24 hours of discovery, or not (late, or still not reported).
        late:
          limit !== null && (reported ? Date.parse(reported) > limit : Date.parse(`${on}T23:59:59Z`) > limit),
      };
    })
    .sort((a, b) => ((a.discoveredAt ?? '') < (b.discoveredAt ?? '') ? 1 : -1));
  return { findings, incidents };
}
