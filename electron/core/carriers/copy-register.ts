// 复制登记表 of a period (REFERENCE.md §2.1 复印, DOMAIN.md: copying 机密/秘密 needs an approval "and a register
// entry"): one row per 复制/摘录, read from the 复制 events on the originals — the record of the act, kept
// forever — joined to the original, the copies it made and the approvals it rests on.
import { and, asc, count, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { accounts, approvals, carrierCopies, carrierEvents, carriers } from '../../../db/schema';
import type {
  CopyApprovalLine,
  CopyRegisterInput,
  CopyRegisterRow,
  CopyRegisterView,
} from '../../ipc/schemas/carriers-copy-register';
import type { z } from 'zod';
import { addPeriod, yearOf } from '../util/dates';

type Reader = Pick<Db, 'select'>;

/**
 * One call returns the whole period, because the register is printed whole: a unit makes at most a few
 * thousand copies a year, and a period with more rows than this is refused with a request to narrow it
 * rather than printed in part.
 */
export const COPY_REGISTER_MAX_ROWS = 5000;
const MAX_SPAN_YEARS = 5;

export interface CopyRegisterQuery {
  from: string;
  to: string;
  department: string | null;
}

/** The period asked for, or the calendar year of `today`; a reversed or over-long period is refused. */
export function copyRegisterPeriod(
  input: z.output<typeof CopyRegisterInput>,
  today: string,
): CopyRegisterQuery {
  const year = yearOf(input.from ?? input.to ?? today);
  const from = input.from ?? `${year}-01-01`;
  const to = input.to ?? `${year}-12-31`;
  if (to < from) {
    throw new AppException('VALIDATION', '截止日期不能早于起始日期。', {
      fields: [{ path: 'to', message: '截止日期不能早于起始日期' }],
    });
  }
  if (to >= addPeriod(from, MAX_SPAN_YEARS, 0)) {
    throw new AppException('VALIDATION', `复制登记表一次最多打印 ${MAX_SPAN_YEARS} 年，请缩短期间。`, {
      fields: [{ path: 'to', message: `期间不能超过 ${MAX_SPAN_YEARS} 年` }],
    });
  }
  return { from, to, department: input.department ?? null };
}

const copy = alias(carriers, 'copy');
const approverAccount = alias(accounts, 'approver_account');
const leader = alias(approvals, 'leader');
const leaderAccount = alias(accounts, 'leader_account');
const actor = alias(accounts, 'actor');

const detailOf = (path: string) => sql`json_extract(${carrierEvents.detail}, ${path})`;
/** Events recorded before the department was kept in the event fall back to the copies' department. */
const departmentExpr = sql<string | null>`coalesce(${detailOf('$.department')}, ${copy.department})`;

function where(q: CopyRegisterQuery): SQL | undefined {
  return and(
    eq(carrierEvents.kind, 'copy'),
    gte(carrierEvents.on, q.from),
    lte(carrierEvents.on, q.to),
    q.department === null ? undefined : eq(departmentExpr, q.department),
  );
}

/** The rows in date order, read from the (kind, date) index (pinned by a query-plan test). */
export function copyRegisterQuery(db: Reader, q: CopyRegisterQuery) {
  return db
    .select({
      eventId: carrierEvents.id,
      on: carrierEvents.on,
      detail: carrierEvents.detail,
      original: {
        id: carriers.id,
        carrierNo: carriers.carrierNo,
        name: carriers.name,
        docNo: carriers.docNo,
        issuer: carriers.issuer,
        source: carriers.source,
        level: carriers.level,
        pages: carriers.pages,
      },
      copyId: copy.id,
      copyNo: copy.carrierNo,
      copyLevel: copy.level,
      copyDepartment: copy.department,
      copyCustodian: copy.custodianName,
      firstCopyNo: sql<
        number | null
      >`(SELECT min(${carrierCopies.copyNo}) FROM ${carrierCopies} WHERE ${carrierCopies.carrierId} = ${copy.id})`,
      lastCopyNo: sql<
        number | null
      >`(SELECT max(${carrierCopies.copyNo}) FROM ${carrierCopies} WHERE ${carrierCopies.carrierId} = ${copy.id})`,
      approval: {
        name: sql<string | null>`coalesce(${approverAccount.displayName}, ${approvals.approverName})`,
        title: approvals.approverTitle,
        decidedAt: approvals.decidedAt,
        documentNo: approvals.documentNo,
      },
      leader: {
        name: sql<string | null>`coalesce(${leaderAccount.displayName}, ${leader.approverName})`,
        title: leader.approverTitle,
        decidedAt: leader.decidedAt,
        documentNo: leader.documentNo,
      },
      handledBy: actor.displayName,
    })
    .from(carrierEvents)
    .innerJoin(carriers, eq(carriers.id, carrierEvents.carrierId))
    .leftJoin(copy, eq(copy.id, detailOf('$.copyCarrierId')))
    .leftJoin(approvals, eq(approvals.id, carrierEvents.approvalId))
    .leftJoin(approverAccount, eq(approverAccount.id, approvals.approverAccountId))
    .leftJoin(leader, eq(leader.id, detailOf('$.leaderApprovalId')))
    .leftJoin(leaderAccount, eq(leaderAccount.id, leader.approverAccountId))
    .leftJoin(actor, eq(actor.id, carrierEvents.accountId))
    .where(where(q))
    .orderBy(asc(carrierEvents.on), asc(carrierEvents.id));
}

export function copyRegisterCountQuery(db: Reader, q: CopyRegisterQuery) {
  const base = db.select({ n: count() }).from(carrierEvents);
  return (q.department === null ? base : base.leftJoin(copy, eq(copy.id, detailOf('$.copyCarrierId')))).where(
    where(q),
  );
}

interface CopyEventDetail {
  mode?: 'copy' | 'excerpt';
  count?: number;
  purpose?: string;
  department?: string;
  custodian?: string;
}

type Line = {
  name: string | null;
  title: string | null;
  decidedAt: string | null;
  documentNo: string | null;
};

function approvalLine(a: Line | null): CopyApprovalLine[] {
  return a?.name && a.decidedAt
    ? [{ name: a.name, title: a.title, decidedAt: a.decidedAt, documentNo: a.documentNo }]
    : [];
}

export function copyRegister(
  db: Reader,
  input: z.output<typeof CopyRegisterInput>,
  today: string,
): CopyRegisterView {
  const q = copyRegisterPeriod(input, today);
  const total = copyRegisterCountQuery(db, q).get()?.n ?? 0;
  if (total > COPY_REGISTER_MAX_ROWS) {
    throw new AppException(
      'VALIDATION',
      `这段期间共有 ${total} 次复制，超过一张登记表的上限 ${COPY_REGISTER_MAX_ROWS} 行。请缩短期间（例如按季度）或按部门打印。`,
      { fields: [{ path: 'to', message: '期间内复制记录过多，请缩短期间' }] },
    );
  }
  const rows = copyRegisterQuery(db, q)
    .all()
    .map((r): CopyRegisterRow => {
      const d = JSON.parse(r.detail) as CopyEventDetail;
      return {
        eventId: r.eventId,
        copiedOn: r.on,
        mode: d.mode === 'excerpt' ? 'excerpt' : 'copy',
        original: r.original,
        copy:
          r.copyId === null || r.copyNo === null || r.copyLevel === null
            ? null
            : {
                id: r.copyId,
                carrierNo: r.copyNo,
                level: r.copyLevel,
                firstCopyNo: r.firstCopyNo,
                lastCopyNo: r.lastCopyNo,
              },
        count: d.count ?? 0,
        purpose: d.purpose ?? null,
        department: d.department ?? r.copyDepartment,
        custodian: d.custodian ?? r.copyCustodian,
        approvals: [...approvalLine(r.approval), ...approvalLine(r.leader)],
        handledBy: r.handledBy,
      };
    });
  return { ...q, total, rows };
}
