// The rules of 保密教育培训, 年度考核 and 保密协议 (issue 16, point 6). Each refusal is a RULE error naming its
// rule; each rule has a test named after it (test/electron/core/trainings/rules.test.ts). The rule that a person
// cannot take up a post without a passed 岗前培训 and its 考核 is persons' `train_before_post`, which asks this
// register through the offered training part (part.ts).
import { and, eq } from 'drizzle-orm';
import type { AppraisalKind } from '../../../db/domain/vocab';
import { APPRAISAL_KIND_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { appraisals, attachments } from '../../../db/schema';
import { addPeriod } from '../util/dates';
import { refuse } from '../util/refuse';
import { inList } from '../util/in-list';

/** Attendance is what happened: nobody attends (or makes up) a session that has not taken place yet. */
export function checkAttendanceNotInFuture(day: string, today: string, field = 'sessionId'): void {
  if (day > today) {
    refuse(
      'attendance_not_in_future',
      `培训日期（${day}）在今天之后，尚未举办的培训不能登记出席情况。`,
      field,
    );
  }
}

/** Only a held session has an attendance sheet: a planned one is held first, a cancelled one never. */
export function checkSessionHeld(status: string): void {
  if (status !== 'held') {
    refuse(
      'attendance_of_held_session',
      status === 'cancelled' ? '该培训已取消，不能登记出席情况。' : '该培训尚未举办，请先登记举办。',
      'sessionId',
    );
  }
}

/** 补学 is for someone recorded absent, on or after the session's day. */
export function checkMakeUp(status: string | undefined, heldOn: string, madeUpOn: string): void {
  if (status !== 'absent') {
    refuse('make_up_after_absence', '只有登记为缺席的人员才能补学。', 'personId');
  }
  if (madeUpOn < heldOn) {
    refuse('make_up_after_absence', `补学日期不能早于培训日期（${heldOn}）。`, 'madeUpOn');
  }
}

/**
 * 竞业限制 up to the unit's cap (three years by default): it ends, counted as every period (README "Dates"), no
 * later than the cap's years from its start.
 */
export function checkNonCompeteCap(from: string, endsOn: string, capYears: number): void {
  if (endsOn < from) {
    refuse('non_compete_within_cap', '竞业限制截止日期不能早于起始日期。', 'nonCompeteEndsOn');
  }
  const latest = addPeriod(from, capYears, 0);
  if (endsOn > latest) {
    refuse(
      'non_compete_within_cap',
      `竞业限制期限不得超过本单位规定的 ${capYears} 年（自 ${from} 起最迟至 ${latest}）。`,
      'nonCompeteEndsOn',
    );
  }
}

/**
 * A person's 年度考核 (涉密人员's, 保密员's) is one per year per kind; a 专项考核 may be held at any time, and a
 * failed 岗前培训考核 may be sat again.
 */
export function checkOneAppraisalPerYear(
  tx: Pick<Db, 'select'>,
  personId: number,
  kind: AppraisalKind,
  year: number,
  name: string,
): void {
  if (kind === 'special' || kind === 'pre_post') return;
  const had = tx
    .select({ id: appraisals.id })
    .from(appraisals)
    .where(and(eq(appraisals.personId, personId), eq(appraisals.kind, kind), eq(appraisals.year, year)))
    .get();
  if (had) {
    refuse(
      'one_appraisal_per_year_per_kind',
      `${name} 的 ${year} 年度${APPRAISAL_KIND_LABELS[kind]}已有记录，同一年度同一类考核只能有一次。`,
      'personId',
    );
  }
}

/** A session's materials are scans uploaded to this desk: an id that names none would show as a missing file. */
export function checkMaterialsKnown(tx: Pick<Db, 'select'>, ids: readonly number[]): void {
  if (!ids.length) return;
  const found = tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(inList(attachments.id, [...ids]))
    .all().length;
  if (found !== new Set(ids).size) {
    refuse('session_materials_known', '所选培训材料扫描件不存在，请重新上传。', 'materials');
  }
}
