// Demo data for the trainings register, over the people seedPersons wrote: each person's 岗前培训 with its 考核,
// a year of sessions (one a month, the ones still ahead only planned, a 宣传月 activity outside the plan) with
// their attendance, last year's 年度考核 with a few 不合格, 奖惩, agreements (竞业限制 for some who left) and a
// short 在职人员 list. Prepared statements in one transaction; large scale is 5,000 people × 12 sessions.
import type { Db } from '../../../db/open';

export interface TrainingSeedResult {
  sessions: number;
  attendance: number;
  appraisals: number;
  sanctions: number;
  agreements: number;
  staff: number;
}

const MONTHLY = [
  ['新年保密形势教育', 'group_study'],
  ['保密法律法规学习', 'lecture'],
  ['涉密载体管理专题培训', 'special'],
  ['违法案例警示教育', 'warning'],
  ['上级保密局专题培训', 'superior'],
  ['保密知识在线考试', 'online_exam'],
  ['涉密计算机技术防范', 'special'],
  ['优良传统教育', 'group_study'],
  ['涉外活动保密教育', 'foreign_affairs'],
  ['形势任务教育', 'lecture'],
  ['保密技术防范讲座', 'lecture'],
  ['年度保密工作总结学习', 'group_study'],
] as const;

const ABSENCE = ['出差', '病假', '年休假', '外出学习'];
const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function seedTrainings(db: Db, rng: () => number, now: Date): TrainingSeedResult {
  const c = db.$client;
  const at = now.toISOString();
  const year = now.getFullYear();
  const today = `${year}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const people = c
    .prepare(
      `SELECT id, department_id AS dept, status, posted_on AS posted, left_on AS leftOn FROM persons ORDER BY id`,
    )
    .all() as { id: number; dept: number; status: string; posted: string | null; leftOn: string | null }[];
  const session = c.prepare(
    `INSERT INTO training_sessions (purpose, form, status, topic, year, planned_on, held_on, organizer, speaker,
     scope, content, hours, materials, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'[]',?,?) RETURNING id`,
  );
  const attend = c.prepare(
    `INSERT INTO training_attendance (session_id, person_id, staff_id, status, absence_reason, made_up_on, held_on,
     hours, created_at) VALUES (?,?,?,?,?,?,?,?,?)`,
  );
  const appraise = c.prepare(
    `INSERT INTO appraisals (person_id, kind, year, appraised_on, result, score, appraiser, session_id, reviewed_on,
     review_note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const out: TrainingSeedResult = {
    sessions: 0,
    attendance: 0,
    appraisals: 0,
    sanctions: 0,
    agreements: 0,
    staff: 0,
  };
  c.transaction(() => {
    // 岗前培训 and its 考核: one sitting on the first of each month someone was posted in.
    const prePost = new Map<string, number>();
    for (const p of people) {
      if (!p.posted) continue;
      const day = `${p.posted.slice(0, 7)}-01`;
      let sid = prePost.get(day);
      if (sid === undefined) {
        sid = (
          session.get(
            'pre_post',
            'group_study',
            'held',
            '新任涉密人员岗前保密教育',
            Number(day.slice(0, 4)),
            null,
            day,
            '保密办',
            '王丽',
            '新任涉密人员',
            '保密法规、单位保密制度、岗位保密职责',
            4,
            at,
            at,
          ) as { id: number }
        ).id;
        prePost.set(day, sid);
        out.sessions++;
      }
      attend.run(sid, p.id, null, 'present', null, null, day, 4, at);
      appraise.run(
        p.id,
        'pre_post',
        Number(day.slice(0, 4)),
        day,
        'pass',
        80 + Math.floor(rng() * 20),
        '王丽',
        sid,
        null,
        null,
        at,
      );
      out.attendance++;
      out.appraisals++;
    }
    // This year's plan: one session a month; those still ahead are only planned.
    const inPost = people.filter((p) => p.status === 'in_post');
    MONTHLY.forEach(([topic, form], m) => {
      const day = `${year}-${pad(m + 1)}-10`;
      const held = day <= today;
      const sid = (
        session.get(
          'annual',
          form,
          held ? 'held' : 'planned',
          topic,
          year,
          day,
          held ? day : null,
          '保密办',
          form === 'superior' ? '市保密局' : '保密办 王丽',
          '全体涉密人员',
          `${topic}：学习与讨论`,
          2,
          at,
          at,
        ) as { id: number }
      ).id;
      out.sessions++;
      if (!held) return;
      for (const p of inPost) {
        const r = rng();
        const madeUp = `${year}-${pad(m + 1)}-20`;
        if (r < 0.9) attend.run(sid, p.id, null, 'present', null, null, day, 2, at);
        else if (r < 0.95 && madeUp <= today) {
          attend.run(sid, p.id, null, 'make_up', pick(rng, ABSENCE), madeUp, madeUp, 2, at);
        } else attend.run(sid, p.id, null, 'absent', pick(rng, ABSENCE), null, day, 2, at);
        out.attendance++;
      }
    });
    // 保密法制宣传月 activity, held outside the plan.
    if (`${year}-05-20` <= today) {
      session.run(
        'other',
        'publicity_month',
        'held',
        '保密法制宣传月活动',
        year,
        null,
        `${year}-05-20`,
        '保密委员会',
        null,
        '全体职工',
        '宣传展板、知识竞赛',
        1,
        at,
        at,
      );
      out.sessions++;
    }
    // Last year's 年度考核 of everyone in post; a few 基本合格, one in two hundred 不合格 (reviewed).
    for (const p of inPost) {
      const r = rng();
      const result = r < 0.005 ? 'fail' : r < 0.03 ? 'basic_pass' : r < 0.25 ? 'excellent' : 'pass';
      appraise.run(
        p.id,
        'annual',
        year - 1,
        `${year - 1}-12-20`,
        result,
        null,
        '保密委员会',
        null,
        result === 'fail' ? `${year}-01-15` : null,
        result === 'fail' ? '经复核，调整岗位并暂停涉密资格' : null,
        at,
      );
      out.appraisals++;
    }
    const sanction = c.prepare(
      `INSERT INTO sanctions (kind, matter, person_id, department_id, "on", category, basis, approver, approved_on,
       created_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
    );
    for (let i = 0; i < Math.max(3, Math.floor(people.length / 100)); i++) {
      const p = people[Math.floor(rng() * people.length)];
      if (!p) break;
      const reward = rng() < 0.7;
      sanction.run(
        reward ? 'reward' : 'penalty',
        reward ? '年度保密工作成绩突出' : '涉密计算机违规连接手机充电',
        p.id,
        null,
        `${year - 1}-12-28`,
        reward ? '通报表扬' : '通报批评',
        reward ? '单位保密工作奖惩办法第五条' : '单位保密工作奖惩办法第十二条',
        'committee',
        `${year - 1}-12-25`,
        at,
      );
      out.sanctions++;
    }
    const agreement = c.prepare(
      `INSERT INTO agreements (kind, person_id, partner, signed_on, term_ends_on, non_compete_from, non_compete_ends_on,
       created_at) VALUES (?,?,?,?,?,?,?,?)`,
    );
    for (const p of people) {
      if (rng() < 0.3 && p.posted) {
        agreement.run('tech_secrecy', p.id, null, p.posted, null, null, null, at);
        out.agreements++;
      }
      if (p.leftOn && rng() < 0.5) {
        const from = p.leftOn;
        const to = `${Number(from.slice(0, 4)) + 2}${from.slice(4)}`;
        agreement.run('non_compete', p.id, null, from, null, from, to, at);
        out.agreements++;
      }
    }
    agreement.run(
      'partner',
      null,
      '某信息技术有限公司',
      `${year}-03-01`,
      `${year + 1}-02-28`,
      null,
      null,
      at,
    );
    out.agreements++;
    const depts = c.prepare('SELECT id FROM departments ORDER BY sort_order').pluck().all() as number[];
    const staff = c.prepare(
      `INSERT INTO staff_members (name, department_id, post, joined_on, created_at) VALUES (?,?,?,?,?)`,
    );
    const names = ['陈晨', '林静', '高远', '何雪', '罗斌', '梁爽', '宋佳', '唐宁', '韩冰', '冯磊'];
    names.forEach((n, i) => {
      staff.run(n, depts[i % depts.length], '科员', i < 2 ? today : null, at);
      out.staff++;
    });
  })();
  return out;
}
