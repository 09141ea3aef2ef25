// 涉密人员密级审定: 部门提名 → 部门负责人审核 → 单位领导审批 → 备案, each step an approval on record. The
// person's clearance changes when the leader approves; the history keeps every change.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { CLEARANCE_RANK, CLEARANCE_STEPS, type ClearanceStep } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { clearanceDecisions, clearanceSteps } from '../../../db/schema';
import type {
  ClearanceDecisionView,
  ClearanceNominateInput,
  ClearanceStepInput,
} from '../../ipc/schemas/persons-records';
import type { AppCore } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { stepViews } from '../approvals/steps';
import { refuse } from '../util/refuse';
import {
  checkClearanceFollowsPosts,
  clearanceByPosts,
  CLEARANCE_NAMES,
  currentPostLevels,
  highestLevelOf,
} from './rules';
import { addPersonEvent, loadPerson, touchPerson } from './store';
import { refreshNextVetting } from './vetting';

export const STEP_NAMES: Record<ClearanceStep, string> = {
  nominate: '部门提名',
  dept_review: '部门负责人审核',
  leader_approve: '单位领导审批',
  file: '备案',
};

type Decision = typeof clearanceDecisions.$inferSelect;

function nextStep(d: Pick<Decision, 'status' | 'lastStep'>): ClearanceStep | null {
  if (d.status !== 'open') return null;
  return CLEARANCE_STEPS[CLEARANCE_STEPS.indexOf(d.lastStep) + 1] ?? null;
}

export function clearanceDecisionsOf(db: Pick<Db, 'select'>, personId: number): ClearanceDecisionView[] {
  const ds = db
    .select()
    .from(clearanceDecisions)
    .where(eq(clearanceDecisions.personId, personId))
    .orderBy(desc(clearanceDecisions.id))
    .all();
  return ds.map((d) => decisionView(db, d));
}

function decisionView(db: Pick<Db, 'select'>, d: Decision): ClearanceDecisionView {
  const steps = db
    .select({ step: clearanceSteps.step, approvalId: clearanceSteps.approvalId })
    .from(clearanceSteps)
    .where(eq(clearanceSteps.decisionId, d.id))
    .orderBy(asc(clearanceSteps.id))
    .all();
  return {
    id: d.id,
    personId: d.personId,
    fromClearance: d.fromClearance,
    toClearance: d.toClearance,
    reason: d.reason,
    status: d.status,
    lastStep: d.lastStep,
    nextStep: nextStep(d),
    approvedOn: d.approvedOn,
    steps: stepViews(db, steps),
  };
}

function loadDecision(db: Pick<Db, 'select'>, id: number): Decision {
  const d = db.select().from(clearanceDecisions).where(eq(clearanceDecisions.id, id)).get();
  if (!d)
    throw new AppException('NOT_FOUND', '找不到该密级审定。', {
      fields: [{ path: 'decisionId', message: '不存在' }],
    });
  return d;
}

/** 部门提名: the proposed clearance must be what the person's highest post calls for. */
export function nominateClearance(
  core: AppCore,
  input: z.output<typeof ClearanceNominateInput>,
): ClearanceDecisionView {
  const id = core.write(
    'clearance_nominate',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status !== 'proposed' && p.status !== 'in_post') {
        refuse('clearance_for_current_staff', '只能为拟任或在岗人员审定涉密等级。', 'personId');
      }
      const open = tx
        .select({ id: clearanceDecisions.id })
        .from(clearanceDecisions)
        .where(and(eq(clearanceDecisions.personId, p.id), eq(clearanceDecisions.status, 'open')))
        .get();
      if (open) {
        refuse('one_open_clearance_decision', '该人员已有一项未完成的密级审定，请先办完或退回。', 'personId');
      }
      const to = checkClearanceFollowsPosts(input.clearance, clearanceByPosts(tx, p.id));
      if (to === p.clearance) {
        refuse('clearance_changes', `该人员已是${CLEARANCE_NAMES[to]}涉密人员，无需重新审定。`, 'clearance');
      }
      if (input.nomination.decision !== 'approved') {
        throw new AppException('VALIDATION', '部门提名即为同意提名，请选择“同意”。', {
          fields: [{ path: 'nomination.decision', message: '提名须为同意' }],
        });
      }
      const d = tx
        .insert(clearanceDecisions)
        .values({
          personId: p.id,
          fromClearance: p.clearance,
          toClearance: to,
          reason: input.reason,
          status: 'open',
          lastStep: 'nominate',
          createdAt: ctx.now,
        })
        .returning({ id: clearanceDecisions.id })
        .get();
      const nominated = approveRecord(
        tx,
        input.nomination,
        'clearance',
        { type: 'clearance_decision', id: d.id },
        ctx,
      );
      tx.insert(clearanceSteps)
        .values({ decisionId: d.id, step: 'nominate', approvalId: nominated.id, createdAt: ctx.now })
        .run();
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'clearance_step',
        on: nominated.decidedAt,
        summary: `部门提名为${CLEARANCE_NAMES[to]}涉密人员`,
        detail: { decisionId: d.id, step: 'nominate', to },
        approvalId: nominated.id,
      });
      return d.id;
    },
    (id) => ({
      entityId: input.personId,
      detail: { decisionId: id },
    }),
  );
  return decisionView(core.session().db, loadDecision(core.session().db, id));
}

