import { listApprovals, recordApprovalAudited } from '../../core/approvals/approvals.service';
import {
  decideRequest,
  fileRequest,
  listRequests,
  withdrawRequest,
} from '../../core/approvals/requests.service';
import type { HandlerMap } from '../dispatch';

export const approvalsHandlers: HandlerMap = {
  'approvals:list': (core, input) => listApprovals(core.session().db, input),
  'approvals:record': (core, input) => recordApprovalAudited(core, input),
  'approvals:request': (core, input) => fileRequest(core, input),
  'approvals:requests': (core, input) => listRequests(core.session().db, input),
  'approvals:decide': (core, input) => decideRequest(core, input),
  'approvals:withdraw': (core, input) => withdrawRequest(core, input.requestId),
};
