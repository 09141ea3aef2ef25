// 保密教育培训台账: the sessions, planned and held, with their attendance counts.
import type { SessionForm, SessionRow, SessionStatus } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useTrainings = createRegisterStore<SessionRow>({
  read: (q) =>
    call('trainings:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.search ? { q: q.search } : {}),
      ...(q.filters.status ? { status: q.filters.status as SessionStatus } : {}),
      ...(q.filters.form ? { form: q.filters.form as SessionForm } : {}),
    }),
  domains: ['trainings'],
});
