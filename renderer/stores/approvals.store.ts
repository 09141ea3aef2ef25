import type { ApprovalView } from '../../electron/ipc/contract';
import { createRegisterStore } from './register.store';

export const useApprovals = createRegisterStore<ApprovalView>();
