// 信息发布保密审查登记: each request with its handler, department, steps and outcome.
import type { InfoReviewView, ReviewPurpose, ReviewStatus } from '../../electron/ipc/contract';
import { call } from '../api';
import { createRegisterStore } from './register.store';

export const useReviews = createRegisterStore<InfoReviewView>({
  read: (q) =>
    call('reviews:list', {
      page: q.page,
      pageSize: q.pageSize,
      ...(q.sort ? { sort: q.sort.field as 'appliedOn' | 'title', order: q.sort.order } : {}),
      ...(q.filters.status ? { status: q.filters.status as ReviewStatus } : {}),
      ...(q.filters.purpose ? { purpose: q.filters.purpose as ReviewPurpose } : {}),
      ...(q.search ? { search: q.search } : {}),
    }),
  domains: ['reviews', 'persons', 'departments', 'approvals'],
  query: { sort: { field: 'appliedOn', order: 'desc' } },
});
