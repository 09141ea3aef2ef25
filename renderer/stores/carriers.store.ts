// 涉密载体台账. Its rows show the carrier's 定密 state, copies (清点 may mark them) and custodian. The clerk's
// query (filters, sort and search) as the core's list input: the page, the xlsx export and the 台账 print all
// read the same view.
import type {
  CarrierDueFilter,
  CarrierLevel,
  CarrierSortField,
  CarrierStatus,
  CarrierType,
  CarrierRow,
  ChannelInput,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore, type RegisterQuery } from './register.store';

export function listFilters(q: RegisterQuery): Omit<ChannelInput<'carriers:list'>, 'page' | 'pageSize'> {
  return {
    ...(q.sort ? { sort: { field: q.sort.field as CarrierSortField, order: q.sort.order } } : {}),
    filters: {
      level: q.filters.level as CarrierLevel | undefined,
      type: q.filters.type as CarrierType | undefined,
      status: q.filters.status as CarrierStatus | undefined,
      due: q.filters.due as CarrierDueFilter | undefined,
      department: q.filters.department || undefined,
      custodian: q.filters.custodian || undefined,
    },
    ...(q.search ? { search: q.search } : {}),
  };
}

export function listInput(q: RegisterQuery): ChannelInput<'carriers:list'> {
  return { page: q.page, pageSize: q.pageSize, ...listFilters(q) };
}

export const useCarriers = createRegisterStore<CarrierRow>({
  read: (q) => call('carriers:list', listInput(q)),
  domains: ['carriers', 'classification', 'inventory', 'persons', 'departments'],
  query: { sort: { field: 'registeredOn', order: 'desc' } },
});
