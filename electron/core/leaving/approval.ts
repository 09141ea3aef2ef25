// The leaving approval: it ends the procedure, takes the person off post and fixes the 脱密期.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { LEAVING_STEPS } from '../../../db/domain/vocab';
import { CLEARANCE_LABELS, LEAVING_KIND_LABELS, LEAVING_STEP_LABELS } from '../../../db/domain/labels';
import { leavingProcedures, personPosts } from '../../../db/schema';
import type { LeavingApproveInput, LeavingView } from '../../ipc/schemas/leaving';
import type { AppCore } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { checkApprovalDate, holdingsOf, personnelSettings, separationEndsOn, touchPerson } from '../persons';
import { refuse } from '../util/refuse';
import { devicesHeldBy } from '../devices';
import {
  checkCarriersReturned,
  checkDevicesReturned,
  doneSteps,
  leavingEvent,
  openLeaving,
} from './procedure';
import { leavingView } from './views';

/**
 * The approval: carriers and devices are checked again (the registers may have changed since their steps), every step
 * must be done, the decision is dated between the start of the procedure and today, and the 脱密期 is fixed
 * from the approval date by the person's clearance.
 */
export function approveLeaving(core: AppCore, input: z.output<typeof LeavingApproveInput>): LeavingView {
  core.write(
    'leaving_approve',
    'leaving',
    (tx, ctx) => {
      const { l, p } = openLeaving(tx, input.leavingId);
      const approved = input.approval.decision === 'approved';
      if (approved) {
        checkCarriersReturned(holdingsOf(tx, p), p.name);
        checkDevicesReturned(devicesHeldBy(tx, p.id), p.name);
        const done = doneSteps(l);
        const missing = LEAVING_STEPS.filter((s) => !done.includes(s));
        if (missing.length) {
          refuse(
            'leaving_steps_complete',
            `离岗审批前还须：${missing.map((s) => LEAVING_STEP_LABELS[s]).join('、')}。`,
            'leavingId',
          );
        }
      }
      const approval = approveRecord(tx, input.approval, 'leave', { type: 'leaving', id: l.id }, ctx);
      const { id: approvalId, decidedAt } = approval;
      checkApprovalDate('leaving_approval_date', decidedAt, input.approval, {
        from: l.startedOn,
        fromLabel: '开始办理离岗手续的日期',
        today: ctx.today,
      });
      if (!approved) {
        leavingEvent(tx, ctx, l, decidedAt, '离岗审批：不同意', {}, approvalId);
        return;
      }
      const on = decidedAt;
      const years = p.clearance ? personnelSettings(tx).separationYears[p.clearance] : 0;
      // A setting saved before the settings were checked could hold 2.3 years: say so, not a storage error.
      if (p.clearance && (!Number.isInteger(years) || years < 1)) {
        refuse(
          'separation_years_in_bounds',
          `人员设置中${CLEARANCE_LABELS[p.clearance]}涉密人员的脱密期（${years} 年）不是整年数，请先在「人员设置」中改正。`,
          'leavingId',
        );
      }
      const ends = separationEndsOn(on, years, p.separationExtraMonths);
      tx.update(leavingProcedures)
        .set({
          status: 'approved',
          approvalId,
          approvedOn: on,
          clearance: p.clearance,
          separationYears: years,
          separationEndsOn: ends,
        })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      touchPerson(tx, p.id, ctx, {
        status: 'separation',
        leftOn: on,
        leavingKind: l.kind,
        separationYears: years,
        separationEndsOn: ends,
      });
      tx.update(personPosts)
        .set({ endedOn: on })
        .where(and(eq(personPosts.personId, p.id), isNull(personPosts.endedOn)))
        .run();
      leavingEvent(
        tx,
        ctx,
        l,
        on,
        `${LEAVING_KIND_LABELS[l.kind]}经批准；${p.clearance ? CLEARANCE_LABELS[p.clearance] : ''}涉密人员脱密期 ${years} 年，自 ${on} 至 ${ends}`,
        { separationYears: years, separationEndsOn: ends },
        approvalId,
      );
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  return leavingView(core.session().db, input.leavingId);
}
