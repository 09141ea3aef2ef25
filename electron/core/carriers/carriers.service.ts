// 登记 (收文: 清点、编号、登记、签收; 自制: with its 定密 record), corrections, attachments, reading.
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { LEVEL_RANK, type CarrierSource } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import {
  attachments,
  carrierAttachments,
  carriers,
  classificationDecisions,
  classificationItems,
} from '../../../db/schema';
import type {
  CarrierAttachInput,
  CarrierDetail,
  CarrierEditInput,
  CarrierRegisterInput,
} from '../../ipc/schemas/carriers';
import type { AppCore, WriteCtx } from '../app-core';
import type { ApprovalCtx } from '../approvals/approve';
import { canonicalJson } from '../util/canonical-json';
import { personKey } from '../util/person-key';
import { today, yearOf } from '../util/dates';
import {
  checkIssuedBeforeRegistered,
  checkLevelAllowed,
  checkTermEndsAfterIssue,
  checkTermWithinMax,
  isNational,
} from './rules';
import { refuse } from '../util/refuse';
import { carrierSettings } from './settings';
import { checkStorage, type PlaceLevels } from './storage';
import { addEvent, insertCopies, loadCarrier, refreshCarrier, type Tx } from './store';
import { copyNumbers } from './copy-numbers';
import { nextSerial } from '../util/serial';
import { placeholders, statement } from '../util/statements';
import { approve } from '../approvals/approve';
import { termColumns, termFromInput } from './terms';
import { carrierDetail } from './views';

// not labels: the first character of a carrier's number (收2026-00017), part of the number itself.
const PREFIX: Record<CarrierSource, string> = { received: '收', produced: '制', copied: '复' };

/** 编号: 收2026-00017 / 制… / 复…, the next free number of that source and year. */
export function nextCarrierNo(tx: Pick<Db, 'select'>, source: CarrierSource, on: string): string {
  return nextSerial(tx, carriers, carriers.carrierNo, `${PREFIX[source]}${yearOf(on)}-`, 5);
}

/**
 * 编号 for the carriers of one import, without asking the register for the highest number at every row: the
 * register is asked once per head (收2026-, 制2026-…), then each number registered counts on from it, which is
 * what asking again would answer while every number under the head is five digits (so the highest by text is
 * the highest by count). A head whose highest number is written otherwise is asked at every row, as before. A
 * number counts only once its carrier is registered (a refused row's savepoint gives it back); a carrier the
 * sheet numbers itself sends every head back to the register.
 */
export class CarrierNumbers {
  private readonly next = new Map<string, number>();

  constructor(private readonly tx: Pick<Db, 'select'>) {}

  /** The 编号 the next carrier of that source, registered on that day, gets (nextCarrierNo's answer). */
  for(source: CarrierSource, on: string): string {
    const head = `${PREFIX[source]}${yearOf(on)}-`;
    const known = this.next.get(head);
    if (known !== undefined) return `${head}${String(known).padStart(5, '0')}`;
    const no = nextCarrierNo(this.tx, source, on);
    const highest = this.tx
      .select({ no: carriers.carrierNo })
      .from(carriers)
      .where(and(gte(carriers.carrierNo, head), lt(carriers.carrierNo, `${head}\uffff`)))
      .orderBy(desc(carriers.carrierNo))
      .limit(1)
      .get();
    const n = Number(no.slice(head.length));
    if ((!highest || /^\d{5}$/.test(highest.no.slice(head.length))) && n <= 99_999) this.next.set(head, n);
    return no;
  }

  /** A carrier registered under `carrierNo`; `given` when the sheet wrote the number. */
  registered(carrierNo: string, given: boolean): void {
    if (given) {
      this.next.clear();
      return;
    }
    const head = carrierNo.slice(0, -5);
    const n = Number(carrierNo.slice(-5));
    if (!this.next.has(head)) return;
    if (n + 1 > 99_999) this.next.delete(head);
    else this.next.set(head, n + 1);
  }
}

function checkItem(
  tx: Pick<Db, 'select'>,
  id: number | undefined | null,
  path = 'classificationItemId',
): void {
  if (id == null) return;
  const item = tx
    .select({ id: classificationItems.id })
    .from(classificationItems)
    .where(eq(classificationItems.id, id))
    .get();
  if (!item) {
    throw new AppException('NOT_FOUND', '所选的定密依据（国家秘密事项一览表条目）不存在。', {
      fields: [{ path, message: '条目不存在' }],
    });
  }
}

