// What the personnel register reminds the clerk of: 复审 due, separation periods ending or ended, the yearly
// 保密责任书 not yet signed, trips back overdue, passports not returned.
import { and, count, eq, isNull, lt, lte, notInArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { passportMovements, persons, pledges, privateTravel } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { can } from '../util/permissions';
import { addDays, today, yearOf } from '../util/dates';
import type { ReminderSource } from '../util/reminder-source';
import { separationOverBy, separationRunsOn } from './rules';
import { personnelSettings } from './settings';

/**
 * How many persons in post have not signed `year`'s 保密责任书: the year's letters read once (an uncorrelated
 * NOT IN), where a NOT EXISTS per person had SQLite read every letter of the year for each person (2.1 s at the
 * large demo, on the home page; pinned by test/electron/core/persons/query-plan.test.ts).
 */
export function lettersDueQuery(db: Pick<Db, 'select'>, year: number) {
  return db
    .select({ n: count() })
    .from(persons)
    .where(
      and(
        eq(persons.status, 'in_post'),
        notInArray(
          persons.id,
          db
            .select({ id: pledges.personId })
            .from(pledges)
            .where(and(eq(pledges.kind, 'responsibility_letter'), eq(pledges.year, year))),
        ),
      ),
    );
}

export const personnelReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const { warningDays } = personnelSettings(db);
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const out: Reminder[] = [];
  const push = (cnt: number, r: Omit<Reminder, 'title'> & { title: (n: number) => string }) => {
    if (cnt) out.push({ ...r, title: r.title(cnt) });
  };

  push(
    n(
      db
        .select({ n: count() })
        .from(persons)
        .where(and(eq(persons.status, 'in_post'), lte(persons.nextVettingOn, addDays(now, warningDays))))
        .get(),
    ),
    {
      id: 'person_revetting_due',
      severity: 'warning',
      title: (c) => `${c} 名在岗涉密人员复审到期或即将到期`,
      detail: '组织人事部门应定期组织复审（实施条例第五十条）。',
      target: 'persons',
      view: { filters: { due: 'vetting_due' } },
    },
  );
  push(
    n(
      db
        .select({ n: count() })
        .from(persons)
        .where(and(separationRunsOn(now), lte(persons.separationEndsOn, addDays(now, warningDays))))
        .get(),
    ),
    {
      id: 'person_separation_ending',
      severity: 'info',
      title: (c) => `${c} 名人员的脱密期将在 ${warningDays} 天内届满`,
      detail: '期满后解除脱密期管理，仍须继续履行保密义务（保密法第四十六条）。',
      target: 'persons',
      view: { filters: { due: 'separation_ending' } },
    },
  );
  push(
    n(
      db
        .select({ n: count() })
        .from(persons)
        .where(and(eq(persons.status, 'separation'), separationOverBy(now)))
        .get(),
    ),
    {
      id: 'person_separation_ended',
      severity: 'info',
      title: (c) => `${c} 名人员脱密期已满`,
      detail: '请办理脱密期满手续（调离、离职或解除出入境备案），并在档案中记录。',
      target: 'persons',
    },
  );
  const year = yearOf(now);
  push(n(lettersDueQuery(db, year).get()), {
    id: 'person_letter_due',
    severity: 'info',
    title: (c) => `${c} 名在岗涉密人员尚未签订 ${year} 年度保密责任书`,
    detail: '保密责任书每年签订一次。',
    target: 'persons',
  });
  push(
    n(
      db
        .select({ n: count() })
        .from(privateTravel)
        .where(and(eq(privateTravel.status, 'departed'), lt(privateTravel.plannedReturnOn, now)))
        .get(),
    ),
    {
      id: 'travel_return_overdue',
      severity: 'warning',
      title: (c) => `${c} 人因私出国(境)已过返回日期，尚未登记返回`,
      detail: '请核实是否按期返回，并督促提交回国(境)报告。',
      target: 'private_travel',
    },
  );
  push(
    n(
      db
        .select({ n: count() })
        .from(passportMovements)
        .where(and(isNull(passportMovements.returnedOn), lt(passportMovements.dueBackOn, now)))
        .get(),
    ),
    {
      id: 'passport_not_returned',
      severity: 'warning',
      title: (c) => `${c} 本因私证照逾期未交回单位保管`,
      detail: '涉密人员因私证照由单位统一保管，返回后应及时交回。',
      target: 'private_travel',
    },
  );
  return out;
};
