// Requests for approval decided in the app: the clerk files one, a 领导 decides it with his own login, and
// the action it allows consumes it once. The decision is the same `approvals` row a paper approval makes.
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { ApprovalKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { accounts, approvalRequests } from '../../../db/schema';
import type {
  RequestCreateInput,
  RequestDecideInput,
  RequestListInput,
  RequestView,
} from '../../ipc/schemas/approvals';
import type { Page } from '../../ipc/schemas/common';
import type { AppCore } from '../app-core';
import { canonicalJson } from '../util/canonical-json';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { approvalsById, recordApproval } from './approvals.service';
import { listParam } from '../util/in-list';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;
type RequestRow = typeof approvalRequests.$inferSelect;

/** A request that cannot serve: the refusal lands on the form's request field. */
function refuseRequest(rule: string, message: string): never {
  refuse(rule, message, 'approval.requestId');
}

function loadRequest(tx: Pick<Db, 'select'>, id: number): RequestRow {
  const r = tx.select().from(approvalRequests).where(eq(approvalRequests.id, id)).get();
  if (!r) {
    throw new AppException('NOT_FOUND', '找不到该审批申请。', {
      fields: [{ path: 'requestId', message: '申请不存在' }],
    });
  }
  return r;
}

type RequestListQuery = z.output<typeof RequestListInput> & { ids?: number[] };

/** The page's condition, its values bound by `b` (the ids as one JSON text). */
function requestWhere(input: RequestListQuery, b: Bindings) {
  return and(
    input.status ? eq(approvalRequests.status, b.bind('status', input.status)) : undefined,
    input.kind ? eq(approvalRequests.kind, b.bind('kind', input.kind)) : undefined,
    input.ids
      ? sql`${approvalRequests.id} IN (SELECT value FROM json_each(${b.bind('ids', listParam(input.ids))}))`
      : undefined,
  );
}

function requestQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select({ r: approvalRequests, by: accounts.displayName })
      .from(approvalRequests)
      .innerJoin(accounts, eq(accounts.id, approvalRequests.requestedBy))
      .where(where)
      .orderBy(desc(approvalRequests.requestedAt), desc(approvalRequests.id)),
    count: db.select({ n: count() }).from(approvalRequests).where(where),
  };
}

/** One page of requests as a query built whole, with its values in the SQL. */
export function requestPageQuery(db: Pick<Db, 'select'>, input: RequestListQuery) {
  return pageOf(requestQuestion(db, requestWhere(input, Bindings.inline())).rows, input);
}

export function listRequests(db: Db, input: RequestListQuery): Page<RequestView> {
  const b = Bindings.placeholders();
  const where = requestWhere(input, b);
  // Prepared once for each set of filters asked (util/paging.ts): only the values change.
  const { total, rows } = pageByShape(db, `approval_requests:${b.names}`, b, input, () =>
    requestQuestion(db, where),
  );
  // The decisions of the whole page in one read (one per request cost 13× the plain query at 3,000 requests).
  const ids = rows.flatMap(({ r }) => (r.approvalId === null ? [] : [r.approvalId]));
  const decided = approvalsById(db, ids);
  return {
    total,
    rows: rows.map(({ r, by }) => ({
      id: r.id,
      kind: r.kind,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      summary: r.summary,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      status: r.status,
      requestedBy: by,
      requestedAt: r.requestedAt,
      approval: r.approvalId === null ? null : (decided.get(r.approvalId) ?? null),
      closedAt: r.closedAt,
    })),
  };
}

function viewOf(core: AppCore, id: number): RequestView {
  const v = listRequests(core.session().db, { page: 1, pageSize: 1, ids: [id] }).rows[0];
  if (!v) throw new AppException('INTERNAL', '审批申请保存后无法读取。');
  return v;
}

