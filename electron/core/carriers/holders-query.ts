// Who holds what, from the register: the live copies in a holder's hands with their open movement, the holders
// as the 保管人 filter lists them, and the 借阅登记 / 外出携带登记 pages (the movements of copies).
import { and, asc, count, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { accounts, approvals, carrierCopies, carrierMovements, carriers } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { CustodianView, HeldCopyView, MovementView } from '../../ipc/schemas/carriers';
import type { z } from 'zod';
import type { MovementListInput } from '../../ipc/schemas/carriers-actions';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { LIVE_STATUSES } from './store';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

type Reader = Pick<Db, 'select'>;

/** The live copies in the hands of the holder key(s) `keyCond` picks, with their open movement, newest first. */
function heldBy(db: Reader, keyCond: SQL) {
  return db
    .select({
      key: carrierCopies.holderKey,
      carrierId: carriers.id,
      carrierNo: carriers.carrierNo,
      name: carriers.name,
      docNo: carriers.docNo,
      level: carriers.level,
      copyId: carrierCopies.id,
      copyNo: carrierCopies.copyNo,
      status: carrierCopies.status,
      holderName: carrierCopies.holderName,
      holderDept: carrierCopies.holderDept,
      dueOn: carrierMovements.dueOn,
    })
    .from(carrierCopies)
    .innerJoin(carriers, eq(carriers.id, carrierCopies.carrierId))
    .leftJoin(
      carrierMovements,
      and(eq(carrierMovements.copyId, carrierCopies.id), isNull(carrierMovements.returnedOn)),
    )
    .where(and(keyCond, inArray(carrierCopies.status, [...LIVE_STATUSES])))
    .orderBy(desc(carriers.registeredOn), asc(carriers.id), asc(carrierCopies.copyNo));
}

/** The query behind "what does person X hold", exposed for its query-plan test. */
export function heldByQuery(db: Reader, custodianKey: string) {
  return heldBy(db, eq(carrierCopies.holderKey, custodianKey));
}

/**
 * What each of `keys` holds, as carriersHeldBy answers for one, in a query per 500 keys: a list of leavings under
 * way shows what each of its people still holds, and a query per person made its page ten times the plain one.
 */
export function carriersHeldByKeys(db: Reader, keys: readonly string[]): Map<string, HeldCopyView[]> {
  const out = new Map<string, HeldCopyView[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < keys.length; i += 500) {
    const q = statement(db, 'carriers:heldByKeys', () =>
      heldBy(db, inListOf(carrierCopies.holderKey, 'keys')).prepare(),
    );
    const rows = q.all({ keys: listParam(keys.slice(i, i + 500)) });
    for (const { key, ...copy } of rows) if (key !== null) out.get(key)?.push(copy);
  }
  return out;
}

/**
 * What a person holds now: every copy in their hands, whether they are its custodian, received it by
 * 分发, borrowed it or carry it. Their personal register (个人台账) is this view of the master register,
 * so the two can never disagree. Serves the personnel issue (清退 before leaving a post).
 */
export function carriersHeldBy(db: Reader, custodianKey: string): HeldCopyView[] {
  return heldByQuery(db, custodianKey)
    .all()
    .map(({ key: _, ...copy }) => copy);
}

/** Custodians with carriers still held, for the register's filter. */
export function listCustodians(db: Reader): CustodianView[] {
  return custodiansQuery(db).all();
}

/** The question listCustodians asks (its plan is pinned in query-plan.test.ts). */
export function custodiansQuery(db: Reader) {
  return db
    .select({
      key: carriers.custodianKey,
      name: sql<string>`min(${carriers.custodianName})`,
      department: sql<string>`min(${carriers.department})`,
      carriers: count(),
    })
    .from(carriers)
    .where(gt(carriers.liveCopies, 0))
    .groupBy(carriers.custodianKey)
    .orderBy(asc(carriers.custodianKey));
}

type MovementListQuery = z.output<typeof MovementListInput>;

/** 借阅登记 / 外出携带登记's condition: the kind bound by `b`; 未归还 a constant, so part of the shape. */
const movementWhere = (input: MovementListQuery, b: Bindings) =>
  and(
    input.kind ? eq(carrierMovements.kind, b.bind('kind', input.kind)) : undefined,
    input.openOnly ? isNull(carrierMovements.returnedOn) : undefined,
  );

/** 借阅登记 / 外出携带登记's page (newest first) and its count, under `where`. */
function movementQuestion(db: Reader, where: SQL | undefined) {
  return {
    rows: db
      .select({
        m: carrierMovements,
        carrierNo: carriers.carrierNo,
        name: carriers.name,
        docNo: carriers.docNo,
        level: carriers.level,
        copyNo: carrierCopies.copyNo,
        copyText: sql<string>`coalesce(${carrierCopies.copyLabel}, cast(${carrierCopies.copyNo} as text))`,
        approverName: sql<string | null>`coalesce(${accounts.displayName}, ${approvals.approverName})`,
      })
      .from(carrierMovements)
      .innerJoin(carriers, eq(carriers.id, carrierMovements.carrierId))
      .innerJoin(carrierCopies, eq(carrierCopies.id, carrierMovements.copyId))
      .leftJoin(approvals, eq(approvals.id, carrierMovements.approvalId))
      .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
      .where(where)
      .orderBy(desc(carrierMovements.id)),
    count: db.select({ n: count() }).from(carrierMovements).where(where),
  };
}

/** One page of 借阅登记 / 外出携带登记 as a query built whole, with its values in the SQL. */
export function movementPageQuery(db: Reader, input: MovementListQuery) {
  return pageOf(movementQuestion(db, movementWhere(input, Bindings.inline())).rows, input);
}

/** 借阅登记 / 外出携带登记: newest first, optionally only those not yet returned. */
export function listMovements(db: Reader, input: MovementListQuery): Page<MovementView> {
  const b = Bindings.placeholders();
  const where = movementWhere(input, b);
  // Prepared once with a kind and once without, 未归还 or not (util/paging.ts).
  const shape = `carrier_movements:${b.names}:${input.openOnly ? 'open' : 'all'}`;
  const { total, rows } = pageByShape(db, shape, b, input, () => movementQuestion(db, where));
  return {
    total,
    rows: rows.map((r) => ({
      id: r.m.id,
      kind: r.m.kind,
      carrierId: r.m.carrierId,
      carrierNo: r.carrierNo,
      name: r.name,
      docNo: r.docNo,
      level: r.level,
      copyNo: r.copyNo,
      copyText: r.copyText,
      personName: r.m.personName,
      personDept: r.m.personDept,
      outside: r.m.outside === 1,
      startedOn: r.m.startedOn,
      dueOn: r.m.dueOn,
      returnedOn: r.m.returnedOn,
      approvalId: r.m.approvalId,
      approverName: r.approverName,
    })),
  };
}
