// The rules of the committee's work and of 涉密会议 (regulation art. 6, art. 45). Each refusal names its rule;
// each rule has a test named after it (test/electron/core/committee/rules.test.ts).
import { DUTY_RATING_LABELS, LEADER_DUTY_LABELS } from '../../../db/domain/labels';
import { LEADER_DUTIES, type DutyRating, type LeaderDuty, type LeaderGrade } from '../../../db/domain/vocab';
import { refuse } from '../util/refuse';

/** A decision nobody owns is a decision nobody carries out: every decision and plan item names its owner. */
export function checkOwner(ownerPersonId: number | undefined, path: string): asserts ownerPersonId is number {
  if (ownerPersonId === undefined) {
    refuse('decision_needs_owner', '每项决定事项都须明确责任人（谁来办、何时办完），请选择责任人。', path);
  }
}

/** Art. 45: the materials handed out come back before the meeting is over. */
export function checkMaterialsBack(out: { carrierName: string; copyNo: number; issuedTo: string }[]): void {
  if (!out.length) return;
  const shown = out
    .slice(0, 5)
    .map((m) => `《${m.carrierName}》第${m.copyNo}份（${m.issuedTo}）`)
    .join('、');
  refuse(
    'meeting_materials_out',
    `尚有 ${out.length} 份会议材料未收回：${shown}${out.length > 5 ? ' 等' : ''}。会议材料全部收回后才能结束。`,
    'meetingId',
  );
}

export function checkCopyFree(inCustody: boolean, issuedElsewhere: boolean, copyNo: number): void {
  if (issuedElsewhere) {
    refuse('material_copy_once', `第${copyNo}份已作为会议材料发出，尚未收回。`, 'copyNos');
  }
  if (!inCustody) {
    refuse(
      'material_copy_in_custody',
      `第${copyNo}份目前不在保管中（已借出、外出或已处理），不能作为会议材料发放。`,
      'copyNos',
    );
  }
}

/**
 * 领导干部履行保密工作责任制情况检查表: every item of the 责任制 is rated once (a sheet with an item left out
 * reads as 落实 on paper), and an item not fully carried out says why.
 */
export function checkDutiesRated(
  items: { duty: LeaderDuty; rating?: DutyRating | undefined; note?: string | undefined }[],
): { duty: LeaderDuty; rating: DutyRating; note: string | null }[] {
  const out: { duty: LeaderDuty; rating: DutyRating; note: string | null }[] = [];
  for (const duty of LEADER_DUTIES) {
    const i = items.findIndex((x) => x.duty === duty);
    const item = items[i];
    if (!item?.rating || items.filter((x) => x.duty === duty).length > 1) {
      refuse(
        'leader_check_all_duties',
        `请逐项评定落实情况：“${LEADER_DUTY_LABELS[duty]}”${item?.rating ? '重复填写' : '尚未评定'}。`,
        `items.${i < 0 ? LEADER_DUTIES.indexOf(duty) : i}.rating`,
      );
    }
    if (item.rating !== 'done' && !item.note) {
      refuse(
        'leader_check_shortfall_explained',
        `“${LEADER_DUTY_LABELS[duty]}”评为${DUTY_RATING_LABELS[item.rating]}，请写明存在的问题。`,
        `items.${i}.note`,
      );
    }
    out.push({ duty, rating: item.rating, note: item.note ?? null });
  }
  if (items.some((x) => !(LEADER_DUTIES as readonly string[]).includes(x.duty))) {
    refuse('leader_check_all_duties', '检查事项不在保密工作责任制的事项之中。', 'items');
  }
  return out;
}

/** An item 未落实 cannot sit under an overall 好: the 评价 follows what the items say. */
export function checkGradeMatches(grade: LeaderGrade, items: { rating: DutyRating }[]): void {
  if (grade === 'good' && items.some((x) => x.rating === 'not_done')) {
    refuse('leader_check_grade_matches', '有责任事项评为“未落实”，总体评价不能为“好”。', 'grade');
  }
}

/** A leader does not check their own year; and the check is of that year (or early in the next). */
export function checkCheckerAndDate(
  leaderName: string,
  checker: string,
  year: number,
  checkedOn: string,
): void {
  if (checker.replace(/\s/g, '') === leaderName.replace(/\s/g, '')) {
    refuse('leader_check_not_by_self', '检查人不能是被检查的领导干部本人。', 'checker');
  }
  const y = Number(checkedOn.slice(0, 4));
  if (y !== year && y !== year + 1) {
    refuse(
      'leader_check_date_in_year',
      `检查日期应在 ${year} 年度内或次年年初（${year}-01-01 至 ${year + 1}-12-31）。`,
      'checkedOn',
    );
  }
}
