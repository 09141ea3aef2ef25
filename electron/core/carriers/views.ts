// What the register shows: a row per carrier (with 已到期 and 逾期 computed for today) and the detail drawer.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import {
  accounts,
  attachments,
  carrierAttachments,
  carrierCopies,
  carrierEvents,
  carrierKnowers,
  carrierMovements,
  carriers,
  classificationDecisions,
  classificationItems,
} from '../../../db/schema';
import type { CarrierDetail, CarrierRow, DecisionView, TermView } from '../../ipc/schemas/carriers';
import { maxEndOf } from './rules';
import { loadCarrier, type CarrierRecord } from './store';
import { termFromRow, termOver } from './terms';
import { copyText } from './copy-numbers';

type Reader = Pick<Db, 'select'>;

/** 已到期: still classified, and the day its term ends has passed (law art. 24: 期满自行解密; see termOver). */
export function isExpired(c: Pick<CarrierRecord, 'classState' | 'termEndsOn'>, today: string): boolean {
  return c.classState === 'classified' && termOver(c.termEndsOn, today);
}

export function toRow(c: CarrierRecord, today: string): CarrierRow {
  return {
    id: c.id,
    carrierNo: c.carrierNo,
    type: c.type,
    name: c.name,
    docNo: c.docNo,
    issuer: c.issuer,
    level: c.level,
    term: termFromRow(c),
    termEndsOn: c.termEndsOn,
    issuedOn: c.issuedOn,
    registeredOn: c.registeredOn,
    source: c.source,
    copyCount: c.copyCount,
    liveCopies: c.liveCopies,
    department: c.department,
    custodianName: c.custodianName,
    custodianKey: c.custodianKey,
    location: c.location,
    status: c.status,
    classState: c.classState,
    expired: isExpired(c, today),
    loanDueOn: c.loanDueOn,
    loanOverdue: c.loanDueOn !== null && c.loanDueOn < today,
  };
}

const json = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));

export function needToKnowOf(c: Pick<CarrierRecord, 'needToKnow'>): string[] {
  return JSON.parse(c.needToKnow) as string[];
}

export function carrierDetail(db: Reader, id: number, today: string): CarrierDetail {
  const c = loadCarrier(db, id);
  const due = new Map(
    db
      .select({ copyId: carrierMovements.copyId, dueOn: carrierMovements.dueOn })
      .from(carrierMovements)
      .where(and(eq(carrierMovements.carrierId, id), isNull(carrierMovements.returnedOn)))
      .all()
      .map((m) => [m.copyId, m.dueOn]),
  );
  const copies = db
    .select()
    .from(carrierCopies)
    .where(eq(carrierCopies.carrierId, id))
    .orderBy(asc(carrierCopies.copyNo))
    .all();
  const history = db
    .select({
      e: carrierEvents,
      copyNo: carrierCopies.copyNo,
      copyLabel: carrierCopies.copyLabel,
      actor: accounts.displayName,
    })
    .from(carrierEvents)
    .leftJoin(carrierCopies, eq(carrierCopies.id, carrierEvents.copyId))
    .leftJoin(accounts, eq(accounts.id, carrierEvents.accountId))
    .where(eq(carrierEvents.carrierId, id))
    .orderBy(asc(carrierEvents.id))
    .all();
  const decisions = db
    .select()
    .from(classificationDecisions)
    .where(eq(classificationDecisions.carrierId, id))
    .orderBy(asc(classificationDecisions.id))
    .all();
  const knowers = db
    .select()
    .from(carrierKnowers)
    .where(eq(carrierKnowers.carrierId, id))
    .orderBy(asc(carrierKnowers.id))
    .all();
  const derived = db
    .select({ id: carriers.id, carrierNo: carriers.carrierNo, copyMode: carriers.copyMode })
    .from(carriers)
    .where(eq(carriers.originalId, id))
    .orderBy(asc(carriers.id))
    .all();
  const original =
    c.originalId === null
      ? null
      : (db
          .select({ id: carriers.id, carrierNo: carriers.carrierNo })
          .from(carriers)
          .where(eq(carriers.id, c.originalId))
          .get() ?? null);
  const item =
    c.classificationItemId === null
      ? null
      : (db
          .select({ id: classificationItems.id, name: classificationItems.name })
          .from(classificationItems)
          .where(eq(classificationItems.id, c.classificationItemId))
          .get() ?? null);
  const files = db
    .select({
      attachmentId: carrierAttachments.attachmentId,
      label: carrierAttachments.label,
      fileName: attachments.fileName,
    })
    .from(carrierAttachments)
    .innerJoin(attachments, eq(attachments.id, carrierAttachments.attachmentId))
    .where(eq(carrierAttachments.carrierId, id))
    .all();
  return {
    ...toRow(c, today),
    needToKnow: needToKnowOf(c),
    pages: c.pages,
    capacity: c.capacity,
    original,
    copyMode: c.copyMode,
    copyStamp: c.copyStamp,
    ownClassification: c.ownClassification === 1,
    secretPoints: c.secretPoints,
    classificationItem: item,
    signedBy: c.signedBy,
    notes: c.notes,
    declassifiedOn: c.declassifiedOn,
    lastReviewYear: c.lastReviewYear,
    copies: copies.map((k) => ({
      id: k.id,
      copyNo: k.copyNo,
      copyText: copyText(k),
      status: k.status,
      holderName: k.holderName,
      holderDept: k.holderDept,
      holderKey: k.holderKey,
      dueOn: due.get(k.id) ?? null,
    })),
    history: history.map(({ e, copyNo, copyLabel, actor }) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      at: e.at,
      copyNo: copyNo ?? null,
      copyText: copyNo === null ? null : copyText({ copyNo, copyLabel }),
      counterpart: e.counterpart,
      actor: actor ?? null,
      approvalId: e.approvalId,
      detail: JSON.parse(e.detail) as unknown,
    })),
    decisions: decisions.map((d): DecisionView => ({
      id: d.id,
      kind: d.kind,
      decidedOn: d.decidedOn,
      proposerName: d.proposerName,
      decidedBy: d.decidedBy,
      authority: d.authority,
      reason: d.reason,
      levelBefore: d.levelBefore,
      levelAfter: d.levelAfter,
      termBefore: json<TermView>(d.termBefore),
      termAfter: json<TermView>(d.termAfter),
      rangeBefore: json<string[]>(d.rangeBefore),
      rangeAfter: json<string[]>(d.rangeAfter),
      noticeNo: d.noticeNo,
      noticeTo: d.noticeTo,
      reviewYear: d.reviewYear,
      maxEndsOn: d.levelAfter ? maxEndOf(d.levelAfter, c.issuedOn) : null,
      beyondMax: json<DecisionView['beyondMax']>(d.beyondMax),
    })),
    knowers: knowers.map((k) => ({
      id: k.id,
      name: k.name,
      department: k.department,
      knownOn: k.knownOn,
      how: k.how,
      withinRange: k.withinRange === 1,
      approvalId: k.approvalId,
    })),
    derived,
    attachments: files,
  };
}
