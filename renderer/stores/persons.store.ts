// 涉密人员台账: the query survives leaving the page. A row shows the person's status and 脱密期 (leaving)
// and department.
import type {
  Clearance,
  PersonDueFilter,
  PersonRow,
  PersonSortField,
  PersonStatus,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const usePersons = createRegisterStore<PersonRow>({
  read: (q) =>
    call('persons:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.sort ? { sort: { field: q.sort.field as PersonSortField, order: q.sort.order } } : {}),
      filters: {
        departmentId: q.filters.departmentId ? Number(q.filters.departmentId) : undefined,
        clearance: q.filters.clearance as Clearance | undefined,
        status: q.filters.status as PersonStatus | undefined,
        due: q.filters.due as PersonDueFilter | undefined,
      },
      ...(q.search ? { search: q.search } : {}),
    }),
  domains: ['persons', 'leaving', 'departments'],
  query: { sort: { field: 'name', order: 'asc' } },
});
