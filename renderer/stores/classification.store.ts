// 国家秘密事项一览表: each item with the number of carriers that rest on it.
import type { ClassificationItemView } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useClassificationItems = createRegisterStore<ClassificationItemView>({
  read: (q) => call('classification:list', { page: q.page, pageSize: q.pageSize, activeOnly: false }),
  domains: ['classification', 'carriers'],
});
