// The rules of checks and their findings (issue 15, point 4; regulation art. 59). Each refusal names its rule,
// and each rule has a test of that name in test/electron/core/inspections/rules.test.ts.
import type { FindingState, FindingStatus } from '../../../db/domain/vocab';
import { FINDING_STATE_LABELS } from '../../../db/domain/labels';
import { refuse } from '../util/refuse';

const DAY = 86_400_000;

/**
 * Nothing more to do on it. A carry-over no longer ends a finding (it stays open, with its reason); the status
 * `carried_over` is only read from findings recorded before that, which were closed that way.
 */
export const findingDone = (status: FindingStatus) => status === 'closed' || status === 'carried_over';

/**
 * 逾期: not done, and today is after the deadline. The deadline day itself is still inside the period (民法典
 * art. 203, README "Dates"), so a finding due 06-30 is 逾期 from 07-01 and stays so until it is closed.
 */
export function findingOverdue(status: FindingStatus, deadline: string | null, today: string): boolean {
  return !findingDone(status) && deadline !== null && deadline < today;
}

export function findingState(status: FindingStatus, deadline: string | null, today: string): FindingState {
  return findingOverdue(status, deadline, today) ? 'overdue' : status;
}

export function overdueDays(status: FindingStatus, deadline: string | null, today: string): number {
  if (!findingOverdue(status, deadline, today) || deadline === null) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / DAY);
}

/** A deadline already past when it is set is no deadline: the finding would be born overdue. */
export function checkDeadlineNotPast(deadline: string | undefined, today: string): void {
  if (deadline !== undefined && deadline < today)
    refuse(
      'finding_deadline_not_past',
      `整改期限 ${deadline} 已过，请定一个今天（${today}）或以后的期限。`,
      'deadline',
    );
}

/** Art. 59: the 检查意见 of a 上级检查 states 整改内容和期限, so each of its findings has a deadline. */
export function checkSuperiorDeadline(kind: string, deadline: string | null | undefined): void {
  if (kind === 'superior' && (deadline === undefined || deadline === null))
    refuse(
      'superior_finding_needs_deadline',
      '上级检查发现的问题须写明整改期限（实施条例第五十九条）。',
      'deadline',
    );
}

/** The one who answers for a finding, or who did the work, cannot also check it was done. */
export function checkVerifier(
  verifierId: number,
  responsiblePersonId: number | null,
  rectifiedById: number | null,
): void {
  if (verifierId === responsiblePersonId)
    refuse(
      'finding_verifier_not_responsible',
      '验收人不能是该问题的整改责任人，请另选验收人。',
      'verifierId',
    );
  if (verifierId === rectifiedById)
    refuse('finding_verifier_not_responsible', '验收人不能是完成整改的人，请另选验收人。', 'verifierId');
}

/** Each step from where the finding stands, in its only order. */
export function checkFindingStep(status: FindingStatus, from: FindingStatus[], action: string): void {
  if (!from.includes(status))
    refuse(
      'finding_step_order',
      `该问题当前为“${FINDING_STATE_LABELS[status]}”，不能${action}。`,
      'findingId',
    );
}

/** A check closes only when every finding is closed or carried over with a reason. */
export function checkCloseCarryOver(open: { id: number; what: string }[], carried: Set<number>): void {
  const left = open.filter((f) => !carried.has(f.id));
  if (left.length > 0)
    refuse(
      'check_close_needs_carry_over',
      `还有 ${left.length} 个问题未整改完毕（${left
        .slice(0, 3)
        .map((f) => f.what)
        .join('；')}${left.length > 3 ? '…' : ''}），须验收或写明结转理由后才能结束检查。`,
      'carryOver',
    );
}
