// Demo data for 保密津贴: the twelve months up to this one, each built by the service's own buildStatement from the
// persons seeded (their posting, clearance history and leaving, prorated by day) at the unit's rates, with a few
// 扣发; the eleven past months final, this month a draft. A small unit makes one statement for everyone; a large
// one a statement per department, as its departments sign their own (large: 120 statements, some 50,000 lines).
import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { departments, persons } from '../../../db/schema';
import { AllowanceCreateInput } from '../../ipc/schemas/allowance';
import { addPeriod } from '../util/dates';
import { buildStatement } from './allowance.service';

const DEDUCTIONS = [
  { amount: 100, reason: '未按规定参加年度保密教育培训' },
  { amount: 150, reason: '涉密载体未按期归还，经检查发现' },
  { amount: 50, reason: '保密自查中发现办公室涉密文件未入柜' },
];

export interface AllowanceSeedResult {
  statements: number;
}

/**
 * Seeds the statements of the twelve months ending with `today`'s, as recorded by `accountId` at the end of each
 * month (this month: at `at`); deterministic for a seeded `rng`.
 */
export function seedAllowance(
  db: Db,
  scale: 'small' | 'large',
  rng: () => number,
  today: string,
  at: string,
  accountId: number,
): AllowanceSeedResult {
  const depts: (number | undefined)[] =
    scale === 'small'
      ? [undefined]
      : db
          .select({ id: departments.id })
          .from(departments)
          .orderBy(asc(departments.sortOrder), asc(departments.id))
          .all()
          .map((d) => d.id);
  const month = today.slice(0, 7);
  let statements = 0;
  db.transaction((tx) => {
    for (let back = 11; back >= 0; back--) {
      const period = addPeriod(`${month}-01`, 0, -back).slice(0, 7);
      const first = `${period}-01`;
      const recordedAt = back === 0 ? at : `${addPeriod(first, 0, 1).slice(0, 8)}01T01:00:00.000Z`;
      for (const departmentId of depts) {
        // 扣发 only for someone in post the whole month, so the amount stays under what is due.
        const candidates = tx
          .select({ id: persons.id })
          .from(persons)
          .where(
            and(
              eq(persons.status, 'in_post'),
              isNotNull(persons.postedOn),
              lte(persons.postedOn, first),
              departmentId === undefined ? undefined : eq(persons.departmentId, departmentId),
            ),
          )
          .orderBy(asc(persons.id))
          .limit(200)
          .all();
        const docked =
          candidates.length && rng() < 0.6 ? candidates[Math.floor(rng() * candidates.length)] : null;
        const deductions = docked
          ? [{ personId: docked.id, ...(DEDUCTIONS[Math.floor(rng() * DEDUCTIONS.length)] as object) }]
          : [];
        const input = AllowanceCreateInput.parse({
          period,
          ...(departmentId === undefined ? {} : { departmentId }),
          deductions,
          final: back > 0,
        });
        buildStatement(tx, input, { accountId, now: recordedAt });
        statements++;
      }
    }
  });
  return { statements };
}
