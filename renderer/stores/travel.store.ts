// 因私出国(境)台账: each application with the applicant's name and department.
import type { TravelStatus, TravelView } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useTravel = createRegisterStore<TravelView>({
  read: (q) =>
    call('travel:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.filters.status ? { status: q.filters.status as TravelStatus } : {}),
    }),
  domains: ['travel', 'persons', 'leaving'],
});
