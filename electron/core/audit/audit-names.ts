// Who acted and on what, as the auditor knows them: a page of the log names its actors (display names) and the
// records its entries touched (a carrier's 编号 and name, a person's name …). Each kind is looked up once for
// the whole page, by primary key, so a page of 500 entries costs a few indexed queries, never one per row.
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type AuditEntity, ENTITY_DOMAINS } from '../../../db/domain/domains';
import { fingerprintText } from '../../../db/domain/fingerprint';
import {
  APPROVAL_DECISION_LABELS,
  APPROVAL_KIND_LABELS,
  AUDIT_ENTITY_LABELS,
  CLEARANCE_LABELS,
  LEAVING_KIND_LABELS,
  PASSPORT_KIND_LABELS,
  AGREEMENT_KIND_LABELS,
} from '../../../db/domain/labels';
import type { Clearance, LeavingKind, PassportKind } from '../../../db/domain/vocab';
import type { AgreementKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { AuditEntryView } from '../../ipc/schemas/audit';
import type { auditLog } from '../../../db/schema';
import {
  accounts,
  allowanceStatements,
  approvalRequests,
  approvals,
  attachments,
  carriers,
  classificationItems,
  clearanceDecisions,
  counterparts,
  departments,
  destructionBatches,
  inventories,
  leavingProcedures,
  passports,
  persons,
  privateTravel,
  unitKeys,
  unitProfile,
  agreements,
  appraisals,
  sanctions,
  staffMembers,
  trainingSessions,
} from '../../../db/schema';
import { inList } from '../util/in-list';

type Reader = Pick<Db, 'select'>;
type Row = typeof auditLog.$inferSelect;
type Named = Pick<Row, 'accountId' | 'actor' | 'entity' | 'entityId'>;
/** A page's records of one kind by their audit `entity_id`: id → the name people know it by. */
type Names = Map<string, string>;

export interface AuditNames {
  /** The account's display name; 系统 for what the program did on its own. */
  actorName: string;
  /** The record as the clerk knows it; the kind alone when the entry names none; kind and id when it is gone. */
  entityName: string;
}

/** Integer ids among the page's `entity_id`s (text in the log); anything else cannot name a row. */
const intIds = (ids: string[]) => ids.filter((i) => /^\d{1,15}$/.test(i)).map(Number);

const named = <R>(rows: R[], id: (r: R) => string | number, name: (r: R) => string): Names =>
  new Map(rows.map((r) => [String(id(r)), name(r)]));

/** Fingerprint groups of a unit key: its id is the hex the fingerprint is made of (keys.ts `fingerprint`). */
const keyFingerprint = fingerprintText;

/** A kind named by a column of its own row (or a text made from it), found by its integer id. */
function byId(table: SQLiteTable, id: SQLiteColumn, name: SQLiteColumn, show = (n: string) => n) {
  return (db: Reader, ids: string[]): Names =>
    named(
      db
        .select({ id, name })
        .from(table)
        .where(inList(id, intIds(ids)))
        .all(),
      (r) => String(r.id),
      (r) => show(String(r.name)),
    );
}

/** A kind that belongs to a person: named by the person's name and a detail of its own row. */
function ofPerson(
  table: SQLiteTable,
  id: SQLiteColumn,
  personId: SQLiteColumn,
  detail: SQLiteColumn,
  show: (person: string, detail: string) => string,
) {
  return (db: Reader, ids: string[]): Names =>
    named(
      db
        .select({ id, detail, person: persons.name })
        .from(table)
        .innerJoin(persons, eq(persons.id, personId))
        .where(inList(id, intIds(ids)))
        .all(),
      (r) => String(r.id),
      (r) => show(r.person, String(r.detail)),
    );
}

/** One query per kind that names a record; the kinds that name none are shown by their label alone. */
const NAMERS: Partial<Record<AuditEntity, (db: Reader, ids: string[]) => Names>> = {
  carrier: (db, ids) =>
    named(
      db
        .select({ id: carriers.id, no: carriers.carrierNo, name: carriers.name })
        .from(carriers)
        .where(inList(carriers.id, intIds(ids)))
        .all(),
      (r) => r.id,
      (r) => `${r.no} ${r.name}`,
    ),
  person: byId(persons, persons.id, persons.name),
  department: byId(departments, departments.id, departments.name),
  classification_item: byId(classificationItems, classificationItems.id, classificationItems.name),
  attachment: byId(attachments, attachments.id, attachments.fileName),
  destruction: byId(
    destructionBatches,
    destructionBatches.id,
    destructionBatches.batchNo,
    (n) => `销毁批次 ${n}`,
  ),
  unit: byId(unitProfile, unitProfile.id, unitProfile.name),
  clearance_decision: ofPerson(
    clearanceDecisions,
    clearanceDecisions.id,
    clearanceDecisions.personId,
    clearanceDecisions.toClearance,
    (p, to) => `${p} 涉密等级审定（${CLEARANCE_LABELS[to as Clearance] ?? to}）`,
  ),
  leaving: ofPerson(
    leavingProcedures,
    leavingProcedures.id,
    leavingProcedures.personId,
    leavingProcedures.kind,
    (p, kind) => `${p} ${LEAVING_KIND_LABELS[kind as LeavingKind] ?? kind}`,
  ),
  private_travel: ofPerson(
    privateTravel,
    privateTravel.id,
    privateTravel.personId,
    privateTravel.destination,
    (p, to) => `${p} 赴${to}`,
  ),
  passport: ofPerson(
    passports,
    passports.id,
    passports.personId,
    passports.kind,
    (p, kind) => `${p}的${PASSPORT_KIND_LABELS[kind as PassportKind] ?? kind}`,
  ),
  approval: (db, ids) =>
    named(
      db
        .select({
          id: approvals.id,
          kind: approvals.kind,
          decision: approvals.decision,
          approver: approvals.approverName,
          account: accounts.displayName,
        })
        .from(approvals)
        .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
        .where(inList(approvals.id, intIds(ids)))
        .all(),
      (r) => r.id,
      (r) =>
        `${APPROVAL_KIND_LABELS[r.kind]}审批：${r.account ?? r.approver ?? ''} ${APPROVAL_DECISION_LABELS[r.decision]}`,
    ),
  approval_request: (db, ids) =>
    named(
      db
        .select({ id: approvalRequests.id, kind: approvalRequests.kind, summary: approvalRequests.summary })
        .from(approvalRequests)
        .where(inList(approvalRequests.id, intIds(ids)))
        .all(),
      (r) => r.id,
      (r) => `${APPROVAL_KIND_LABELS[r.kind]}申请：${r.summary}`,
    ),
  allowance_statement: (db, ids) =>
    named(
      db
        .select({ id: allowanceStatements.id, period: allowanceStatements.period, dept: departments.name })
        .from(allowanceStatements)
        .leftJoin(departments, eq(departments.id, allowanceStatements.departmentId))
        .where(inList(allowanceStatements.id, intIds(ids)))
        .all(),
      (r) => r.id,
      (r) => `${r.period} 保密津贴发放表（${r.dept ?? '全单位'}）`,
    ),
  inventory: (db, ids) =>
    named(
      db
        .select({ id: inventories.id, on: inventories.startedOn, scope: inventories.scopeLabel })
        .from(inventories)
        .where(inList(inventories.id, intIds(ids)))
        .all(),
      (r) => r.id,
      (r) => `${r.on} 清点（${r.scope}）`,
    ),
  counterpart: (db, ids) =>
    named(
      db
        .select({ code: counterparts.unitCode, name: counterparts.name })
        .from(counterparts)
        .where(inList(counterparts.unitCode, ids))
        .all(),
      (r) => r.code,
      (r) => `${r.name}（${r.code}）`,
    ),
  // `<unit code>/<seq>`: the package's sender or receiver, by its name.
  exchange_package: (db, ids) => {
    const units = db
      .select({ code: counterparts.unitCode, name: counterparts.name })
      .from(counterparts)
      .where(inList(counterparts.unitCode, [...new Set(ids.map((i) => i.split('/')[0] ?? ''))]))
      .all();
    const byCode = new Map(units.map((u) => [u.code, u.name]));
    const out: Names = new Map();
    for (const id of ids) {
      const [code = '', seq] = id.split('/');
      const name = byCode.get(code);
      if (name && seq) out.set(id, `${name} 第 ${seq} 号数据包`);
    }
    return out;
  },
  training_session: byId(trainingSessions, trainingSessions.id, trainingSessions.topic, (t) => `培训：${t}`),
  staff_member: byId(staffMembers, staffMembers.id, staffMembers.name),
  sanction: byId(sanctions, sanctions.id, sanctions.matter, (m) => `奖惩：${m}`),
  agreement: byId(
    agreements,
    agreements.id,
    agreements.kind,
    (k) => AGREEMENT_KIND_LABELS[k as AgreementKind] ?? k,
  ),
  appraisal: ofPerson(
    appraisals,
    appraisals.id,
    appraisals.personId,
    appraisals.year,
    (p, y) => `${p} ${y} 年度保密考核`,
  ),
  unit_key: (db, ids) =>
    named(
      db
        .select({ id: unitKeys.keyId, purpose: unitKeys.purpose })
        .from(unitKeys)
        .where(inList(unitKeys.keyId, ids))
        .all(),
      (r) => r.id,
      (r) => `${r.purpose === 'sign' ? '签名密钥' : '加密密钥'}（指纹 ${keyFingerprint(r.id)}）`,
    ),
};

const isEntity = (e: string): e is AuditEntity => Object.hasOwn(ENTITY_DOMAINS, e);

/** The actors and entities of one page of the log, named: one lookup per kind present on the page. */
export function auditNamer(db: Reader, rows: readonly Row[]): (r: Named) => AuditNames {
  const idsByKind = new Map<AuditEntity, Set<string>>();
  const accountIds = new Set<number>();
  for (const r of rows) {
    if (r.accountId !== null) accountIds.add(r.accountId);
    if (r.entityId === null || !isEntity(r.entity)) continue;
    // Accounts are named together with the actors: one query for both.
    if (r.entity === 'account' && /^\d{1,15}$/.test(r.entityId)) accountIds.add(Number(r.entityId));
    else if (NAMERS[r.entity])
      idsByKind.set(r.entity, (idsByKind.get(r.entity) ?? new Set()).add(r.entityId));
  }
  const people = accountIds.size
    ? db
        .select({ id: accounts.id, name: accounts.displayName, username: accounts.username })
        .from(accounts)
        .where(inList(accounts.id, [...accountIds]))
        .all()
    : [];
  const accountNames = new Map(people.map((a) => [a.id, a]));
  const names = new Map<AuditEntity, Names>([
    [
      'account',
      named(
        people,
        (a) => a.id,
        (a) => `${a.name}（${a.username}）`,
      ),
    ],
  ]);
  for (const [kind, ids] of idsByKind) names.set(kind, NAMERS[kind]?.(db, [...ids]) ?? new Map());

  return (r) => {
    const actorName =
      r.accountId === null
        ? r.actor === 'system'
          ? '系统'
          : r.actor
        : (accountNames.get(r.accountId)?.name ?? `${r.actor}（账户 ${r.accountId} 已不存在）`);
    if (!isEntity(r.entity))
      return { actorName, entityName: r.entityId ? `${r.entity} ${r.entityId}` : r.entity };
    const kind = AUDIT_ENTITY_LABELS[r.entity];
    if (r.entityId === null) return { actorName, entityName: kind };
    // A kind that names no record (settings, print …) has nothing to be gone: its id is shown as written.
    if (r.entity !== 'account' && !NAMERS[r.entity])
      return { actorName, entityName: `${kind} ${r.entityId}` };
    const name = names.get(r.entity)?.get(r.entityId);
    return { actorName, entityName: name ?? `${kind} ${r.entityId}（已不存在）` };
  };
}

/** A page of the log as the auditor reads it: each entry with its names (its chain link stays inside). */
export function auditEntryViews(db: Reader, rows: readonly Row[]): AuditEntryView[] {
  const nameOf = auditNamer(db, rows);
  return rows.map(({ prevHash: _p, ...r }) => ({ ...r, ...nameOf(r) }));
}