export function fileRequest(core: AppCore, input: z.output<typeof RequestCreateInput>): RequestView {
  const row = core.write(
    'approval_request',
    'approval_request',
    (tx, ctx) =>
      tx
        .insert(approvalRequests)
        .values({
          kind: input.kind,
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          summary: input.summary,
          detail: canonicalJson(input.detail),
          status: 'pending',
          requestedBy: ctx.accountId,
          requestedAt: ctx.now,
        })
        .returning()
        .get(),
    (r) => ({ entityId: r.id, detail: input }),
  );
  return viewOf(core, row.id);
}

/**
 * A 领导 decides a pending request. The approver is the logged-in account itself — the only way an
 * account's name gets onto an approval — and the decision date is today.
 */
export function decideRequest(core: AppCore, input: z.output<typeof RequestDecideInput>): RequestView {
  core.write(
    'approval_decide',
    'approval_request',
    (tx, ctx) => {
      const r = loadRequest(tx, input.requestId);
      if (r.status !== 'pending') {
        throw new AppException('CONFLICT', '该申请已经处理过（已审批、已撤回或已使用），不能再次审批。');
      }
      if (r.requestedBy === ctx.accountId) refuseRequest('no_self_approval', '不能审批自己提出的申请。');
      const a = recordApproval(
        tx,
        {
          kind: r.kind,
          subjectType: r.subjectType,
          subjectId: r.subjectId,
          approver: { type: 'account', accountId: ctx.accountId },
          decision: input.decision,
          decidedAt: ctx.today,
          opinion: input.opinion,
        },
        ctx.accountId,
        ctx.now,
      );
      tx.update(approvalRequests)
        .set({ status: input.decision, approvalId: a.id, closedAt: ctx.now })
        .where(eq(approvalRequests.id, r.id))
        .run();
      return a;
    },
    (a) => ({
      entityId: input.requestId,
      detail: { decision: input.decision, opinion: input.opinion ?? null, approvalId: a.id },
    }),
  );
  return viewOf(core, input.requestId);
}

export function withdrawRequest(core: AppCore, requestId: number): RequestView {
  core.write(
    'approval_withdraw',
    'approval_request',
    (tx, ctx) => {
      const r = loadRequest(tx, requestId);
      if (r.status !== 'pending') throw new AppException('CONFLICT', '只能撤回尚未审批的申请。');
      tx.update(approvalRequests)
        .set({ status: 'withdrawn', closedAt: ctx.now })
        .where(eq(approvalRequests.id, requestId))
        .run();
    },
    () => ({ entityId: requestId }),
  );
  return viewOf(core, requestId);
}

const NOT_USABLE: Record<Exclude<RequestRow['status'], 'approved'>, [string, string]> = {
  pending: ['approval_pending', '该申请尚未审批，不能办理。'],
  rejected: ['approval_not_granted', '该申请未获批准，不能办理。'],
  used: ['approval_already_used', '该审批已用于另一次办理，一次审批只能办理一次。'],
  withdrawn: ['approval_pending', '该申请已撤回，不能办理。'],
};

/**
 * The action an approved request allows takes it, inside the action's transaction: it must be approved,
 * for this kind of matter and (for a carrier) this carrier, and not used before. Returns its approval.
 */
export function consumeRequest(
  tx: Tx,
  requestId: number,
  kind: ApprovalKind,
  subject: { type: string; id: string | number },
  now: string,
): number {
  const r = loadRequest(tx, requestId);
  if (r.status !== 'approved') refuseRequest(...NOT_USABLE[r.status]);
  if (r.kind !== kind) refuseRequest('approval_wrong_matter', '该审批不是针对此项事务的，不能用于本次办理。');
  if (r.subjectType === subject.type && r.subjectId !== String(subject.id)) {
    refuseRequest('approval_wrong_matter', '该审批针对的是另一份载体或另一事项，不能用于本次办理。');
  }
  tx.update(approvalRequests)
    .set({ status: 'used', closedAt: now })
    .where(eq(approvalRequests.id, requestId))
    .run();
  return r.approvalId as number;
}
