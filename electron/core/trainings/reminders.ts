// What the trainings register reminds the clerk of: 涉密人员 under the yearly floor as its day nears, a 不合格
// 考核 whose clearance review is not recorded, agreements whose term ends soon, new staff without the
// 上岗前保密教育 or the unit's agreement.
import { and, count, eq, gte, inArray, isNotNull, isNull, lte, notExists, sql } from 'drizzle-orm';
import { agreements, persons, staffMembers, trainingAttendance, trainingSessions } from '../../../db/schema';
import type { Reminder } from '../../ipc/schemas/reminders';
import { addDays, today, yearOf } from '../util/dates';
import { can } from '../util/permissions';
import type { ReminderSource } from '../util/reminder-source';
import { failedUnreviewed } from './appraisals';
import { underFloorCount } from './matrix';
import { trainingSettings } from './settings';

export const trainingReminders: ReminderSource = (core) => {
  const { db, account } = core.session();
  if (!can(account.role, 'register:read', core.adminMode())) return [];
  const now = today(core.clock);
  const settings = trainingSettings(db);
  const out: Reminder[] = [];

  const year = yearOf(now);
  const floorDay = `${year}-${settings.floorBy}`;
  if (now >= addDays(floorDay, -settings.warningDays)) {
    const under = underFloorCount(db, year, settings).underFloor;
    if (under) {
      out.push({
        id: 'training_under_floor',
        severity: now > floorDay ? 'danger' : 'warning',
        title: `${under} 名涉密人员本年度保密教育培训未达下限`,
        detail: `本单位要求每年 ${floorDay} 前达到培训次数和学时下限，请安排培训或补学（实施条例第九条）。`,
        target: 'trainings',
      });
    }
  }

  for (const f of failedUnreviewed(db)) {
    out.push({
      id: `appraisal_failed_${f.a.id}`,
      severity: 'warning',
      title: `${f.name}（${f.department}）${f.a.year} 年度考核不合格，请复核其涉密资格`,
      detail: '考核不合格不自动调整涉密等级：请按程序复核，并在考核记录中登记复核意见。',
      target: 'trainings',
    });
  }

  const ending =
    db
      .select({ n: count() })
      .from(agreements)
      .where(
        and(gte(agreements.termEndsOn, now), lte(agreements.termEndsOn, addDays(now, settings.warningDays))),
      )
      .get()?.n ?? 0;
  if (ending) {
    out.push({
      id: 'agreement_term_ending',
      severity: 'info',
      title: `${ending} 份保密协议将在 ${settings.warningDays} 天内期满`,
      detail: '请确认是否续签。',
      target: 'trainings',
    });
  }

  // A 竞业限制 about to end: the person (often one who left) is told in writing that it is over, and the unit
  // stops paying its compensation; the clerk is reminded by name.
  const nonCompete = db
    .select({
      id: agreements.id,
      endsOn: agreements.nonCompeteEndsOn,
      name: sql<string>`coalesce(${persons.name}, ${staffMembers.name}, ${agreements.partner}, '')`,
    })
    .from(agreements)
    .leftJoin(persons, eq(persons.id, agreements.personId))
    .leftJoin(staffMembers, eq(staffMembers.id, agreements.staffId))
    .where(
      and(
        gte(agreements.nonCompeteEndsOn, now),
        lte(agreements.nonCompeteEndsOn, addDays(now, settings.warningDays)),
      ),
    )
    .all();
  for (const a of nonCompete) {
    out.push({
      id: `non_compete_ending_${a.id}`,
      severity: 'info',
      title: `${a.name}的竞业限制将于 ${a.endsOn} 期满`,
      detail: '期满后竞业限制义务终止：请书面告知本人，并停止支付经济补偿。',
      target: 'trainings',
    });
  }

  const newStaff =
    db
      .select({ n: count() })
      .from(staffMembers)
      .where(
        and(
          isNotNull(staffMembers.joinedOn),
          isNull(staffMembers.leftOn),
          gte(staffMembers.joinedOn, addDays(now, -365)),
          sql`(${notExists(
            db
              .select({ id: trainingAttendance.id })
              .from(trainingAttendance)
              .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
              .where(
                and(
                  eq(trainingAttendance.staffId, staffMembers.id),
                  eq(trainingSessions.purpose, 'pre_post'),
                  inArray(trainingAttendance.status, ['present', 'make_up']),
                ),
              ),
          )} OR ${notExists(
            db.select({ id: agreements.id }).from(agreements).where(eq(agreements.staffId, staffMembers.id)),
          )})`,
        ),
      )
      .get()?.n ?? 0;
  if (newStaff) {
    out.push({
      id: 'staff_onboarding_missing',
      severity: 'warning',
      title: `${newStaff} 名新录用或调入人员尚未完成上岗前保密教育或未签订保密协议`,
      detail: '新录用、调入人员上岗前应接受保密教育，并签订本单位的保密协议。',
      target: 'trainings',
    });
  }
  return out;
};
