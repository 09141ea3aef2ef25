// The law's rules on 保密审查 (law art. 35/37, regulation art. 42: 先审查、后公开; 谁主管谁审查谁负责). Each
// refusal names its rule; each rule has a test named after it (test/electron/core/reviews/rules.test.ts).
import type { ReviewOutcome, ReviewPurpose, ReviewStep } from '../../../db/domain/vocab';
import { REVIEW_STEP_LABELS } from '../../../db/domain/labels';
import { refuse } from '../util/refuse';

const squash = (s: string) => s.replace(/\s+/g, '');

/** The steps that may follow the ones done: 部门初审 → 保密办审查 → (专家意见) → 单位领导签批 → (保密委员会). */
export function nextSteps(done: readonly ReviewStep[]): ReviewStep[] {
  const last = done[done.length - 1];
  switch (last) {
    case undefined:
    default:
      return ['dept'];
    case 'dept':
      return ['office'];
    case 'office':
      return ['expert', 'leader'];
    case 'expert':
      return ['leader'];
    case 'leader':
      return ['committee'];
    case 'committee':
      return [];
  }
}

export function checkStepOrder(done: readonly ReviewStep[], step: ReviewStep): void {
  const next = nextSteps(done);
  if (next.includes(step)) return;
  refuse(
    'review_step_order',
    next.length
      ? `保密审查应依次经过部门初审、保密办审查、（专家意见）、单位领导签批：下一步应为“${next.map((s) => REVIEW_STEP_LABELS[s]).join('”或“')}”。`
      : '该审查的各环节已全部完成。',
    'step',
  );
}

/** The one who proposes publishing cannot also be the one who passes it (谁主管谁审查: a second pair of eyes). */
export function checkNotByHandler(handlerName: string, approverName: string): void {
  if (squash(handlerName) === squash(approverName)) {
    refuse(
      'review_not_by_handler',
      `${handlerName}是该信息的承办人，不能审查、签批自己承办的信息，请由其他人员审批。`,
      'approval.approver',
    );
  }
}

export interface DecisionFacts {
  purpose: ReviewPurpose;
  outcome: ReviewOutcome;
  /** The steps approved so far. */
  approved: readonly ReviewStep[];
  abroadBasis: string | undefined;
  amendments: string | undefined;
  carrierId: number | undefined;
  /** The unit puts this use before its 保密委员会 too (review settings). */
  committeeRequired: boolean;
}

/** Whether the outcome lets the information go out. */
const goesOut = (o: ReviewOutcome) => o === 'publish' || o === 'publish_amended';

export function checkDecision(f: DecisionFacts): void {
  // 向境外提供 (law art. 37): never without the leader's approval and a recorded basis, whatever else was done.
  if (f.purpose === 'abroad' && goesOut(f.outcome)) {
    if (!f.approved.includes('leader') || !f.abroadBasis) {
      refuse(
        'abroad_needs_leader_approval',
        `向境外提供信息须经单位领导批准并记录提供依据（保密法第三十七条）${f.approved.includes('leader') ? '：请填写提供依据' : '：尚无单位领导的同意签批'}。`,
        f.approved.includes('leader') ? 'abroadBasis' : 'outcome',
      );
    }
  }
  if (!f.approved.includes('dept') || !f.approved.includes('office')) {
    refuse(
      'review_before_outcome',
      '先审查、后公开：须经部门初审和保密办审查同意后，才能办结审查（条例第四十二条）。',
      'outcome',
    );
  }
  if (goesOut(f.outcome) && !f.approved.includes('leader')) {
    refuse('review_publish_needs_leader', '公开或对外提供须经单位领导签批同意。', 'outcome');
  }
  if (goesOut(f.outcome) && f.committeeRequired && !f.approved.includes('committee')) {
    refuse(
      'review_committee_required',
      '本单位规定此类信息须经保密委员会审定后才能公开或对外提供：尚无保密委员会的同意意见。',
      'outcome',
    );
  }
  if (f.outcome === 'publish_amended' && !f.amendments) {
    refuse('amendments_recorded', '删改后公开须写明删改的内容。', 'amendments');
  }
  if (f.outcome === 'classified' && f.carrierId === undefined) {
    refuse(
      'classified_becomes_carrier',
      '按涉密办理的信息须登记为涉密载体（并作定密记录），请选择对应的载体。',
      'carrierId',
    );
  }
}
