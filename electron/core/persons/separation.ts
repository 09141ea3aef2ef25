// After the leaving approval: the person leaves the unit (调离 / 离职 / 退休), or the unit lengthens the
// 脱密期 (law art. 46, regulation art. 53). Both read the period as README "Dates" says: its last day is inside.
import type { z } from 'zod';
import { DEPARTURE_KIND_LABELS, PERSON_STATUS_LABELS } from '../../../db/domain/labels';
import type { DepartInput, ExtendSeparationInput, PersonDetail } from '../../ipc/schemas/persons';
import type { AppCore } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { refuse } from '../util/refuse';
import { approvalField, checkApprovalDate } from './approval-dates';
import { personDetail } from './persons.service';
import { inSeparation, separationEndsOn } from './rules';
import { addPersonEvent, loadPerson, touchPerson } from './store';

/**
 * 调离 / 离职 / 退休 from the unit. Someone in post goes through the leaving procedure first; inside the
 * separation period a transfer or resignation waits unless the leader approves an exception, which is
 * recorded and noted in the personnel file (DOMAIN.md). A retiree stays managed until the period ends.
 */
export function depart(core: AppCore, input: z.output<typeof DepartInput>): PersonDetail {
  core.write(
    'person_depart',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status === 'in_post') {
        refuse(
          'leaving_before_departure',
          '在岗涉密人员须先办理离岗手续（谈话、清退、承诺、审批），再办理调离、离职或退休。',
          'personId',
        );
      }
      if (p.status !== 'proposed' && p.status !== 'separation') {
        refuse('departure_once', `该人员已是“${PERSON_STATUS_LABELS[p.status]}”，不能再次办理。`, 'personId');
      }
      const within = inSeparation(p, input.departedOn);
      let approvalId: number | null = null;
      if (within && input.kind !== 'retire') {
        if (!input.exception || input.exception.decision !== 'approved') {
          refuse(
            'departure_in_separation_needs_exception',
            `脱密期至 ${p.separationEndsOn}（含当日）；期内调离或离职须经单位领导批准例外，请先记录领导审批。`,
            'exception',
          );
        }
        approvalId = approveRecord(tx, input.exception, 'leave', { type: 'person', id: p.id }, ctx).id;
      }
      touchPerson(tx, p.id, ctx, {
        status: input.kind === 'transfer' ? 'transferred' : input.kind === 'resign' ? 'resigned' : 'retired',
        departedOn: input.departedOn,
        departureKind: input.kind,
      });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'departure',
        on: input.departedOn,
        summary:
          DEPARTURE_KIND_LABELS[input.kind] +
          (input.destination ? `（${input.destination}）` : '') +
          (approvalId ? `：脱密期内，经单位领导批准例外` : ''),
        detail: { ...input, exception: undefined, withinSeparation: within },
        approvalId,
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

/**
 * A unit may lengthen one person's separation period (DOMAIN.md); the end date moves, the start does not.
 * Only a period still running (its last day included), only on an approved decision, and that decision
 * dated within the period and not after today: an extension revives nothing and is never back- or
 * forward-dated past what happened.
 */
export function extendSeparation(core: AppCore, input: z.output<typeof ExtendSeparationInput>): PersonDetail {
  core.write(
    'person_separation_extend',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (!p.leftOn || p.separationYears === null || !p.separationEndsOn) {
        refuse('extend_needs_separation', '该人员没有脱密期，无法延长。', 'personId');
      }
      if (!inSeparation(p, ctx.today)) {
        refuse(
          'separation_extension_before_end',
          `脱密期已于 ${p.separationEndsOn} 届满，期满后不能再延长。`,
          'personId',
        );
      }
      const approval = approveRecord(tx, input.approval, 'leave', { type: 'person', id: p.id }, ctx);
      if (approval.decision !== 'approved') {
        refuse(
          'separation_extension_needs_approval',
          '延长脱密期须经批准；所记录的审批结论为“不同意”，脱密期不变。',
          approvalField(input.approval, 'approval', 'decision'),
        );
      }
      checkApprovalDate('separation_extension_date', approval.decidedAt, input.approval, {
        from: p.leftOn,
        fromLabel: '离岗批准日期（脱密期起算）',
        today: ctx.today,
      });
      const extra = p.separationExtraMonths + input.extraMonths;
      const ends = separationEndsOn(p.leftOn, p.separationYears, extra);
      touchPerson(tx, p.id, ctx, { separationExtraMonths: extra, separationEndsOn: ends });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'separation_extend',
        on: approval.decidedAt,
        summary: `脱密期延长 ${input.extraMonths} 个月，至 ${ends}`,
        detail: { from: p.separationEndsOn, to: ends, reason: input.reason },
        approvalId: approval.id,
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}
