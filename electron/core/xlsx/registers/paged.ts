// Every row of a paged list query: the exporter writes the whole view, not the page on screen, so it walks the
// register's own list (its filters, sort and search) page by page at the largest page the list allows.
import type { Page } from '../../../ipc/schemas/common';
import type { OutCell } from './types';

const CHUNK = 500;

export function allRows<Q, R>(
  query: unknown,
  parse: (q: unknown) => Q,
  list: (q: Q) => Page<R>,
  cells: (row: R) => Record<string, OutCell>,
): Record<string, OutCell>[] {
  const q = parse({ ...(query as object), page: 1, pageSize: CHUNK });
  const out: Record<string, OutCell>[] = [];
  for (let page = 1; ; page++) {
    const r = list({ ...q, page });
    out.push(...r.rows.map(cells));
    if (r.rows.length < CHUNK || out.length >= r.total) return out;
  }
}

/** 是 / 否, as the registers' paper forms write a yes-no column. */
export const yesNo = (b: boolean): string => (b ? '是' : '否');
