// The date of an approval a personnel rule relies on (a 离岗 approval, an extended 脱密期): the decision
// cannot come before the act it decides began, nor after today — the clerk records what was decided, not
// what is to be. The refusal lands on the field the clerk filled: the date, or the request picked.
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import { refuse } from '../util/refuse';

/** `approval.decidedAt` for a paper approval, `approval.requestId` for one decided in the app. */
export function approvalField(a: ActionApprovalInput, prefix: string, paperField: string): string {
  return `${prefix}.${a.requestId !== undefined ? 'requestId' : paperField}`;
}

export function checkApprovalDate(
  rule: string,
  decidedAt: string,
  approval: ActionApprovalInput,
  bounds: { from: string; fromLabel: string; today: string; prefix?: string },
): void {
  const field = approvalField(approval, bounds.prefix ?? 'approval', 'decidedAt');
  if (decidedAt < bounds.from) {
    refuse(rule, `审批日期 ${decidedAt} 早于${bounds.fromLabel} ${bounds.from}，请核对。`, field);
  }
  if (decidedAt > bounds.today) {
    refuse(rule, `审批日期 ${decidedAt} 晚于今天（${bounds.today}），不能记录尚未作出的审批。`, field);
  }
}