/**
 * 登记 inside the caller's write (the register's own, or an exchange package's import). `ctx` is the write's;
 * its `touch`, when there, reports the approval recorded. `checkPlace`: the storage warnings (storage.ts), which
 * need a 存放说明 to answer them (the 登记 form and the exchange export's medium both carry one).
 */
export function registerInTx(
  tx: Tx,
  ctx: ApprovalCtx & Pick<WriteCtx, 'today'>,
  input: CarrierRegisterInput,
  commercial: boolean,
  opts: { checkPlace?: boolean; places?: PlaceLevels } = {},
): number {
  const term = termFromInput(input.term);
  checkIssuedBeforeRegistered(input.issuedOn, input.registeredOn, ctx.today);
  checkTermEndsAfterIssue(term, input.issuedOn);
  checkLevelAllowed(input.level, commercial);
  checkTermWithinMax(input.level, term, input.issuedOn);
  checkItem(tx, input.classificationItemId);
  const { nos, labels } = copyNumbers(input);
  if (input.source === 'received' && input.receipt.countedCopies !== input.copyCount) {
    refuse(
      'receipt_count_matches',
      `清点份数（${input.receipt.countedCopies}）与来文份数（${input.copyCount}）不符，请核实后再签收，并向来文单位反映。`,
      'receipt.countedCopies',
    );
  }
  const storage = opts.checkPlace ? checkStorage(tx, input, input.storageReason, opts.places) : null;
  const custodianKey = personKey(input.custodian, input.department);
  const own = input.source === 'produced';
  const values = {
    carrierNo: input.carrierNo ?? nextCarrierNo(tx, input.source, input.registeredOn),
    type: input.type,
    name: input.name,
    docNo: input.docNo ?? null,
    issuer: input.issuer ?? null,
    level: input.level,
    levelRank: LEVEL_RANK[input.level],
    ...termColumns(term, input.issuedOn),
    issuedOn: input.issuedOn,
    registeredOn: input.registeredOn,
    needToKnow: JSON.stringify(input.needToKnow),
    pages: input.pages ?? null,
    capacity: input.capacity ?? null,
    source: input.source,
    ownClassification: own ? 1 : 0,
    department: input.department,
    custodianName: input.custodian,
    custodianKey,
    location: input.location ?? null,
    secretPoints: input.secretPoints ?? null,
    classificationItemId: input.classificationItemId ?? null,
    signedBy: input.source === 'received' ? input.receipt.signedBy : null,
    status: 'in_custody',
    // A fresh 定密 decision counts as that year's review; only national secrets are reviewed yearly.
    lastReviewYear: own && isNational(input.level) ? yearOf(input.classification.decidedOn) : null,
    copyCount: nos.length,
    liveCopies: nos.length,
    notes: input.notes ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    createdBy: ctx.accountId,
  };
  // Prepared once per connection: an import registers thousands in one transaction (util/statements.ts).
  const insert = statement(tx, 'carriers:register', () =>
    tx.insert(carriers).values(placeholders(values)).returning({ id: carriers.id }).prepare(),
  );
  const row = insert.get(values) as { id: number };
  insertCopies(
    tx,
    ctx,
    row.id,
    nos,
    { name: input.custodian, department: input.department, key: custodianKey },
    labels,
  );
  let approvalId: number | null = null;
  if (input.source === 'produced') {
    const cl = input.classification;
    // 承办人 proposes, 定密责任人 approves (law art. 16): the approval is the 定密责任人's.
    approvalId = approve(
      tx,
      {
        approver: { type: 'person', name: cl.classifierName, title: '定密责任人' },
        decision: 'approved',
        decidedAt: cl.decidedOn,
      },
      'classify',
      { type: 'carrier', id: row.id },
      ctx,
      // 定密 comes with the secret's making, before the carrier is registered.
      { notAfter: input.registeredOn, path: 'classification.decidedOn' },
    );
    tx.insert(classificationDecisions)
      .values({
        carrierId: row.id,
        kind: 'classify',
        decidedOn: cl.decidedOn,
        proposerName: cl.proposerName,
        decidedBy: cl.classifierName,
        authority: 'own',
        reason: cl.reason ?? '依照保密事项范围确定',
        levelAfter: input.level,
        termAfter: canonicalJson(term),
        rangeAfter: JSON.stringify(input.needToKnow),
        reviewYear: yearOf(cl.decidedOn),
        basisItemId: input.classificationItemId ?? null,
        approvalId,
        createdAt: ctx.now,
        createdBy: ctx.accountId,
      })
      .run();
  }
  addEvent(tx, ctx, {
    carrierId: row.id,
    kind: 'register',
    on: input.registeredOn,
    counterpart:
      input.source === 'received' ? (input.receipt.fromUnit ?? input.issuer ?? null) : input.custodian,
    approvalId,
    detail:
      input.source === 'received'
        ? {
            source: 'received',
            copyNos: nos,
            signedBy: input.receipt.signedBy,
            counted: input.receipt.countedCopies,
            ...(storage ? { storage } : {}),
          }
        : {
            source: 'produced',
            copyNos: nos,
            proposer: input.classification.proposerName,
            classifier: input.classification.classifierName,
            ...(storage ? { storage } : {}),
          },
  });
  return row.id;
}

