// How the screens present the vocabulary's labels (db/domain/labels/ holds the labels themselves, shared with
// the core, the CLI and the prints).
import { TERM_KIND_LABELS } from '../../db/domain/labels';
import type { TermView } from '../../electron/ipc/contract';

/**
 * Options for a Select from a label table: every code in the table's order, or only `codes` in their order
 * (e.g. the national levels out of all carrier levels).
 */
export function optionsOf<K extends string, C extends K = K>(
  labels: Record<K, string>,
  codes: readonly C[] = Object.keys(labels) as C[],
): { value: C; label: string }[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** 保密期限 as written on the carrier: 10年 / 10年6个月 / 至2030-01-01 / 条件 / 长期. */
export function termText(t: TermView): string {
  switch (t.kind) {
    case 'period':
      return `${t.years ? `${t.years}年` : ''}${t.months ? `${t.months}个月` : ''}`;
    case 'until_date':
      return `至 ${t.until ?? ''}`;
    case 'condition':
      // A condition that replaced a date is still bounded by the statutory maximum (its `until`).
      return `${t.condition ?? ''}${t.until ? `（最迟至 ${t.until}）` : ''}`;
    case 'long_term':
      return TERM_KIND_LABELS.long_term;
  }
}
