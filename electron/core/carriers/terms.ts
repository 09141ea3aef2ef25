// 保密期限 as stored on a carrier, and what follows from it: when it ends, how to write it, what loosens it.
import type { TermKind } from '../../../db/domain/vocab';
import type { TermInput, TermView } from '../../ipc/schemas/carriers';
import { addPeriod } from '../util/dates';

export type Term = TermView;

export function termFromInput(t: TermInput): Term {
  switch (t.kind) {
    case 'period':
      return { kind: 'period', years: t.years, months: t.months, until: null, condition: null };
    case 'until_date':
      return { kind: 'until_date', years: null, months: null, until: t.until, condition: null };
    case 'condition':
      return { kind: 'condition', years: null, months: null, until: null, condition: t.condition };
    case 'long_term':
      return { kind: 'long_term', years: null, months: null, until: null, condition: null };
  }
}

export function termFromRow(r: {
  termKind: TermKind;
  termYears: number | null;
  termMonths: number | null;
  termUntil: string | null;
  declassifyCondition: string | null;
}): Term {
  return {
    kind: r.termKind,
    years: r.termYears,
    months: r.termMonths,
    until: r.termUntil,
    condition: r.declassifyCondition,
  };
}

export function termColumns(t: Term, issuedOn: string) {
  return {
    termKind: t.kind,
    termYears: t.years,
    termMonths: t.months,
    termUntil: t.until,
    declassifyCondition: t.condition,
    termEndsOn: termEndsOn(t, issuedOn),
  };
}

/**
 * The day the term ends, counted from 制发日 (regulation art. 19) as 民法典 arts. 201–203 count a 期间: the
 * 制发日 itself is not counted, and a term of years or months ends on the corresponding day of its last year
 * or month (that month's last day when it has no such day: 2024-02-29 + 1年 ends 2025-02-28). Null when it
 * has no date. A 解密条件 that replaced a date without a 另有规定 keeps the statutory maximum as its latest end
 * (`until`, see classification/extension.ts).
 */
export function termEndsOn(t: Term, issuedOn: string): string | null {
  if (t.kind === 'period') return addPeriod(issuedOn, t.years ?? 0, t.months ?? 0);
  if (t.kind === 'until_date' || t.kind === 'condition') return t.until;
  return null;
}

/**
 * 已到期: the end day is still inside the term (民法典 art. 203: the period runs to the end of its last day);
 * 期满自行解密 (law art. 24) takes effect from the day after. Every screen, filter, reminder and rule asks here
 * (or its SQL twin in register-query.ts).
 */
export function termOver(endsOn: string | null, today: string): boolean {
  return endsOn !== null && endsOn < today;
}

/** As marked on the carrier after the level: 机密★10年, 秘密★2030-06-30, 解密条件…, 长期. */
export function termLabel(t: Term): string {
  switch (t.kind) {
    case 'period':
      return `${t.years ? `${t.years}年` : ''}${t.months ? `${t.months}个月` : ''}`;
    case 'until_date':
      return `至${t.until ?? ''}`;
    case 'condition':
      return `解密条件：${t.condition ?? ''}${t.until ? `（最迟至${t.until}）` : ''}`;
    case 'long_term':
      return '长期';
  }
}

/**
 * True when `proposed` would protect less than `original` for a carrier issued on `issuedOn`: it ends
 * earlier, or it trades a date for something else (a condition cannot be compared with a date, so a change
 * of kind counts as loosening: regulation art. 27(5) forbids changing the term of a copy at all).
 */
export function termLoosens(original: Term, proposed: Term, issuedOn: string): boolean {
  const a = termEndsOn(original, issuedOn);
  const b = termEndsOn(proposed, issuedOn);
  if (a !== null && b !== null) return b < a;
  if (original.kind !== proposed.kind) return true;
  return original.condition !== proposed.condition;
}
