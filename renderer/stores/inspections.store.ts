// 保密检查台账 and the findings board: checks with their counts; findings filtered by state, department, deadline.
import type { CheckKind, CheckStatus, InspectionRow } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useInspections = createRegisterStore<InspectionRow>({
  read: (q) =>
    call('inspections:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.kind ? { kind: q.filters.kind as CheckKind } : {}),
      ...(q.filters.status ? { status: q.filters.status as CheckStatus } : {}),
      ...(q.search ? { q: q.search } : {}),
    }),
  domains: ['inspections', 'persons', 'departments'],
});
