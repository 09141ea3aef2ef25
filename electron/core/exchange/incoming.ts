// The supervisor's side: verify (read-only), import in one transaction, and issue the signed receipt.
import { closeSync, statSync } from 'node:fs';
import { fileSource } from './container';
import { resolveOutputPath } from '../util/output-path';
import { and, eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { withImportCache, withRollbackJournal, type Db } from '../../../db/open';
import { exchangeChannels, exchangeIncoming } from '../../../db/schema';
import type { ImportView, ReceiptView, VerifyView } from '../../ipc/schemas/exchange';
import type { AppCore } from '../app-core';
import { activeKey } from '../keys';
import { unitInfo } from '../session';
import { writeFileAtomic } from '../util/atomic-write';
import { fileFailure } from '../util/file-errors';
import { openInputFile } from '../util/input-file';
import { canonicalJson } from '../util/canonical-json';
import { countsOf } from './manifest';
import { decodeForImport, type ImportRows } from './parts';
import type { WrittenSearchRow } from './supervisor-search';
import { signReceipt } from './receipt';
import { MESSAGES, refusal, refusalError, type Refusal } from './refusals';
import { summaryOf, checkPackage, type Accepted } from './verify';
import { afterImport, unitChain } from './supervisor-chain';
import { holdsUnit, recordKeyOf, writeArriving, writeParts, type Piece } from './import-parts';
import { decodeTuning, PartDecoder } from './decode-thread';
import { runStages, runStagesJob } from '../util/jobs';
import { importInThread, THREAD_FROM_BYTES } from './import-thread';
import { StopFlag, type ImportInput, type ImportProgress, type ImportStage } from './import-thread-messages';

/** Check the package file at `path`, read piece by piece; a file that cannot be read is not a package. */
function checkFile(db: Db, path: string, keep: boolean): Accepted | Refusal {
  let fd: number;
  try {
    fd = openInputFile(path, 'package').fd;
  } catch {
    return refusal('NOT_PACKAGE', MESSAGES.NOT_PACKAGE);
  }
  try {
    return checkPackage(db, fileSource(fd), keep);
  } catch (e) {
    // A folder, or media that fails while being read: not a package that can be checked.
    if ((e as NodeJS.ErrnoException).code) return refusal('NOT_PACKAGE', MESSAGES.NOT_PACKAGE);
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** Verify only: the same checks as an import, nothing written (not even an audit entry). */
export function verifyFile(core: AppCore, path: string): VerifyView {
  const r = checkFile(core.session().db, path, false);
  return r.ok ? { ok: true, summary: summaryOf(r.manifest, r.packageHash) } : r;
}

function requireSupervisorMode(db: Db): void {
  if (unitInfo(db).mode !== 'supervisor') {
    throw new AppException(
      'RULE',
      '本机不是上级单位（监管）模式，不能导入下级单位的数据包。请由系统管理员启用上级单位模式。',
      {
        rule: 'supervisor_mode_required',
      },
    );
  }
}

/** Parts are decoded before the transaction: content that does not parse is an unknown schema, refused. */
function decodeOne(a: Accepted, p: Accepted['parts'][number]): { id: string; rows: ImportRows } {
  try {
    return { id: p.id, rows: decodeForImport(p.bytes, recordKeyOf(p.id)) };
  } catch {
    throw refusalError(refusal('UNKNOWN_SCHEMA', MESSAGES.UNKNOWN_SCHEMA(a.manifest.schemaVersion)));
  }
}

function receiptFor(
  db: Db,
  unitCode: string,
  chain: number,
  seq: number,
  packageHash: string,
  importedAt: string,
  counts: Record<string, number>,
) {
  const me = unitInfo(db);
  const key = activeKey(db, 'sign');
  return signReceipt(
    {
      from: { unitCode: me.unitCode, signKeyId: key.keyId },
      to: { unitCode },
      // Only a restarted chain names itself: a first chain's receipts stay as they always were.
      ...(chain > 1 ? { chain } : {}),
      seq,
      packageHash,
      importedAt,
      counts,
    },
    key.secretKey,
  );
}

/**
 * After 重新建立报送关系 the new chain numbers its packages from where the unit stands (a new installation from
 * 1 again), so its receipts carry the chain in their name: never the name of an old chain's receipt beside it.
 */
export function receiptFileName(unitCode: string, chain: number, seq: number): string {
  return `回执-${unitCode}-${chain > 1 ? `序列${chain}-` : ''}${String(seq).padStart(4, '0')}.bmr`;
}

function receiptPath(outPath: string, name: string, overwrite = false): string {
  return resolveOutputPath(outPath, name, '.bmr', { field: 'receiptOutPath', overwrite });
}

const chainOf = (db: Db, unitCode: string) => unitChain(db, unitCode)?.chain ?? 1;

/** Why a receipt could not be written, in the clerk's words. */
function receiptFailure(e: unknown): string {
  if (e instanceof AppException) return e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  const words = fileFailure(e);
  if (words) return `${words}。`;
  return code ? `写入失败（${code}）。` : `写入失败：${String(e)}`;
}
/**
 * Check in the fixed order, then import everything in one transaction: a full snapshot replaces the unit's
 * registers, an incremental upserts what changed and drops what the id lists no longer name, an annual report
 * is kept by year. A refusal throws before anything is written.
 */
export function importPackage(core: AppCore, input: ImportInput): ImportView {
  return runStages(importing(core, input));
}

const CANCELLED = '导入已取消，本机数据未作任何改动。';

/**
 * The same import as a job the screen follows: checked (1), each part read (one step each), written (the last
 * step). A cancel is honoured up to the write, so nothing is written; the write itself is one transaction. A
 * package of some size is imported in a thread of its own (import-thread.ts), so the window keeps its answers.
 */
export async function importPackageJob(
  core: AppCore,
  input: ImportInput,
  jobId?: string,
  where: 'auto' | 'thread' | 'here' = 'auto',
): Promise<ImportView> {
  requireSupervisorMode(core.session().db);
  const here = () => runStagesJob(jobId, importing(core, input), CANCELLED);
  if (where === 'thread' || (where === 'auto' && sizeOf(input.path) >= THREAD_FROM_BYTES)) {
    return importInThread(core, input, jobId, CANCELLED, here);
  }
  return here();
}

/** The package file's size (0 when it cannot be read: the checks refuse it with their own words). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** How the import thread runs the import (import-thread.worker.ts). */
export interface ThreadOptions {
  /** The main process's connection reads the file meanwhile: a full package is written through the WAL. */
  keepWal?: boolean;
  /** A cancel during a write that writes each part as it comes (StopFlag). */
  stop?: Int32Array;
  /** How far such a write has gone. */
  progress?: (p: ImportProgress) => void;
}

/**
 * The import's stages; each yield is a point where the work may be followed or stopped (nothing written yet), the
 * last one saying that the write comes next. A large first full package is written as its parts come from the
 * helper thread: then in the import thread (`options`) the write reports each part written and may still be
 * stopped, rolled back whole, until its parts are written.
 */
export function* importing(
  core: AppCore,
  input: ImportInput,
  options: ThreadOptions = {},
): Generator<ImportStage, ImportView> {
  const { db } = core.session();
  requireSupervisorMode(db);
  const a = checkFile(db, input.path, true);
  if (!a.ok) throw refusalError(a);
  const m = a.manifest;
  const unitCode = a.sender.unitCode;
  // A large first full package of the unit: its parts decoded in a helper thread, each written as it comes.
  const decoder =
    m.profile === 'full' &&
    a.parts.length > 0 &&
    sizeOf(input.path) >= decodeTuning.fromBytes &&
    !holdsUnit(db, unitCode)
      ? PartDecoder.start()
      : null;
  try {
    return yield* importChecked(core, input, a, decoder, options);
  } finally {
    decoder?.close();
  }
}

/**
 * The parts of `a` as the helper sends them, some thousands of rows at a time; a part it failed on (or every part
 * from the one it fell silent on) decoded here, whole: a part that does not parse is refused, nothing written.
 */
function* arriving(a: Accepted, decoder: PartDecoder, options: ThreadOptions): Generator<Piece> {
  const { stop, progress } = options;
  const total = a.parts.length + 2;
  let index = 0;
  let reported = 0;
  for (;;) {
    // Each part written is reported; a cancel is honoured between pieces, and no more once all are written.
    if (stop && Atomics.load(stop, 0) === StopFlag.stopping) throw new AppException('CONFLICT', CANCELLED);
    if (index === a.parts.length) break;
    if (index > reported) progress?.({ done: 1 + (reported = index), total });
    const p = a.parts[index] as Accepted['parts'][number];
    const m = decoder.next();
    if (m && 'part' in m && m.index === index) {
      const { bounds, ...rows } = m.part;
      yield { id: p.id, rows: { ...rows, lines: { bytes: p.bytes, bounds } }, last: m.last };
      if (m.last) index++;
      continue;
    }
    for (const rest of m ? [p] : a.parts.slice(index)) yield { ...decodeOne(a, rest), last: true };
    index = m ? index + 1 : a.parts.length;
  }
  if (stop && Atomics.compareExchange(stop, 0, StopFlag.going, StopFlag.committing) === StopFlag.stopping) {
    throw new AppException('CONFLICT', CANCELLED);
  }
  progress?.({ done: total - 1, total, writing: true });
}

function* importChecked(
  core: AppCore,
  input: ImportInput,
  a: Accepted,
  decoder: PartDecoder | null,
  options: ThreadOptions,
): Generator<ImportStage, ImportView> {
  const { db } = core.session();
  const m = a.manifest;
  const unitCode = a.sender.unitCode;
  const parts: { id: string; rows: ImportRows }[] = [];
  const total = a.parts.length + 2;
  if (decoder) {
    decoder.send(a.parts);
    // Decoded within the write: checked, then each part written.
    yield { done: 1, total, writeNext: true, stoppable: true };
  } else {
    yield { done: 1, total, ...(a.parts.length ? {} : { writeNext: true }) };
    for (const p of a.parts) {
      parts.push(decodeOne(a, p));
      yield {
        done: 1 + parts.length,
        total,
        ...(parts.length === a.parts.length ? { writeNext: true } : {}),
      };
    }
  }
  const counts = countsOf(m);
  // A mistyped receipt folder is caught before anything is imported; what fails later is reported apart.
  receiptPath(input.receiptOutPath, receiptFileName(unitCode, chainOf(db, unitCode), m.seq), true);
  const write = () =>
    core.write(
      'exchange_import',
      'exchange_package',
      (tx, ctx) => {
        const search: WrittenSearchRow[] = [];
        // The unit's records, if another import wrote some meanwhile, are compared with as ever.
        const { figures, rewritten } =
          decoder && !holdsUnit(db, unitCode)
            ? writeArriving(db, unitCode, m.seq, arriving(a, decoder, options), search)
            : writeParts(
                db,
                unitCode,
                m.seq,
                m.profile === 'full',
                decoder ? a.parts.map((p) => decodeOne(a, p)) : parts,
                search,
              );
        afterImport(tx, db, {
          figures,
          rewritten,
          search,
          unitCode,
          manifest: m,
          packageHash: a.packageHash,
          path: input.path,
          now: ctx.now,
        });
        const channel = {
          lastSeq: m.seq,
          lastHash: a.packageHash,
          lastReceivedAt: ctx.now,
          lastCreatedAt: m.createdAt,
          lastProfile: m.profile,
        };
        tx.insert(exchangeChannels)
          .values({ unitCode, ...channel })
          .onConflictDoUpdate({ target: exchangeChannels.unitCode, set: channel })
          .run();
        tx.insert(exchangeIncoming)
          .values({
            unitCode,
            seq: m.seq,
            packageHash: a.packageHash,
            profile: m.profile,
            createdAt: m.createdAt,
            importedAt: ctx.now,
            counts: canonicalJson(counts),
            auditHead: canonicalJson(m.auditHead),
            importedBy: ctx.accountId,
          })
          .run();
        return ctx.now;
      },
      () => ({
        entityId: `${unitCode}/${m.seq}`,
        detail: {
          from: unitCode,
          chain: chainOf(db, unitCode),
          seq: m.seq,
          profile: m.profile,
          packageHash: a.packageHash,
          counts,
          auditHead: m.auditHead,
        },
      }),
    );
  // A full package rewrites most of the file: written once through a rollback journal, not twice via the WAL.
  const importedAt = withImportCache(db, () =>
    m.profile === 'full' && !options.keepWal ? withRollbackJournal(db, write) : write(),
  );
  // The import has committed: it is reported as done whatever happens to the receipt, whose failure is its
  // own message (the package cannot be imported again; `exchange:receipt` writes the receipt again).
  const summary = summaryOf(m, a.packageHash);
  let out = input.receiptOutPath;
  try {
    const chain = chainOf(db, unitCode);
    out = receiptPath(input.receiptOutPath, receiptFileName(unitCode, chain, m.seq));
    writeFileAtomic(out, receiptFor(db, unitCode, chain, m.seq, a.packageHash, importedAt, counts));
    return { summary, receiptPath: out, receiptError: null };
  } catch (e) {
    return { summary, receiptPath: out, receiptError: receiptFailure(e) };
  }
}

/** Write the receipt of an imported package again (e.g. the first copy was lost). */
export function issueReceipt(
  core: AppCore,
  input: { unitCode: string; seq: number; outPath: string },
): ReceiptView {
  const { db } = core.session();
  const row = db
    .select()
    .from(exchangeIncoming)
    .where(and(eq(exchangeIncoming.unitCode, input.unitCode), eq(exchangeIncoming.seq, input.seq)))
    .get();
  if (!row) throw new AppException('NOT_FOUND', `没有导入过 ${input.unitCode} 的第 ${input.seq} 号数据包。`);
  const chain = chainOf(db, row.unitCode);
  const out = receiptPath(input.outPath, receiptFileName(row.unitCode, chain, row.seq));
  writeFileAtomic(
    out,
    receiptFor(
      db,
      row.unitCode,
      chain,
      row.seq,
      row.packageHash,
      row.importedAt,
      JSON.parse(row.counts) as Record<string, number>,
    ),
  );
  core.write(
    'exchange_receipt_issue',
    'exchange_package',
    () => null,
    () => ({
      entityId: `${row.unitCode}/${row.seq}`,
      detail: { chain, packageHash: row.packageHash },
    }),
  );
  return { path: out, unitCode: row.unitCode, seq: row.seq, packageHash: row.packageHash };
}
