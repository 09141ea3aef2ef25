// The approvals domain's handlers: one function per channel of approvals.channels.ts, each calling the domain's code.
import { listApprovals, recordApprovalAudited } from './approvals.service';
import { decideRequest, fileRequest, listRequests, withdrawRequest } from './requests.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const approvalsHandlers: DomainHandlers<'approvals'> = {
  'approvals:list': (core, input) => listApprovals(core.session().db, input),
  'approvals:record': (core, input) => recordApprovalAudited(core, input),
  'approvals:request': (core, input) => fileRequest(core, input),
  'approvals:requests': (core, input) => listRequests(core.session().db, input),
  'approvals:decide': (core, input) => decideRequest(core, input),
  'approvals:withdraw': (core, input) => withdrawRequest(core, input.requestId),
};
