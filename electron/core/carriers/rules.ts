// The law's rules on carriers and 定密 (DOMAIN.md "Carriers"). Each refusal is a RULE error naming its rule,
// and each rule has a test named after it (test/electron/core/carriers/rules.test.ts).
import {
  LEVEL_RANK,
  MAX_TERM_YEARS,
  NATIONAL_LEVELS,
  type CarrierLevel,
  type CopyStatus,
  type NationalLevel,
} from '../../../db/domain/vocab';
import { CARRIER_STATUS_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import { addPeriod } from '../util/dates';
import { refuse } from '../util/refuse';
import { termEndsOn, termLabel, termLoosens, termOver, type Term } from './terms';

export function isNational(level: CarrierLevel): level is NationalLevel {
  return (NATIONAL_LEVELS as readonly string[]).includes(level);
}

export function isCommercial(level: CarrierLevel): boolean {
  return level === 'commercial_core' || level === 'commercial_general';
}

/** 机密 and above: knowers are recorded (regulation art. 20). */
export function needsKnowerRecord(level: CarrierLevel): boolean {
  return level === 'top_secret' || level === 'secret';
}

/** The last day a term of this level may reach, counted from 制发日 (law art. 20); null: no maximum. */
export function maxEndOf(level: CarrierLevel, issuedOn: string): string | null {
  return isNational(level) ? addPeriod(issuedOn, MAX_TERM_YEARS[level], 0) : null;
}

/** Law art. 20: 绝密 ≤ 30 years, 机密 ≤ 20, 秘密 ≤ 10, counted from 制发日. */
export function checkTermWithinMax(level: CarrierLevel, term: Term, issuedOn: string, path = 'term'): void {
  if (term.kind === 'long_term' && !isCommercial(level)) {
    refuse(
      'long_term_commercial_only',
      `“长期”只适用于商业秘密；${LEVEL_LABELS[level]}须确定保密期限、解密日期或解密条件。`,
      path,
    );
  }
  if (!isNational(level)) return;
  const end = termEndsOn(term, issuedOn);
  const max = maxEndOf(level, issuedOn);
  if (end !== null && max !== null && end > max) {
    refuse(
      'term_within_statutory_max',
      `保密期限超过法定最长期限：${LEVEL_LABELS[level]}级不超过 ${MAX_TERM_YEARS[level]} 年（保密法第二十条），自制发日 ${issuedOn} 起算至 ${max}，本次为“${termLabel(term)}”。`,
      path,
    );
  }
}

/** Registration sanity: a carrier is issued (制发) on or before the day it is registered, and not after today. */
export function checkIssuedBeforeRegistered(issuedOn: string, registeredOn: string, today: string): void {
  if (issuedOn > registeredOn) {
    refuse(
      'issued_on_or_before_registration',
      `制发日（${issuedOn}）晚于登记日期（${registeredOn}）：载体应在制发之后登记，请核对两个日期。`,
      'issuedOn',
    );
  }
  if (issuedOn > today) {
    refuse(
      'issued_on_or_before_registration',
      `制发日（${issuedOn}）晚于今天（${today}）：不能登记尚未制发的载体，请核对制发日。`,
      'issuedOn',
    );
  }
}

/** A 保密期限 that ends on or before its own 制发日 protects nothing: it is a mistyped date, not a term. */
export function checkTermEndsAfterIssue(term: Term, issuedOn: string, path = 'term'): void {
  const end = termEndsOn(term, issuedOn);
  if (end !== null && end <= issuedOn) {
    refuse(
      'term_ends_after_issue',
      `保密期限应在制发日（${issuedOn}）之后届满，“${termLabel(term)}”不在其后，请核对解密日期。`,
      term.kind === 'until_date' ? `${path}.until` : path,
    );
  }
}

export function checkLevelAllowed(level: CarrierLevel, commercialEnabled: boolean): void {
  if (isCommercial(level) && !commercialEnabled) {
    refuse(
      'commercial_levels_not_enabled',
      `本单位未启用商业秘密密级，不能登记为“${LEVEL_LABELS[level]}”。如需使用，请在载体设置中启用。`,
      'level',
    );
  }
}

/** An approval the action needs: it must be there and it must say yes. */
export function requireApproval(
  approval: ActionApprovalInput | undefined,
  rule: string,
  message: string,
): ActionApprovalInput {
  if (!approval) refuse(rule, message, 'approval');
  if (approval.decision !== 'approved') {
    refuse('approval_not_granted', '审批未同意，不能办理。', 'approval.decision');
  }
  return approval;
}

export function checkNotLentOutside(level: CarrierLevel, outside: boolean): void {
  if (level === 'top_secret' && outside) {
    refuse('top_secret_never_lent_outside', '绝密级载体不得借出本单位。', 'outside');
  }
}

/** Regulation art. 29(2): 绝密 travels with two or more people. */
export function checkTopSecretCompanions(level: CarrierLevel, companions: string[]): void {
  if (level === 'top_secret' && companions.filter((c) => c.trim()).length < 1) {
    refuse(
      'top_secret_two_people',
      '携带绝密级载体外出，应当两人以上同行（保密法实施条例第二十九条），请填写同行人员。',
      'companions',
    );
  }
}

/** A copy or excerpt keeps the original's level, term and range; an override may only tighten them. */
export function checkCopyNeverLoosens(
  original: { level: CarrierLevel; term: Term; needToKnow: string[]; issuedOn: string },
  proposed: { level: CarrierLevel; term: Term; needToKnow: string[] },
): void {
  if (LEVEL_RANK[proposed.level] < LEVEL_RANK[original.level]) {
    refuse(
      'copy_never_loosens',
      `复制件不得降低密级：原件为${LEVEL_LABELS[original.level]}，不能改为${LEVEL_LABELS[proposed.level]}。`,
      'level',
    );
  }
  if (termLoosens(original.term, proposed.term, original.issuedOn)) {
    refuse(
      'copy_never_loosens',
      `复制件不得缩短或改变保密期限：原件为“${termLabel(original.term)}”。`,
      'term',
    );
  }
  const allowed = new Set(original.needToKnow);
  const extra = proposed.needToKnow.filter((e) => !allowed.has(e));
  if (extra.length) {
    refuse(
      'copy_never_loosens',
      `复制件不得扩大知悉范围：“${extra.join('、')}”不在原件的知悉范围内。`,
      'needToKnow',
    );
  }
}

/** What a copy must be in for an action, with the reason it is not. */
export function checkCopyStatus(
  copyNo: number,
  status: CopyStatus,
  allowed: readonly CopyStatus[],
  action: string,
): void {
  if (allowed.includes(status)) return;
  if (status === 'on_loan' || status === 'carried_out') {
    refuse(
      'on_loan_blocks_disposal',
      `第 ${copyNo} 份正在${CARRIER_STATUS_LABELS[status]}，须先归还，才能${action}。`,
      'copyNos',
    );
  }
  refuse('copy_state', `第 ${copyNo} 份当前为“${CARRIER_STATUS_LABELS[status]}”，不能${action}。`, 'copyNos');
}

/** At least two different people witness a destruction (监销). */
export function checkWitnesses(witnesses: { name: string }[]): void {
  const names = new Set(witnesses.map((w) => w.name.trim().replace(/\s+/g, '')).filter(Boolean));
  if (names.size < 2) {
    refuse(
      'destruction_two_witnesses',
      names.size === 1 && witnesses.length > 1
        ? '监销人须为两名不同的人员，同一人不能重复计算。'
        : '销毁须有两名以上不同的监销人在场。',
      'witnesses',
    );
  }
}

/**
 * Law art. 24: an extension is decided before the term ends; afterwards the secret has declassified itself.
 * The end day is still inside the term (termOver), so a decision on that day is in time.
 */
export function checkExtendBeforeExpiry(termEnd: string | null, decidedOn: string): void {
  if (termOver(termEnd, decidedOn)) {
    refuse(
      'extend_before_expiry',
      `保密期限已于 ${termEnd ?? ''} 届满，自次日起自行解密，已到期的事项不能再延期（延长须在期满前决定，保密法第二十四条）。如仍需保密，请重新定密。`,
      'decidedOn',
    );
  }
}
