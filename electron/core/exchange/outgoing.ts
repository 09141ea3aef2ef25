// The unit's side: write a package to media (itself a 涉密载体), and take the supervisor's receipt back.
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { rememberSentHead } from './audit-anchor';
import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { LEVEL_RANK, MAX_TERM_YEARS, type CarrierLevel } from '../../../db/domain/vocab';
import { EXCHANGE_PROFILE_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { carriers, exchangeOutgoing } from '../../../db/schema';
import { CarrierRegisterInput } from '../../ipc/schemas/carriers';
import type { ExchangeExportInput, ExportView, OutgoingView } from '../../ipc/schemas/exchange';
import type { Drive } from '../../ipc/schemas/files';
import type { AppCore } from '../app-core';
import { isCommercial, isNational, registerInTx } from '../carriers';
import { checkMediumWrite, logMediumWrite, type MediumCheck } from '../devices';
import { activeKey } from '../keys';
import { unitInfo } from '../session';
import { canonicalJson } from '../util/canonical-json';
import { today } from '../util/dates';
import { runJob, runStages, stepThrough, type Stages } from '../util/jobs';
import { resolveOutputPath } from '../util/output-path';
import { buildStages, partCount, type Built } from './build';
import { getCounterpart, type CounterpartRow } from './counterparts';
import { countsOf, GENESIS_PACKAGE_HASH } from './manifest';
import { placeSealed, readBack, sealStages, type Sealed } from './media';

/** The package file's level: the highest level among the carriers it lists, else the host's level. */
function packageLevel(built: Built, host: CarrierLevel): CarrierLevel {
  const found = (Object.entries(LEVEL_RANK) as [CarrierLevel, number][]).find(
    ([, v]) => v === built.maxLevelRank,
  );
  return found ? found[0] : host;
}

/** The base of an incremental: the last acknowledged package that carried the registers (an annual one does not). */
function lastAcknowledged(db: Pick<Db, 'select'>, to: string) {
  return db
    .select()
    .from(exchangeOutgoing)
    .where(
      and(
        eq(exchangeOutgoing.receiverCode, to),
        isNotNull(exchangeOutgoing.acknowledgedAt),
        ne(exchangeOutgoing.profile, 'annual'),
      ),
    )
    .orderBy(desc(exchangeOutgoing.seq))
    .limit(1)
    .get();
}

/** What the export prepared before its one write: the package sealed under a temporary name, and its place. */
interface Prepared {
  built: Built;
  seq: number;
  path: string;
  sealed: Sealed;
  level: CarrierLevel;
  medium: MediumCheck;
}

/**
 * Every row change on this connection and every commit by another one moves the mark: equal marks mean the
 * registers read between them are the ones the write finds (polls of the job's progress write nothing).
 */
function changeMark(db: Db): string {
  const changes = db.$client.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}/${String(db.$client.pragma('data_version', { simple: true }))}`;
}

/** The refusal when the supervisor's key is not on file; checked before any stage runs. */
function supervisorOf(db: Db, to: string): CounterpartRow {
  const receiver = getCounterpart(db, to);
  if (!receiver || receiver.role !== 'supervisor') {
    throw new AppException('NOT_FOUND', `未登记上级单位 ${to} 的公钥。请先导入并核对上级单位的公钥。`, {
      fields: [{ path: 'to', message: '未登记的上级单位' }],
    });
  }
  return receiver;
}

/**
 * The package read, signed and sealed under a temporary name on the media: stages of the export's first
 * `parts + 2` steps. Nothing is recorded; stopped or failed, the temporary file is removed (sealStages).
 */
function* preparing(
  core: AppCore,
  input: ExchangeExportInput,
  drive: Drive | null,
  at: { now: string; today: string },
  total: number,
): Stages<Prepared> {
  const { db } = core.session();
  const unit = unitInfo(db);
  const receiver = supervisorOf(db, input.to);
  const last = db
    .select()
    .from(exchangeOutgoing)
    .where(eq(exchangeOutgoing.receiverCode, input.to))
    .orderBy(desc(exchangeOutgoing.seq))
    .limit(1)
    .get();
  const seq = (last?.seq ?? 0) + 1;
  const acked = input.profile === 'incremental' ? lastAcknowledged(db, input.to) : undefined;
  if (input.profile === 'incremental' && !acked) {
    throw new AppException(
      'RULE',
      '尚无上级单位确认收到的数据包，不能做增量报送。请先做一次全量报送，并导入上级单位的回执。',
      { rule: 'incremental_needs_acknowledged' },
    );
  }
  const parts = partCount(input.profile);
  const building = buildStages(db, {
    receiver,
    profile: input.profile,
    seq,
    prevHash: last?.packageHash ?? GENESIS_PACKAGE_HASH,
    base: acked ? { seq: acked.seq, createdAt: acked.createdAt, rowVersion: acked.rowVersion } : null,
    year: input.year ?? Number(at.today.slice(0, 4)),
    now: at.now,
    today: at.today,
  });
  let built: Built;
  for (;;) {
    const r = building.next();
    if (r.done) {
      built = r.value;
      break;
    }
    // The last register's stage is the one after the signature.
    if (r.value.done < parts) yield { done: r.value.done, total };
  }
  // Every register read and the manifest signed.
  yield { done: parts, total };
  try {
    const level = packageLevel(built, unit.hostLevel);
    const nationalLevel = isNational(level) ? level : null;
    // The medium is checked before a byte goes onto it.
    const medium = db.transaction((tx) =>
      checkMediumWrite(tx, { drive, level: nationalLevel, field: 'outPath' }),
    );
    const name = `报送-${unit.unitCode}-${input.to}-${String(seq).padStart(4, '0')}.bmx`;
    const path = resolveOutputPath(input.outPath, name, '.bmx');
    const sealing = sealStages(path, built);
    let sealed: Sealed;
    for (;;) {
      const r = sealing.next();
      if (r.done) {
        sealed = r.value;
        break;
      }
      yield { done: parts + 1, total };
    }
    return { built, seq, path, sealed, level, medium };
  } finally {
    // Zeroed by the sealing too; here also when the medium was refused before it began.
    built.key.fill(0);
  }
}

/** The stages of an export: each register read (`parts`), signed, sealed onto the media, then recorded. */
export const exportTotal = (profile: ExchangeExportInput['profile']) => partCount(profile) + 3;

/**
 * `drive`: the removable drive `outPath` is on (files' driveOfPath), checked against the register of media
 * before anything is written; null for the PC's own disk. Run straight through (the command line, the bench).
 */
export function exportPackage(
  core: AppCore,
  input: ExchangeExportInput,
  drive: Drive | null = null,
): ExportView {
  return runStages(exportStages(core, input, drive));
}

/**
 * The same export as job `jobId`: the screen follows its stages and may stop it before it is recorded. The job
 * exists from the call on (`drive` is looked up inside it), so a cancel sent right after the call finds it.
 */
export function exportPackageJob(
  core: AppCore,
  input: ExchangeExportInput,
  drive: () => Promise<Drive | null>,
  jobId?: string,
): Promise<ExportView> {
  return runJob(
    jobId,
    exportTotal(input.profile),
    async (step) => stepThrough(exportStages(core, input, await drive()), step),
    '导出已取消：未写入数据包文件，未登记载体，也未占用报送序号。',
  );
}

/**
 * The export as stages: the package read, signed and sealed under a temporary name (stoppable, nothing
 * recorded), then one write that records it and puts the file in its place. Read and recorded apart, so the
 * write checks that nothing changed in between (another write while the screen had its turn); if anything
 * did, it builds the package again inside the write, which then holds exactly what is recorded.
 */
export function* exportStages(
  core: AppCore,
  input: ExchangeExportInput,
  drive: Drive | null = null,
): Stages<ExportView> {
  const { db, account } = core.session();
  const unit = unitInfo(db);
  const receiver = supervisorOf(db, input.to);
  const total = exportTotal(input.profile);
  const mark = changeMark(db);
  let prepared: Prepared | null = null;
  let placed: string | null = null;
  let mediumWarning: MediumCheck['warning'] = null;
  try {
    prepared = yield* preparing(core, input, drive, { now: core.now(), today: today(core.clock) }, total);
    yield { done: total - 1, total };
    return core.write(
      'exchange_export',
      'exchange_package',
      (tx, ctx) => {
        let p = prepared as Prepared;
        if (changeMark(db) !== mark) {
          // Something was written while the package was read: read it again, now inside the write.
          rmSync(p.sealed.tmp, { force: true });
          prepared = null;
          p = prepared = runStages(preparing(core, input, drive, ctx, total));
        }
        const { built, seq, path, sealed, level, medium } = p;
        mediumWarning = medium.warning;
        // Nothing may stand where the package goes (resolveOutputPath checked it before the sealing).
        resolveOutputPath(path, basename(path), '.bmx');
        const file = placeSealed(sealed, path);
        placed = path;
        const on = ctx.today;
        const nationalLevel = isNational(level) ? level : null;
        rememberSentHead(tx, input.to, built.manifest.auditHead, ctx.now);
        readBack(path, built, file, new Uint8Array(activeKey(db, 'sign').publicKey));
        const fileName = basename(path);
        logMediumWrite(tx, ctx, medium, {
          who: account.displayName,
          personId: null,
          what: `写入报送数据包 ${fileName}`,
          level: nationalLevel,
          bytes: file.bytes,
        });
        const carrierId = registerInTx(
          tx,
          ctx,
          CarrierRegisterInput.parse({
            source: 'produced',
            type: input.media.type,
            name: `报送数据包：${unit.name}→${receiver.name} 第${seq}号（${EXCHANGE_PROFILE_LABELS[input.profile]}）`,
            docNo: fileName.slice(0, 60),
            issuer: unit.name,
            level,
            term: isNational(level)
              ? { kind: 'period', years: MAX_TERM_YEARS[level] }
              : isCommercial(level)
                ? { kind: 'long_term' }
                : { kind: 'condition', condition: '所含登记事项全部解密后' },
            issuedOn: on,
            registeredOn: on,
            needToKnow: [receiver.name, `${unit.name}保密员`],
            copyCount: 1,
            department: input.media.department,
            custodian: input.media.custodian ?? account.displayName,
            location: input.media.location,
            storageReason: input.media.storageReason,
            notes: `数据包校验值 ${built.packageHash}`,
            classification: {
              proposerName: account.displayName,
              classifierName: input.media.classifierName ?? account.displayName,
              decidedOn: on,
              reason: '按所含载体台账的最高密级确定',
            },
          }),
          true,
          // A package usually leaves with its bearer the same day: its place is checked once one is stated.
          { checkPlace: Boolean(input.media.location) },
        );
        // The package is itself a carrier, registered in the same write.
        ctx.touch('carriers');
        const counts = countsOf(built.manifest);
        tx.insert(exchangeOutgoing)
          .values({
            receiverCode: input.to,
            seq,
            packageHash: built.packageHash,
            prevHash: built.manifest.prevHash,
            profile: input.profile,
            // The snapshot's time, as the manifest says: the base of the next incremental.
            createdAt: built.manifest.createdAt,
            rowVersion: built.rowVersion,
            baseSeq: built.manifest.baseSeq,
            fileName,
            fileSha256: file.sha256,
            fileSize: file.bytes,
            counts: canonicalJson(counts),
            carrierId,
            createdBy: ctx.accountId,
          })
          .run();
        const carrierNo =
          tx.select({ no: carriers.carrierNo }).from(carriers).where(eq(carriers.id, carrierId)).get()?.no ??
          '';
        const view: ExportView = {
          path,
          seq,
          profile: input.profile,
          packageHash: built.packageHash,
          fileSha256: file.sha256,
          bytes: file.bytes,
          counts,
          carrierId,
          carrierNo,
          verified: true,
          ...(mediumWarning ? { mediumWarning: mediumWarning.message } : {}),
        };
        return view;
      },
      (v) => ({
        entityId: `${input.to}/${v.seq}`,
        detail: {
          to: input.to,
          seq: v.seq,
          profile: v.profile,
          packageHash: v.packageHash,
          fileSha256: v.fileSha256,
          carrierId: v.carrierId,
          counts: v.counts,
          ...(mediumWarning ? { mediumWarning } : {}),
        },
      }),
    );
  } catch (e) {
    // Nothing was recorded: the file must not stay behind as an unregistered 涉密载体.
    if (placed) rmSync(placed, { force: true });
    throw e;
  } finally {
    // Stopped, failed or refused before the write: the sealed file never leaves its temporary name.
    if (prepared && !placed) rmSync(prepared.sealed.tmp, { force: true });
  }
}

export function listOutgoing(db: Pick<Db, 'select'>, to?: string): OutgoingView[] {
  return db
    .select()
    .from(exchangeOutgoing)
    .where(to ? eq(exchangeOutgoing.receiverCode, to) : undefined)
    .orderBy(desc(exchangeOutgoing.id))
    .all()
    .map((o) => ({
      receiverCode: o.receiverCode,
      seq: o.seq,
      profile: o.profile,
      createdAt: o.createdAt,
      packageHash: o.packageHash,
      fileName: o.fileName,
      bytes: o.fileSize,
      counts: JSON.parse(o.counts) as Record<string, number>,
      carrierId: o.carrierId,
      acknowledgedAt: o.acknowledgedAt,
    }));
}