/** The next step, and only the next one: the chain's order is the rule. */
export function recordClearanceStep(
  core: AppCore,
  input: z.output<typeof ClearanceStepInput>,
): ClearanceDecisionView {
  core.write(
    'clearance_step',
    'clearance_decision',
    (tx, ctx) => {
      const d = loadDecision(tx, input.decisionId);
      const expected = nextStep(d);
      if (expected === null) {
        refuse('clearance_chain_order', '该密级审定已经办结（已备案或已退回），不能再记录审批环节。', 'step');
      }
      if (input.step !== expected) {
        refuse(
          'clearance_chain_order',
          `密级审定须依次经过部门提名、部门负责人审核、单位领导审批、备案：下一步应为“${STEP_NAMES[expected]}”，不能先“${STEP_NAMES[input.step]}”。`,
          'step',
        );
      }
      const p = loadPerson(tx, d.personId);
      if (input.step === 'leader_approve' && input.approval.decision === 'approved') {
        // The posts may have changed since the nomination: the rule is checked again where it takes effect.
        checkClearanceFollowsPosts(d.toClearance, clearanceByPosts(tx, p.id));
      }
      const step = approveRecord(
        tx,
        input.approval,
        'clearance',
        { type: 'clearance_decision', id: d.id },
        ctx,
      );
      tx.insert(clearanceSteps)
        .values({ decisionId: d.id, step: input.step, approvalId: step.id, createdAt: ctx.now })
        .run();
      const rejected = input.approval.decision === 'rejected';
      tx.update(clearanceDecisions)
        .set({
          lastStep: input.step,
          status: rejected ? 'rejected' : input.step === 'file' ? 'filed' : 'open',
          ...(input.step === 'leader_approve' && !rejected ? { approvedOn: step.decidedAt } : {}),
        })
        .where(eq(clearanceDecisions.id, d.id))
        .run();
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'clearance_step',
        on: step.decidedAt,
        summary: `${STEP_NAMES[input.step]}：${rejected ? '不同意' : '同意'}${CLEARANCE_NAMES[d.toClearance]}涉密人员`,
        detail: { decisionId: d.id, step: input.step, decision: input.approval.decision },
        approvalId: step.id,
      });
      if (input.step === 'leader_approve' && !rejected) {
        const levels = currentPostLevels(tx, p.id);
        touchPerson(tx, p.id, ctx, {
          clearance: d.toClearance,
          clearanceRank: CLEARANCE_RANK[d.toClearance],
          clearedOn: step.decidedAt,
          highestLevel: p.highestLevel ?? highestLevelOf(levels),
        });
        addPersonEvent(tx, ctx, {
          personId: p.id,
          kind: 'clearance',
          on: step.decidedAt,
          summary: `涉密等级${p.clearance ? `由${CLEARANCE_NAMES[p.clearance]}` : ''}定为${CLEARANCE_NAMES[d.toClearance]}`,
          detail: { decisionId: d.id, from: p.clearance, to: d.toClearance },
          approvalId: step.id,
        });
        refreshNextVetting(tx, p.id, d.toClearance);
      }
    },
    () => ({
      entityId: input.decisionId,
      detail: input,
    }),
  );
  const { db } = core.session();
  return decisionView(db, loadDecision(db, input.decisionId));
}
