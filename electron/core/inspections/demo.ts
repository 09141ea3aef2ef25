// Demo data for checks: a year of monthly 部门自查, quarterly 抽查 of two departments each, the 年度自查自评 and one 上级检查, each with
// its checklist from the default template; findings in every state (待整改, 整改中, 待验收, 已整改, 已结转 and
// 逾期). Written with prepared statements in one transaction; the CLI's `demo` command calls it after persons.
import { CHECK_AREAS, type CheckKind, type FindingStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { addDays, addPeriod } from '../util/dates';
import { DEFAULT_TEMPLATE } from './template';

export interface InspectionSeedResult {
  inspections: number;
  findings: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `months` monthly self-checks per department (small: 3 departments, large: every one), and the rest. */
export function seedInspections(
  db: Db,
  scale: 'small' | 'large',
  rng: () => number,
  now: Date,
): InspectionSeedResult {
  const c = db.$client;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const at = now.toISOString();
  const depts = c.prepare('SELECT id, name FROM departments ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const people = c
    .prepare("SELECT id, department_id AS d FROM persons WHERE status = 'in_post' ORDER BY id")
    .all() as {
    id: number;
    d: number;
  }[];
  if (depts.length === 0 || people.length < 2) return { inspections: 0, findings: 0 };
  const insCheck = c.prepare(
    `INSERT INTO inspections (kind, title, period, checked_on, department_id, areas, inspectors, authority, opinion,
       status, closed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insItem = c.prepare(
    'INSERT INTO inspection_items (inspection_id, seq, area, text, answer, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insFinding = c.prepare(
    `INSERT INTO findings (inspection_id, item_id, area, what, severity, department_id, responsible_person_id,
       requirement, deadline, status, rectification, rectified_on, rectified_by_id, verifier_id, verified_on, evidence,
       carry_over_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insScope = c.prepare(
    'INSERT INTO inspection_departments (inspection_id, department_id) VALUES (?, ?)',
  );
  const insEvent = c.prepare(
    'INSERT INTO finding_events (finding_id, kind, "on", summary, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const areas = JSON.stringify(CHECK_AREAS);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
  let checks = 0;
  let found = 0;

  const check = (
    kind: CheckKind,
    title: string,
    period: string,
    on: string,
    dept: number | null,
    failRate: number,
  ) => {
    const recent = on >= addDays(today, -45);
    const authority = kind === 'superior' ? '市国家保密局' : null;
    const id = (
      insCheck.get(
        kind,
        title,
        period,
        on,
        dept,
        areas,
        kind === 'superior' ? '市国家保密局检查组' : '王丽、保密办',
        authority,
        kind === 'superior' ? '总体情况良好，发现问题限期整改' : null,
        recent ? 'open' : 'closed',
        recent ? null : addDays(on, 20),
        at,
      ) as { id: number }
    ).id;
    checks++;
    if (dept !== null) insScope.run(id, dept);
    DEFAULT_TEMPLATE.forEach((t, i) => {
      const fail = rng() < failRate;
      const item = (
        insItem.get(
          id,
          i + 1,
          t.area,
          t.text,
          fail ? 'fail' : rng() < 0.1 ? 'na' : 'pass',
          fail ? '检查发现' : null,
        ) as {
          id: number;
        }
      ).id;
      if (!fail) return;
      const owner = people.find((p) => p.d === dept) ?? pick(people);
      const verifier = people.find((p) => p.id !== owner.id) ?? owner;
      const deadline = addDays(on, 15 + Math.floor(rng() * 30));
      // Older findings are done, but a few carried over when their check closed and still being rectified (逾期
      // by now); recent ones spread over the open states and 逾期.
      const carried = !recent && rng() < 0.1;
      const status: FindingStatus = carried
        ? 'rectifying'
        : !recent
          ? 'closed'
          : pick(['pending', 'rectifying', 'to_verify', 'rectifying', 'pending'] as const);
      const done = status === 'closed';
      const f = (
        insFinding.get(
          id,
          item,
          t.area,
          `${t.text}：检查发现`,
          pick(['minor', 'minor', 'serious', 'major'] as const),
          owner.d,
          owner.id,
          '限期整改并报送整改情况',
          // Some recent open ones already past their deadline: 逾期 on the board and the home page.
          recent && rng() < 0.4 ? addDays(today, -3) : deadline,
          status,
          done || status === 'to_verify' ? '已按要求整改' : null,
          done || status === 'to_verify' ? addDays(on, 10) : null,
          done || status === 'to_verify' ? owner.id : null,
          done ? verifier.id : null,
          done ? addDays(on, 12) : null,
          done ? '现场复查' : null,
          carried ? '涉及经费，纳入下年度整改' : null,
          at,
        ) as { id: number }
      ).id;
      found++;
      insEvent.run(f, 'found', on, `检查发现：${t.text}`, at);
      insEvent.run(f, 'assigned', on, '下达整改', at);
      if (status !== 'pending') insEvent.run(f, 'started', addDays(on, 2), '开始整改', at);
      if (done || status === 'to_verify') insEvent.run(f, 'submitted', addDays(on, 10), '整改完成', at);
      if (done) insEvent.run(f, 'verified', addDays(on, 12), '验收通过', at);
      if (carried) insEvent.run(f, 'carried_over', addDays(on, 20), '检查结束时结转，继续整改', at);
    });
    return id;
  };

  c.transaction(() => {
    const checked = scale === 'small' ? depts.slice(0, 3) : depts;
    for (let m = 11; m >= 0; m--) {
      const month = addPeriod(today, 0, -m).slice(0, 7);
      const on = `${month}-${m === 0 ? today.slice(8) : '25'}`;
      for (const d of checked)
        check('self_dept', `${d.name}${month}保密自查`, month, on > today ? today : on, d.id, 0.03);
      if (m % 3 !== 0) continue;
      // Each quarter's 抽查 covers two departments in turn (检查范围), the rest of the unit is not checked.
      const spot = check('spot', `${month}保密抽查`, month, on > today ? today : on, null, 0.08);
      const first = (m / 3) % depts.length;
      const scope = [...new Set([first, (first + 1) % depts.length])].map(
        (i) => (depts[i] as { id: number }).id,
      );
      for (const d of scope) insScope.run(spot, d);
    }
    const last = String(now.getFullYear() - 1);
    check(
      'annual',
      `${last}年度保密自查自评`,
      last,
      `${now.getFullYear()}-01-20` > today ? today : `${now.getFullYear()}-01-20`,
      null,
      0.05,
    );
    check('superior', '市国家保密局年度保密检查', today.slice(0, 7), addDays(today, -20), null, 0.1);
  })();
  return { inspections: checks, findings: found };
}
