// The people the carrier tests lend to, in the personnel register as the law asks of a borrower: a 涉密人员 in
// post whose 涉密等级 fits the level (借阅 checks 知悉范围 and 涉密等级, electron/core/carriers/borrower-checks.ts).
import { postedPerson } from '../persons/helpers';
import type { Desk } from './helpers';

/** The borrower `lendCopy12` names. */
export const ZHAO_MIN = { name: '赵敏', department: '档案科' };

/** `received()`'s 知悉范围 widened to 赵敏's 档案科, for tests about what happens once she has borrowed. */
export const ARCHIVES_IN_RANGE = { needToKnow: ['办公室', '机要科', '档案科'] };

/**
 * A person taken through 审定 → 审查 → 培训 → 承诺 → 上岗 on posts of `level` (绝密 ↔ 核心, 机密 ↔ 重要,
 * 秘密 ↔ 一般): by default 赵敏 of 档案科, a 重要涉密人员.
 */
export function onStaff(
  desk: Pick<Desk, 'call'>,
  who: { name: string; department: string } = ZHAO_MIN,
  level: 'top_secret' | 'secret' | 'confidential' = 'secret',
) {
  return postedPerson(desk, { ...who, level });
}
