// 涉密计算机及设备台账 and 涉密移动存储介质台账: one list channel (`devices:list`) read per family, each register
// its own store (own query, own remembered filters). The clerk's query becomes the core's list input here.
import type {
  ChannelInput,
  DeviceClass,
  DeviceFamily,
  DeviceKind,
  DeviceRow,
  DeviceStatus,
  NationalLevel,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore, type RegisterQuery } from './register.store';

type SortField = NonNullable<ChannelInput<'devices:list'>['sort']>['field'];

export function deviceListInput(family: DeviceFamily, q: RegisterQuery): ChannelInput<'devices:list'> {
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  return {
    family,
    page: q.page,
    pageSize: q.pageSize,
    ...(q.sort ? { sort: { field: q.sort.field as SortField, order: q.sort.order } } : {}),
    filters: {
      kind: q.filters.kind as DeviceKind | undefined,
      class: q.filters.class as DeviceClass | undefined,
      level: q.filters.level as NationalLevel | undefined,
      status: q.filters.status as DeviceStatus | undefined,
      departmentId: num(q.filters.departmentId),
      custodianId: num(q.filters.custodianId),
      overdue: q.filters.overdue === 'yes' ? true : undefined,
    },
    ...(q.search ? { search: q.search } : {}),
  };
}

const storeOf = (family: DeviceFamily) =>
  createRegisterStore<DeviceRow>({
    read: (q) => call('devices:list', deviceListInput(family, q)),
    domains: ['devices', 'persons', 'departments'],
    query: { sort: { field: 'registeredOn', order: 'desc' } },
  });

export const useDevices = storeOf('device');
export const useMedia = storeOf('medium');
