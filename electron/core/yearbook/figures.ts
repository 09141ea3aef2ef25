// The figures of the 年度保密自查自评报告, per area of regulation art. 58 (the SQL of each area in
// figures-people.ts and figures-things.ts), each area followed by its findings of the year's checks.
import { CHECK_AREAS, type CheckArea } from '../../../db/domain/vocab';
import { f, n, type Ctx, type Figure, type Reader } from './figures-sql';
import { PEOPLE_FIGURES } from './figures-people';
import { THING_FIGURES } from './figures-things';

export type { Figure } from './figures-sql';

const AREA_FIGURES: Record<CheckArea, (c: Ctx) => Figure[]> = { ...PEOPLE_FIGURES, ...THING_FIGURES };

/** Findings of the year's checks in one area: found, closed (整改完成或结转), open past their deadline. */
function findings(c: Ctx, area: CheckArea): Figure[] {
  const base = `FROM findings fi JOIN inspections i ON i.id = fi.inspection_id
    WHERE fi.area = ? AND i.checked_on BETWEEN ? AND ?`;
  return [
    f(`${area}.findings`, '本年检查发现问题（项）', n(c, `SELECT count(*) ${base}`, area, c.from, c.to)),
    f(
      `${area}.findingsClosed`,
      '其中已整改销号（项）',
      n(c, `SELECT count(*) ${base} AND fi.status IN ('closed', 'carried_over')`, area, c.from, c.to),
    ),
    f(
      `${area}.findingsOverdue`,
      '其中逾期未整改（项）',
      n(
        c,
        `SELECT count(*) ${base} AND fi.status NOT IN ('closed', 'carried_over') AND fi.deadline < ?`,
        area,
        c.from,
        c.to,
        c.today,
      ),
    ),
  ];
}

/** Every area's figures for `year`, states read as of `today`; each area ends with its findings of the year's checks. */
export function selfAssessmentFigures(db: Reader, year: number, today: string): Record<CheckArea, Figure[]> {
  const c: Ctx = { db, year, from: `${year}-01-01`, to: `${year}-12-31`, today };
  return Object.fromEntries(
    CHECK_AREAS.map((area) => [area, [...AREA_FIGURES[area](c), ...findings(c, area)]]),
  ) as Record<CheckArea, Figure[]>;
}
