// Demo data for the committee: its members, a year of half-yearly meetings whose decisions are tracked tasks
// (most done), the plan and last year's summary, each department's 责任书, and the year's 涉密会议与活动.
import { yearOf } from '../../../db/domain/dates';
import type { MeetingKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import {
  approvals,
  classifiedMeetings,
  committeeMeetings,
  committeeMembers,
  committeeTasks,
  committeeYears,
  departments,
  leaderChecks,
  persons,
  responsibilityLetters,
} from '../../../db/schema';
import { LEADER_DUTIES } from '../../../db/domain/vocab';
import { addDays } from '../util/dates';

export const COMMITTEE_SCALES = { small: { meetings: 6 }, large: { meetings: 120 } } as const;

const ROLES = ['chair', 'vice_chair', 'office_head', 'member', 'member'] as const;
const DECISIONS = [
  '开展全局涉密载体清查',
  '组织保密教育培训',
  '完成要害部位安全设施检查',
  '修订涉密计算机管理办法',
  '部署保密宣传月活动',
];
const MEETINGS: [MeetingKind, string][] = [
  ['meeting', '年度档案安全工作部署会'],
  ['meeting', '涉密项目评审会'],
  ['visit', '兄弟单位参观考察档案库房'],
  ['exhibition', '城市记忆主题展参展'],
];

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function seedCommittee(
  db: Db,
  scale: keyof typeof COMMITTEE_SCALES,
  rng: () => number,
  today: string,
  at: string,
) {
  const people = db.select({ id: persons.id, name: persons.name }).from(persons).limit(30).all();
  const depts = db.select({ id: departments.id }).from(departments).all();
  if (people.length < ROLES.length || !depts.length)
    return { members: 0, meetings: 0, classifiedMeetings: 0, leaderChecks: 0 };
  const year = yearOf(today);
  const start = addDays(today, -365);
  let meetings = 0;
  let leaders = 0;
  db.transaction((tx) => {
    ROLES.forEach((role, i) => {
      const p = people[i];
      if (p)
        tx.insert(committeeMembers)
          .values({ personId: p.id, role, joinedOn: addDays(start, -400), createdAt: at })
          .run();
    });
    for (const y of [year - 1, year]) {
      tx.insert(committeeYears)
        .values({
          year: y,
          plan: '一、落实保密工作责任制；二、健全保密制度；三、开展保密教育培训；四、加强要害部位和涉密载体管理；五、组织保密检查。',
          planAdoptedOn: `${y}-01-20`,
          summary: y < year ? '全年召开保密委员会会议两次，完成保密检查和培训，未发生泄密事件。' : null,
          summaryOn: y < year ? `${y}-12-25` : null,
          createdAt: at,
        })
        .run();
      for (const d of depts)
        tx.insert(responsibilityLetters)
          .values({
            year: y,
            departmentId: d.id,
            signedOn: `${y}-01-25`,
            signer: pick(rng, people).name,
            createdAt: at,
          })
          .run();
      // The leaders' 责任制 checks at the year's end: the 主任 and 副主任, checked by the 保密办负责人.
      // This year's once its second half has begun (dated today), last year's in its last weeks.
      const checkedOn = y < year ? `${y}-12-20` : today;
      if (y < year || today >= `${y}-07-01`)
        ROLES.slice(0, 2).forEach((role, i) => {
          const p = people[i];
          if (!p) return;
          const short = rng() < 0.4 ? pick(rng, LEADER_DUTIES) : null;
          const items = LEADER_DUTIES.map((duty) =>
            duty === short
              ? { duty, rating: 'partly', note: '全年仅参加保密教育培训一次，少于单位规定' }
              : { duty, rating: 'done', note: null },
          );
          leaders++;
          tx.insert(leaderChecks)
            .values({
              year: y,
              personId: p.id,
              post: role === 'chair' ? '局长（主要负责人）' : '副局长（分管保密工作）',
              items: JSON.stringify(items),
              grade: short ? 'fair' : 'good',
              comment: short ? '责任制总体落实，个别事项需改进。' : '认真履行保密工作责任制。',
              checker: people[2]?.name ?? '保密办',
              checkedOn,
              createdAt: at,
              updatedAt: at,
            })
            .run();
        });
    }
    for (let d = addDays(start, 40); d < today; d = addDays(d, 120)) {
      meetings++;
      const m = tx
        .insert(committeeMeetings)
        .values({
          heldOn: d,
          topics: '通报保密工作情况；研究部署下一阶段工作',
          chair: people[0]?.name ?? '',
          attendees: '全体委员',
          recorder: people[2]?.name ?? '',
          minutes: '会议原则通过有关事项。',
          createdAt: at,
        })
        .returning({ id: committeeMeetings.id })
        .get();
      for (let k = 0; k < 2; k++) {
        const due = addDays(d, 45);
        const done = due < today && rng() < 0.8;
        tx.insert(committeeTasks)
          .values({
            kind: 'decision',
            meetingId: m.id,
            year: yearOf(d),
            content: pick(rng, DECISIONS),
            ownerPersonId: pick(rng, people).id,
            dueOn: due,
            status: done ? 'done' : 'open',
            doneOn: done ? addDays(due, -3) : null,
            createdAt: at,
          })
          .run();
      }
    }
    const n = COMMITTEE_SCALES[scale].meetings;
    for (let i = 0; i < n; i++) {
      const [kind, name] = pick(rng, MEETINGS);
      const on = addDays(start, Math.floor(((i + 1) / (n + 1)) * 360));
      const a = tx
        .insert(approvals)
        .values({
          kind: 'meeting',
          subjectType: 'classified_meeting',
          subjectId: name,
          approverName: '李建国',
          approverTitle: '局长',
          decision: 'approved',
          decidedAt: addDays(on, -5),
          createdAt: at,
        })
        .returning({ id: approvals.id })
        .get();
      tx.insert(classifiedMeetings)
        .values({
          kind,
          name,
          level: rng() < 0.3 ? 'secret' : 'confidential',
          startsOn: on,
          endsOn: on,
          place: '三楼保密会议室',
          hostDepartmentId: pick(rng, depts).id,
          attendees: JSON.stringify(people.slice(0, 5).map((p) => p.name)),
          venueCompliant: 1,
          identityChecked: 1,
          educated: 1,
          measures: '手机统一存放，会场屏蔽无线信号，材料会后收回',
          status: on < today ? 'closed' : 'approved',
          approvalId: a.id,
          closedOn: on < today ? on : null,
          createdAt: at,
        })
        .run();
    }
  });
  return {
    members: ROLES.length,
    meetings,
    classifiedMeetings: COMMITTEE_SCALES[scale].meetings,
    leaderChecks: leaders,
  };
}
