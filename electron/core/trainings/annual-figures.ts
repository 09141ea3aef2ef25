// The trainings register's part of the 年度报告 (regulation art. 56) the exchange sends the supervisor: counts only,
// no person named — sessions held, attendances, 涉密人员 under the yearly floor, 年度考核 results, 奖惩.
import { and, count, eq, gte, lte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { appraisals, sanctions, trainingAttendance, trainingSessions } from '../../../db/schema';
import type { TrainingFigures } from '../../ipc/schemas/trainings-records';
import { underFloorCount } from './matrix';

type Reader = Pick<Db, 'select'>;

const byKey = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));

export function trainingFigures(db: Reader, year: number): TrainingFigures {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { inPost, underFloor } = underFloorCount(db, year);
  return {
    trainingSessionsInYear:
      db
        .select({ n: count() })
        .from(trainingSessions)
        .where(
          and(
            eq(trainingSessions.status, 'held'),
            gte(trainingSessions.heldOn, from),
            lte(trainingSessions.heldOn, to),
          ),
        )
        .get()?.n ?? 0,
    trainingAttendancesInYear:
      db
        .select({ n: count() })
        .from(trainingAttendance)
        .where(
          and(
            gte(trainingAttendance.heldOn, from),
            lte(trainingAttendance.heldOn, to),
            ne(trainingAttendance.status, 'absent'),
          ),
        )
        .get()?.n ?? 0,
    peopleInPostForTraining: inPost,
    peopleUnderTrainingFloor: underFloor,
    appraisalsInYearByResult: byKey(
      db
        .select({ k: appraisals.result, n: count() })
        .from(appraisals)
        .where(and(eq(appraisals.year, year), eq(appraisals.kind, 'annual')))
        .groupBy(appraisals.result)
        .all(),
    ),
    sanctionsInYearByKind: byKey(
      db
        .select({ k: sanctions.kind, n: count() })
        .from(sanctions)
        .where(and(gte(sanctions.on, from), lte(sanctions.on, to)))
        .groupBy(sanctions.kind)
        .all(),
    ),
  };
}
