import type { ApprovalView, RequestView } from '../../electron/ipc/contract';
import { createRegisterStore } from './register.store';

export const useApprovals = createRegisterStore<ApprovalView>();

/** Requests filed in the app; the 领导 starts on the pending ones. */
export const useApprovalRequests = createRegisterStore<RequestView>({
  pageSize: 10,
  filters: { status: 'pending' },
});
