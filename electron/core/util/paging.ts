// One paging helper for every paged list: the page asked for (1-based) of `pageSize` rows.
import type { Page } from '../../ipc/schemas/common';

export interface PageRequest {
  page: number;
  pageSize: number;
}

interface Limitable<R> {
  limit(n: number): { offset(n: number): R };
}

/** The rows of page `p` of a drizzle select (its order decides what a page holds). */
export function pageOf<R>(query: Limitable<R>, p: PageRequest): R {
  return query.limit(p.pageSize).offset((p.page - 1) * p.pageSize);
}

/** Page `p` of a list already in memory (small lists: settings, a person's records). */
export function slicePage<T>(all: readonly T[], p: PageRequest): Page<T> {
  const start = (p.page - 1) * p.pageSize;
  return { total: all.length, rows: all.slice(start, start + p.pageSize) };
}
