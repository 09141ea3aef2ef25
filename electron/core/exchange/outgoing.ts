// The unit's side: write a package to media (itself a 涉密载体), and take the supervisor's receipt back.
import { rmSync } from 'node:fs';
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
import { resolveOutputPath } from '../util/output-path';
import { buildOutgoing, type Built } from './build';
import { getCounterpart } from './counterparts';
import { countsOf, GENESIS_PACKAGE_HASH } from './manifest';
import { readBack, writePackage, type Written } from './media';

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

/**
 * `drive`: the removable drive `outPath` is on (files' driveOfPath), checked against the register of media
 * before anything is written; null for the PC's own disk.
 */
export function exportPackage(
  core: AppCore,
  input: ExchangeExportInput,
  drive: Drive | null = null,
): ExportView {
  const { db, account } = core.session();
  const unit = unitInfo(db);
  const receiver = getCounterpart(db, input.to);
  if (!receiver || receiver.role !== 'supervisor') {
    throw new AppException('NOT_FOUND', `未登记上级单位 ${input.to} 的公钥。请先导入并核对上级单位的公钥。`, {
      fields: [{ path: 'to', message: '未登记的上级单位' }],
    });
  }
  let written: string | null = null;
  let mediumWarning: MediumCheck['warning'] = null;
  try {
    return core.write(
      'exchange_export',
      'exchange_package',
      (tx, ctx) => {
        const on = ctx.today;
        const last = tx
          .select()
          .from(exchangeOutgoing)
          .where(eq(exchangeOutgoing.receiverCode, input.to))
          .orderBy(desc(exchangeOutgoing.seq))
          .limit(1)
          .get();
        const seq = (last?.seq ?? 0) + 1;
        const acked = input.profile === 'incremental' ? lastAcknowledged(tx, input.to) : undefined;
        if (input.profile === 'incremental' && !acked) {
          throw new AppException(
            'RULE',
            '尚无上级单位确认收到的数据包，不能做增量报送。请先做一次全量报送，并导入上级单位的回执。',
            {
              rule: 'incremental_needs_acknowledged',
            },
          );
        }
        const built = buildOutgoing(db, {
          receiver,
          profile: input.profile,
          seq,
          prevHash: last?.packageHash ?? GENESIS_PACKAGE_HASH,
          base: acked ? { seq: acked.seq, createdAt: acked.createdAt } : null,
          year: input.year ?? Number(on.slice(0, 4)),
          now: ctx.now,
          today: on,
        });
        const name = `报送-${unit.unitCode}-${input.to}-${String(seq).padStart(4, '0')}.bmx`;
        let path: string;
        let file: Written;
        const level = packageLevel(built, unit.hostLevel);
        const nationalLevel = isNational(level) ? level : null;
        let medium: MediumCheck;
        try {
          medium = checkMediumWrite(tx, { drive, level: nationalLevel, field: 'outPath' });
          mediumWarning = medium.warning;
          path = resolveOutputPath(input.outPath, name, '.bmx');
          file = writePackage(path, built);
        } finally {
          built.key.fill(0);
        }
        written = path;
        rememberSentHead(tx, input.to, built.manifest.auditHead, ctx.now);
        readBack(path, built, file, new Uint8Array(activeKey(db, 'sign').publicKey));
        const sha = file.sha256;
        const fileName = path.split(/[\\/]/).pop() ?? name;
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
            createdAt: ctx.now,
            baseSeq: built.manifest.baseSeq,
            fileName,
            fileSha256: sha,
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
          fileSha256: sha,
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
    if (written) rmSync(written, { force: true });
    throw e;
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
