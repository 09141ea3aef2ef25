// 延长保密期限 as one rule (law arts. 20 and 24, regulation art. 19). A new term is a new determination,
// counted from the 制发日 like the first (the end day is inside it). Within the level's statutory maximum it is
// recorded with its reason; past it, only on a recorded 另有规定 — the basis, who allowed it, the document —
// and it is refused otherwise. A 解密条件 in place of a date is no way around the maximum: without a basis the
// condition keeps the maximum as its latest end, and says so wherever the term is written.
import { MAX_TERM_YEARS } from '../../../db/domain/vocab';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import type { CarrierLevel } from '../../../db/domain/vocab';
import type { BeyondMaxInput } from '../../ipc/schemas/classification';
import { isNational, termEndsOn, termLabel, type Term } from '../carriers';
import { addPeriod } from '../util/dates';
import { refuse } from '../util/refuse';

export interface NewTerm {
  term: Term;
  /** The level's maximum, for the record (null: no maximum). */
  maxEndsOn: string | null;
  /** The 另有规定 the term rests on, when it passes the maximum (and only then). */
  beyondMax: BeyondMaxInput | null;
}

/**
 * The term a decision leaves on an item of `level` issued on `issuedOn`, replacing `before` by `proposed`.
 * `extending`: a 延期, which must reach further than `before`. `follows`: a copy following its original's
 * decision, which already met this rule (a basis the copy does not need is then left unrecorded, not refused).
 */
export function newTermWithinMax(
  level: CarrierLevel,
  issuedOn: string,
  before: Term,
  proposed: Term,
  basis: BeyondMaxInput | undefined,
  how: { extending: boolean; follows: boolean },
): NewTerm {
  if (!isNational(level)) return { term: proposed, maxEndsOn: null, beyondMax: null };
  const years = MAX_TERM_YEARS[level];
  const max = addPeriod(issuedOn, years, 0);
  const oldEnd = termEndsOn(before, issuedOn);
  const askBasis = `确有另有规定的，请登记其依据、批准机关和批准文件。`;
  let term = proposed;
  // A condition newly put in place of a date keeps the maximum as its latest end unless a basis says
  // otherwise: if the condition has not come by then, the secret declassifies itself (law art. 24).
  if (term.kind === 'condition' && term.until === null && oldEnd !== null && !basis) {
    if (how.extending && oldEnd >= max) {
      refuse(
        'term_within_statutory_max',
        `保密期限已达${LEVEL_LABELS[level]}级的法定最长期限（${years} 年，至 ${max}），改为解密条件也不能再延长（保密法第二十条）。${askBasis}`,
        'beyondMax',
      );
    }
    term = { ...term, until: max };
  }
  const end = termEndsOn(term, issuedOn);
  // Past the maximum: an end after it, or no end at all where there was one.
  const passes = end !== null ? end > max : term.kind === 'condition' && oldEnd !== null;
  if (passes && !basis) {
    refuse(
      'term_within_statutory_max',
      `保密期限超过法定最长期限：${LEVEL_LABELS[level]}级不超过 ${years} 年（保密法第二十条），自制发日 ${issuedOn} 起算至 ${max}，本次为“${termLabel(term)}”。${askBasis}`,
      'beyondMax',
    );
  }
  if (!passes && basis && !how.follows) {
    refuse(
      'term_within_statutory_max',
      `“${termLabel(term)}”未超过${LEVEL_LABELS[level]}级的法定最长期限（至 ${max}），无须登记另有规定依据；请删去该依据，以免记录失实。`,
      'beyondMax',
    );
  }
  return { term, maxEndsOn: max, beyondMax: passes && basis ? basis : null };
}
