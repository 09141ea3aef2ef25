import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { getAccount } from '../../../db/repos/accounts.repo';
import { insertApproval, type ApprovalRow } from '../../../db/repos/approvals.repo';
import { accounts, approvals, attachments } from '../../../db/schema';
import type { ApprovalListInput, ApprovalRecordInput, ApprovalView } from '../../ipc/schemas/approvals';
import type { Page } from '../../ipc/schemas/common';
import type { AppCore } from '../app-core';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { subjectLabels } from './subject-label';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

type Tx = Pick<Db, 'select' | 'insert'>;

/**
 * Record one approval decision inside the caller's transaction. Registers (borrow, copy, destroy, leave,
 * travel, clearance …) call this from their own write so the approval, the action and the audit entry
 * commit together.
 */
export function recordApproval(
  tx: Tx,
  input: z.output<typeof ApprovalRecordInput>,
  recordedBy: number,
  now: string,
): ApprovalRow {
  let approverAccountId: number | null = null;
  let approverName: string | null = null;
  let approverTitle: string | null = null;
  if (input.approver.type === 'account') {
    const acc = getAccount(tx, input.approver.accountId);
    if (!acc)
      throw new AppException('NOT_FOUND', '审批人账户不存在。', {
        fields: [{ path: 'approver.accountId', message: '账户不存在' }],
      });
    if (acc.status !== 'active')
      throw new AppException('RULE', '审批人账户已停用，不能作为审批人。', { rule: 'approver_active' });
    // An account's name goes on an approval only when that account decides it itself, logged in as a 领导
    // (requests.service decideRequest). Anyone else records the paper approval of a named person instead.
    if (acc.id !== recordedBy || acc.role !== 'leader') {
      throw new AppException(
        'RULE',
        '系统内审批须由单位领导本人登录后办理；代为登记时，请选择“纸质审批”并填写审批人姓名和审批单。',
        { rule: 'approval_by_own_login', fields: [{ path: 'approver', message: '须由审批人本人登录审批' }] },
      );
    }
    approverAccountId = acc.id;
  } else {
    approverName = input.approver.name;
    approverTitle = input.approver.title ?? null;
  }
  if (input.scanAttachmentId !== undefined) {
    const scan = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.id, input.scanAttachmentId))
      .get();
    if (!scan)
      throw new AppException('NOT_FOUND', '审批单扫描件不存在，请重新上传。', {
        fields: [{ path: 'scanAttachmentId', message: '扫描件不存在' }],
      });
  }
  return insertApproval(tx, {
    kind: input.kind,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    approverAccountId,
    approverName,
    approverTitle,
    decision: input.decision,
    decidedAt: input.decidedAt,
    documentNo: input.documentNo ?? null,
    opinion: input.opinion ?? null,
    scanAttachmentId: input.scanAttachmentId ?? null,
    recordedBy,
    createdAt: now,
  });
}

export function recordApprovalAudited(
  core: AppCore,
  input: z.output<typeof ApprovalRecordInput>,
): ApprovalView {
  const row = core.write(
    'approval_record',
    'approval',
    (tx, ctx) => recordApproval(tx, input, ctx.accountId, ctx.now),
    (r) => ({ entityId: r.id, detail: input }),
  );
  const view = listApprovals(core.session().db, { page: 1, pageSize: 1, id: row.id }).rows[0];
  if (!view) throw new AppException('INTERNAL', '审批记录保存后无法读取。');
  return view;
}

/** `id` / `ids`: one approval, or those of a page of requests (read together, not one query each). */
type ListInput = z.output<typeof ApprovalListInput> & { id?: number; ids?: number[] };

/** The page's condition, its values bound by `b` (the ids as one JSON text). */
function listWhere(input: ListInput, b: Bindings): SQL | undefined {
  if (input.id !== undefined) return eq(approvals.id, b.bind('id', input.id));
  if (input.ids !== undefined)
    return sql`${approvals.id} IN (SELECT value FROM json_each(${b.bind('ids', listParam(input.ids))}))`;
  return and(
    input.kind ? eq(approvals.kind, b.bind('kind', input.kind)) : undefined,
    input.subjectType !== undefined && input.subjectId !== undefined
      ? and(
          eq(approvals.subjectType, b.bind('subjectType', input.subjectType)),
          eq(approvals.subjectId, b.bind('subjectId', input.subjectId)),
        )
      : undefined,
  );
}

/** Approvals under `where`, newest decision first, and their count. */
function approvalQuestion(db: Pick<Db, 'select'>, where: SQL | undefined) {
  return {
    rows: db
      .select({ a: approvals, accountName: accounts.displayName })
      .from(approvals)
      .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
      .where(where)
      .orderBy(desc(approvals.decidedAt), desc(approvals.id)),
    count: db.select({ n: count() }).from(approvals).where(where),
  };
}

/** One page of approvals as a query built whole, with its values (exported so a test can pin its query plan). */
export function approvalPageQuery(db: Db, input: ListInput) {
  return pageOf(approvalQuestion(db, listWhere(input, Bindings.inline())).rows, input);
}

type ApprovalJoined = { a: typeof approvals.$inferSelect; accountName: string | null };

/** The views of a page of approvals: their subjects named in one query per subject type. */
function approvalViews(db: Db, rows: ApprovalJoined[]): ApprovalView[] {
  const labels = subjectLabels(
    db,
    rows.map(({ a }) => a),
  );
  return rows.map(({ a, accountName }) => ({
    id: a.id,
    kind: a.kind,
    subjectType: a.subjectType,
    subjectId: a.subjectId,
    subjectLabel: labels.get(`${a.subjectType}:${a.subjectId}`) ?? '',
    approverName: accountName ?? a.approverName ?? '',
    approverAccountId: a.approverAccountId,
    approverTitle: a.approverTitle,
    decision: a.decision,
    decidedAt: a.decidedAt,
    documentNo: a.documentNo,
    opinion: a.opinion,
    hasScan: a.scanAttachmentId !== null,
  }));
}

export function listApprovals(db: Db, input: ListInput): Page<ApprovalView> {
  const b = Bindings.placeholders();
  const where = listWhere(input, b);
  // Prepared once for each set of filters asked (util/paging.ts): only the values change.
  const { total, rows } = pageByShape(db, `approvals:${b.names}`, b, input, () =>
    approvalQuestion(db, where),
  );
  return { total, rows: approvalViews(db, rows) };
}

/** The approvals of a page of requests by id, read together (no count: the page knows how many it asked). */
export function approvalsById(db: Db, ids: number[]): Map<number, ApprovalView> {
  if (!ids.length) return new Map();
  const q = statement(db, 'approvals:byIds', () =>
    approvalQuestion(db, inListOf(approvals.id, 'ids')).rows.prepare(),
  );
  return new Map(approvalViews(db, q.all({ ids: listParam(ids) })).map((a) => [a.id, a]));
}
