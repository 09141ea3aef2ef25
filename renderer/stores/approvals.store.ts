// 审批: the approvals recorded, and the requests filed in the app (the 领导 starts on the pending ones).
import type { ApprovalKind, ApprovalView, RequestStatus, RequestView } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useApprovals = createRegisterStore<ApprovalView>({
  read: (q) =>
    call('approvals:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.kind ? { kind: q.filters.kind as ApprovalKind } : {}),
    }),
  domains: ['approvals'],
});

export const useApprovalRequests = createRegisterStore<RequestView>({
  read: (q) =>
    call('approvals:requests', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.status ? { status: q.filters.status as RequestStatus } : {}),
    }),
  domains: ['approvals'],
  query: { pageSize: 10, filters: { status: 'pending' } },
});
