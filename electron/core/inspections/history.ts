// A unit's past checks brought in from its own ledgers (the xlsx import of the 保密检查台账): a check as it stood,
// open or closed, and each finding at the step it had reached, with the history lines the forms would have left.
// The forms' rules hold, read as of the day each thing happened: a deadline may not precede the check that set it
// (a finding still open past its deadline comes in 逾期, as it is); a 上级检查's findings carry deadlines; the
// verifier is neither the one answering for the finding nor the one who did the work; a closed check holds only
// findings closed or carried over (a carried-over finding keeps its step and its reason, and stays open), and only
// a closed check carries any over. No checklist comes with a past check: the ledger kept none.
import { and, eq } from 'drizzle-orm';
import type { CheckArea, CheckKind, FindingSeverity, FindingStatus } from '../../../db/domain/vocab';
import { findings, inspections } from '../../../db/schema';
import { scopeDepartmentIds } from '../../ipc/schemas/inspections';
import type { Tx, WriteCtx } from '../app-core';
import { refuse } from '../util/refuse';
import { checkCloseCarryOver, checkSuperiorDeadline, checkVerifier, findingDone } from './rules';
import { findingEvent, loadInspection, saveScopeInTx } from './store';

export interface CheckHistory {
  kind: CheckKind;
  title: string;
  period: string;
  checkedOn: string;
  departmentId?: number | undefined;
  /** 检查范围（部门）: several departments; with `departmentId`, that one first. */
  departmentIds?: number[] | undefined;
  personId?: number | undefined;
  areas: CheckArea[];
  inspectors: string;
  authority?: string | undefined;
  opinion?: string | undefined;
  closedOn?: string | undefined;
}

export interface FindingHistory {
  area: CheckArea;
  what: string;
  severity: FindingSeverity;
  status: FindingStatus;
  departmentId?: number | undefined;
  responsiblePersonId?: number | undefined;
  requirement?: string | undefined;
  deadline?: string | undefined;
  rectification?: string | undefined;
  rectifiedOn?: string | undefined;
  rectifiedById?: number | undefined;
  verifierId?: number | undefined;
  verifiedOn?: string | undefined;
  evidence?: string | undefined;
  carryOverReason?: string | undefined;
}

/** The check of that name and date, if the register has it (an import's rows name their check so). */
export function findCheckInTx(tx: Pick<Tx, 'select'>, title: string, checkedOn: string): number | undefined {
  return tx
    .select({ id: inspections.id })
    .from(inspections)
    .where(and(eq(inspections.title, title), eq(inspections.checkedOn, checkedOn)))
    .get()?.id;
}

export function findingInCheck(tx: Pick<Tx, 'select'>, inspectionId: number, what: string): boolean {
  return (
    tx
      .select({ id: findings.id })
      .from(findings)
      .where(and(eq(findings.inspectionId, inspectionId), eq(findings.what, what)))
      .get() !== undefined
  );
}

export function recordCheckInTx(tx: Tx, ctx: WriteCtx, c: CheckHistory): number {
  ctx.touch('inspections');
  const scope = scopeDepartmentIds(c);
  const id = tx
    .insert(inspections)
    .values({
      kind: c.kind,
      title: c.title,
      period: c.period,
      checkedOn: c.checkedOn,
      departmentId: scope.length === 1 ? (scope[0] ?? null) : null,
      personId: c.personId ?? null,
      areas: JSON.stringify(c.areas),
      inspectors: c.inspectors,
      authority: c.authority ?? null,
      opinion: c.opinion ?? null,
      status: c.closedOn ? 'closed' : 'open',
      closedOn: c.closedOn ?? null,
      createdAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: inspections.id })
    .get().id;
  saveScopeInTx(tx, id, scope);
  return id;
}

export function recordFindingInTx(tx: Tx, ctx: WriteCtx, inspectionId: number, f: FindingHistory): number {
  const c = loadInspection(tx, inspectionId);
  checkSuperiorDeadline(c.kind, f.deadline);
  if (f.deadline !== undefined && f.deadline < c.checkedOn)
    refuse(
      'finding_deadline_not_past',
      `整改期限 ${f.deadline} 早于检查日期 ${c.checkedOn}：期限应在发现问题之日或以后。`,
      'deadline',
    );
  if (
    f.status !== 'pending' &&
    f.status !== 'carried_over' &&
    (f.responsiblePersonId === undefined || !f.requirement)
  )
    refuse(
      'finding_needs_assignment',
      '整改中及以后的问题须写明整改要求和整改责任人。',
      'responsiblePersonId',
    );
  if (f.verifierId !== undefined)
    checkVerifier(f.verifierId, f.responsiblePersonId ?? null, f.rectifiedById ?? null);
  // A closed check's open findings were carried over with their reason (and stay open); only a closed check
  // carries any over.
  const carried = f.carryOverReason !== undefined || f.status === 'carried_over';
  if (c.status === 'closed')
    checkCloseCarryOver(findingDone(f.status) || carried ? [] : [{ id: 0, what: f.what }], new Set());
  else if (carried)
    refuse(
      'finding_step_order',
      '检查尚未结束，问题不能结转：结转在结束检查时写明理由。',
      f.carryOverReason !== undefined ? 'carryOverReason' : 'status',
    );
  const id = tx
    .insert(findings)
    .values({
      inspectionId,
      area: f.area,
      what: f.what,
      severity: f.severity,
      departmentId: f.departmentId ?? c.departmentId,
      responsiblePersonId: f.responsiblePersonId ?? null,
      requirement: f.requirement ?? null,
      deadline: f.deadline ?? null,
      status: f.status,
      rectification: f.rectification ?? null,
      rectifiedOn: f.rectifiedOn ?? null,
      rectifiedById: f.rectifiedById ?? null,
      verifierId: f.verifierId ?? null,
      verifiedOn: f.verifiedOn ?? null,
      evidence: f.evidence ?? null,
      carryOverReason: f.carryOverReason ?? null,
      createdAt: ctx.now,
    })
    .returning({ id: findings.id })
    .get().id;
  findingEvent(tx, ctx, id, 'found', c.checkedOn, `检查发现：${f.what}`);
  if (f.requirement && f.responsiblePersonId !== undefined)
    findingEvent(
      tx,
      ctx,
      id,
      'assigned',
      c.checkedOn,
      `下达整改${f.deadline ? `，期限 ${f.deadline}` : ''}：${f.requirement}`,
    );
  if (f.rectifiedOn && f.rectification)
    findingEvent(tx, ctx, id, 'submitted', f.rectifiedOn, `完成整改：${f.rectification}`);
  if (f.status === 'closed' && f.verifiedOn)
    findingEvent(tx, ctx, id, 'verified', f.verifiedOn, `验收通过：${f.evidence ?? ''}`);
  if (carried)
    findingEvent(
      tx,
      ctx,
      id,
      'carried_over',
      c.closedOn ?? c.checkedOn,
      `检查结束时结转，继续整改：${f.carryOverReason ?? ''}`,
    );
  return id;
}
