// 泄密事件/违规登记: each incident with its 24-hour clock as the core read it.
import type { IncidentKind, IncidentRow, IncidentStatus } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useIncidents = createRegisterStore<IncidentRow>({
  read: (q) =>
    call('incidents:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.status ? { status: q.filters.status as IncidentStatus } : {}),
      ...(q.filters.kind ? { kind: q.filters.kind as IncidentKind } : {}),
      ...(q.search ? { q: q.search } : {}),
    }),
  domains: ['incidents', 'departments'],
});
