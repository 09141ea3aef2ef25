import { listApprovals, recordApprovalAudited } from '../../core/approvals/approvals.service';
import type { HandlerMap } from '../dispatch';

export const approvalsHandlers: HandlerMap = {
  'approvals:list': (core, input) => listApprovals(core.session().db, input),
  'approvals:record': (core, input) => recordApprovalAudited(core, input),
};
