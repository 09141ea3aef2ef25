// 保密要害部门部位: each site with its manager, status and the next 安全设施检查.
import type { KeySiteKind, KeySiteRow, KeySiteStatus } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useKeySites = createRegisterStore<KeySiteRow>({
  read: (q) =>
    call('key_sites:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.sort ? { sort: q.sort.field as 'name' | 'proposedOn', order: q.sort.order } : {}),
      ...(q.filters.status ? { status: q.filters.status as KeySiteStatus } : {}),
      ...(q.filters.kind ? { kind: q.filters.kind as KeySiteKind } : {}),
      ...(q.filters.checkDueOn === 'due' ? { checkDue: true } : {}),
      ...(q.search ? { search: q.search } : {}),
    }),
  domains: ['key_sites', 'persons', 'departments', 'carriers'],
});
