// A received carrier's 份号 as the issuer printed them: the number a copy is found by, and the printed form kept
// when it is not the number's plain digits ("0015" stays "0015" on screen and on paper; issue 23 point 8).
import { AppException } from '../../../db/domain/errors';
import type { CarrierRegisterInput } from '../../ipc/schemas/carriers';
import { refuse } from '../util/refuse';

export interface CopyNumbers {
  nos: number[];
  /** Per copy, the printed form when it differs from `String(no)`; null where the number says it all. */
  labels: (string | null)[];
}

/** The printed form of a copy's 份号: its label, else its number. */
export const copyText = (k: { copyNo: number; copyLabel: string | null }): string =>
  k.copyLabel ?? String(k.copyNo);

/** Copy numbers: the issuer's 份号 when given (as numbers, as printed, or both; they must match the count), else 1…n. */
export function copyNumbers(input: CarrierRegisterInput): CopyNumbers {
  const texts = input.copyNoTexts;
  const nos = input.copyNos ?? texts?.map(Number);
  if (!nos) {
    const n = Array.from({ length: input.copyCount }, (_, i) => i + 1);
    return { nos: n, labels: n.map(() => null) };
  }
  if (texts && (texts.length !== nos.length || texts.some((t, i) => Number(t) !== nos[i]))) {
    refuse('copy_no_text_matches', '份号的印制形式与份号不一致，请重新填写份号。', 'copyNoTexts');
  }
  if (nos.some((n) => n < 1))
    refuse('copy_no_text_matches', '份号须从 1 起（0、00 等不是份号）。', 'copyNoTexts');
  if (new Set(nos).size !== nos.length) {
    throw new AppException('VALIDATION', '份号不能重复（0015 与 15 是同一份）。', {
      fields: [{ path: texts ? 'copyNoTexts' : 'copyNos', message: '份号不能重复' }],
    });
  }
  if (nos.length !== input.copyCount) {
    throw new AppException('VALIDATION', `份号有 ${nos.length} 个，与份数 ${input.copyCount} 不符。`, {
      fields: [{ path: texts ? 'copyNoTexts' : 'copyNos', message: '份号个数应与份数一致' }],
    });
  }
  return {
    nos,
    labels: nos.map((n, i) => (texts?.[i] !== undefined && texts[i] !== String(n) ? texts[i] : null)),
  };
}
