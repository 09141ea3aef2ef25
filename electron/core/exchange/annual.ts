// 年度报告 (regulation art. 56): the year's figures from the registers, no personal or record-level data.
import type { Db } from '../../../db/open';
import { partHeaderLine, type LineSink } from './table-part';
import { trainingFigures } from '../trainings';
import { selfAssessmentReport } from '../yearbook';
import { incidentFigures } from '../incidents';

type Reader = Pick<Db, '$client' | 'select'>;

function grouped(db: Reader, sql: string, ...params: unknown[]): Record<string, number> {
  const rows = db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as [string, number][];
  return Object.fromEntries(rows.map(([k, n]) => [k, n]));
}

function one(db: Reader, sql: string, ...params: unknown[]): number {
  return (
    (db.$client
      .prepare(sql)
      .pluck()
      .get(...params) as number | null) ?? 0
  );
}

/**
 * One part, `annual_report`, with one row: the year, its figures, and the 自查自评报告 (the 13 areas of art. 58,
 * each with its figures and the clerk's own text, as the unit would hand it in on paper).
 */
export function writeAnnualReport(
  db: Reader,
  year: number,
  today: string,
  out: LineSink,
  now?: string,
): number {
  out.write(partHeaderLine(['year', 'figures', 'self_assessment']));
  const report = selfAssessmentReport(db, year, today).areas.map((a) => ({
    area: a.area,
    title: a.title,
    figures: a.figures.map((f) => ({ key: f.key, label: f.label, value: f.value })),
    text: a.text,
  }));
  out.write(`${JSON.stringify([year, annualFigures(db, year, today, now), report])}\n`);
  return 1;
}

/** `now` reads the incidents' 24-hour clock; without it, the end of `today`. */
export function annualFigures(db: Reader, year: number, today: string, now?: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return {
    carriersByLevel: grouped(db, 'SELECT level, count(*) FROM carriers GROUP BY level'),
    carriersByStatus: grouped(db, 'SELECT status, count(*) FROM carriers GROUP BY status'),
    registeredInYearBySource: grouped(
      db,
      'SELECT source, count(*) FROM carriers WHERE registered_on BETWEEN ? AND ? GROUP BY source',
      from,
      to,
    ),
    copiesDestroyedInYear: one(
      db,
      `SELECT count(*) FROM destruction_items i JOIN destruction_batches b ON b.id = i.batch_id
       WHERE substr(b.destroyed_at, 1, 10) BETWEEN ? AND ?`,
      from,
      to,
    ),
    destructionBatchesInYear: one(
      db,
      'SELECT count(*) FROM destruction_batches WHERE substr(destroyed_at, 1, 10) BETWEEN ? AND ?',
      from,
      to,
    ),
    loansInYear: one(db, 'SELECT count(*) FROM carrier_movements WHERE started_on BETWEEN ? AND ?', from, to),
    loansOverdueNow: one(
      db,
      'SELECT count(*) FROM carrier_movements WHERE returned_on IS NULL AND due_on < ?',
      today,
    ),
    decisionsInYearByKind: grouped(
      db,
      'SELECT kind, count(*) FROM classification_decisions WHERE decided_on BETWEEN ? AND ? GROUP BY kind',
      from,
      to,
    ),
    inventoriesInYear: one(db, 'SELECT count(*) FROM inventories WHERE started_on BETWEEN ? AND ?', from, to),
    classificationItemsActive: one(db, 'SELECT count(*) FROM classification_items WHERE active = 1'),
    peopleByClearance: grouped(
      db,
      "SELECT coalesce(clearance, 'none'), count(*) FROM persons WHERE status = 'in_post' GROUP BY 1",
    ),
    peopleInSeparation: one(db, "SELECT count(*) FROM persons WHERE status = 'separation'"),
    // 要害部门部位, 保密审查, 涉密会议 and the committee (issue 17): counts only, as for the carriers.
    keySitesApproved: one(db, "SELECT count(*) FROM key_sites WHERE status = 'approved'"),
    keySiteChecksInYear: one(
      db,
      'SELECT count(*) FROM key_site_checks WHERE checked_on BETWEEN ? AND ?',
      from,
      to,
    ),
    keySiteVisitsInYear: one(
      db,
      'SELECT count(*) FROM key_site_visits WHERE substr(in_at, 1, 10) BETWEEN ? AND ?',
      from,
      to,
    ),
    reviewsInYearByOutcome: grouped(
      db,
      "SELECT coalesce(outcome, 'in_review'), count(*) FROM reviews WHERE applied_on BETWEEN ? AND ? GROUP BY 1",
      from,
      to,
    ),
    classifiedMeetingsInYearByKind: grouped(
      db,
      'SELECT kind, count(*) FROM classified_meetings WHERE starts_on BETWEEN ? AND ? GROUP BY kind',
      from,
      to,
    ),
    committeeMeetingsInYear: one(
      db,
      'SELECT count(*) FROM committee_meetings WHERE held_on BETWEEN ? AND ?',
      from,
      to,
    ),
    committeeTasksOpen: one(db, "SELECT count(*) FROM committee_tasks WHERE status = 'open'"),
    // 责任制 (regulation art. 6): the year's 责任书 and the leaders' checks by 评价, counts only.
    responsibilityLettersInYear: one(db, 'SELECT count(*) FROM responsibility_letters WHERE year = ?', year),
    leaderChecksInYearByGrade: grouped(
      db,
      'SELECT grade, count(*) FROM leader_checks WHERE year = ? GROUP BY grade',
      year,
    ),
    ...trainingFigures(db, year),
    // 泄密事件 (issue 15): counts and the 24-hour report's outcome only, never the record.
    ...incidentFigures(db, year, new Date(now ?? `${today}T23:59:59.999Z`)),
  };
}