export function registerCarrier(core: AppCore, input: CarrierRegisterInput): CarrierDetail {
  const commercial = carrierSettings(core.session().db).commercialLevels;
  const id = core.write(
    'carrier_register',
    'carrier',
    (tx, ctx) => registerInTx(tx, ctx, input, commercial, { checkPlace: true }),
    (id) => ({
      entityId: id,
      detail: { source: input.source, level: input.level, copies: input.copyCount },
    }),
  );
  return getCarrier(core, id);
}

export function getCarrier(core: AppCore, id: number): CarrierDetail {
  return carrierDetail(core.session().db, id, today(core.clock));
}

/** Corrections of descriptive fields; level, term and range change only through 变更 with its record. */
export function editCarrier(core: AppCore, input: z.output<typeof CarrierEditInput>): CarrierDetail {
  core.write(
    'carrier_edit',
    'carrier',
    (tx, ctx) => {
      const before = loadCarrier(tx, input.carrierId);
      checkItem(tx, input.patch.classificationItemId, 'patch.classificationItemId');
      const changed = Object.fromEntries(
        Object.entries(input.patch).filter(
          ([k, v]) => v !== undefined && before[k as keyof typeof before] !== v,
        ),
      );
      // A correction that corrects nothing is not recorded (no history row, no audit entry).
      if (!Object.keys(changed).length) throw new AppException('VALIDATION', '没有修改任何内容。');
      const storage =
        'location' in changed
          ? checkStorage(
              tx,
              { id: before.id, level: before.level, location: input.patch.location },
              input.storageReason,
            )
          : null;
      tx.update(carriers)
        .set({ ...changed, updatedAt: ctx.now })
        .where(eq(carriers.id, before.id))
        .run();
      const was = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof before]]));
      addEvent(tx, ctx, {
        carrierId: before.id,
        kind: 'edit',
        on: ctx.today,
        detail: { before: was, after: changed, reason: input.reason, ...(storage ? { storage } : {}) },
      });
      refreshCarrier(tx, ctx, before.id);
      return before.id;
    },
    (id) => ({
      entityId: id,
      detail: { fields: Object.keys(input.patch), reason: input.reason },
    }),
  );
  return getCarrier(core, input.carrierId);
}

export function attachToCarrier(core: AppCore, input: z.output<typeof CarrierAttachInput>): CarrierDetail {
  core.write(
    'carrier_attach',
    'carrier',
    (tx, ctx) => {
      loadCarrier(tx, input.carrierId);
      const file = tx
        .select({ id: attachments.id })
        .from(attachments)
        .where(eq(attachments.id, input.attachmentId))
        .get();
      if (!file) {
        throw new AppException('NOT_FOUND', '扫描件不存在，请重新上传。', {
          fields: [{ path: 'attachmentId', message: '扫描件不存在' }],
        });
      }
      tx.insert(carrierAttachments)
        .values({
          carrierId: input.carrierId,
          attachmentId: input.attachmentId,
          label: input.label,
          createdAt: ctx.now,
        })
        .run();
      addEvent(tx, ctx, {
        carrierId: input.carrierId,
        kind: 'attach',
        on: ctx.today,
        detail: { attachmentId: input.attachmentId, label: input.label },
      });
      return input.carrierId;
    },
    (id) => ({
      entityId: id,
      detail: { attachmentId: input.attachmentId },
    }),
  );
  return getCarrier(core, input.carrierId);
}
