// 保密津贴: the statements per month and department.
import type { AllowanceStatementRow } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useAllowance = createRegisterStore<AllowanceStatementRow>({
  read: (q) => call('allowance:list', { page: q.page, pageSize: q.pageSize }),
  domains: ['allowance'],
});
