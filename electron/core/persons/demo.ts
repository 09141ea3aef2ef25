// Demo data for the personnel register: departments and cleared persons with realistic Chinese names and posts,
// their clearance history (its 密级审定: demo-clearance.ts), vetting, pledges and letters (their training is the trainings demo's); some in a
// separation period (their leaving procedure is the leaving demo's), some 拟任. Written in bulk with prepared statements in one transaction; the CLI's `demo` command calls
// `seedPersons` (small: 60 people, large: 5,000).
import { CLEARANCE_FOR_LEVEL, CLEARANCE_RANK, type NationalLevel } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { idCheckChar } from '../../ipc/schemas/persons-id-number';
import { addDays, addPeriod } from '../util/dates';
import { DEPARTMENTS, GIVEN, SURNAMES } from '../carriers';
import { clearanceDecisionSeeder } from './demo-clearance';
import { DEFAULT_PERSONNEL_SETTINGS } from './settings';

export const PERSON_SCALES = { small: 60, large: 5000 } as const;

const POSTS: readonly (readonly [string, NationalLevel, number])[] = [
  ['机要员', 'secret', 3],
  ['档案管理员', 'confidential', 4],
  ['保密员', 'secret', 2],
  ['文秘', 'confidential', 4],
  ['科长', 'secret', 2],
  ['定密责任人', 'top_secret', 1],
  ['网络管理员', 'secret', 1],
  ['业务主办', 'confidential', 5],
];
const POLITICAL = ['中共党员', '中共党员', '中共党员', '共青团员', '群众', '民盟盟员'];
const AREAS = ['110101', '110105', '310104', '440106', '320102', '510104', '420106', '370102'];

export interface PersonSeedResult {
  departments: number;
  persons: number;
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)] as T;
}

function weightedPost(rng: () => number): readonly [string, NationalLevel, number] {
  let r = rng() * POSTS.reduce((a, p) => a + p[2], 0);
  for (const p of POSTS) if ((r -= p[2]) < 0) return p;
  return POSTS[0] as readonly [string, NationalLevel, number];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Seeds `scale` people (a number, or small/large) as of `now`; deterministic for a seeded `rng`. */
export function seedPersons(
  db: Db,
  scale: number | keyof typeof PERSON_SCALES,
  rng: () => number,
  now: Date,
): PersonSeedResult {
  const count = typeof scale === 'number' ? scale : PERSON_SCALES[scale];
  const c = db.$client;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const at = now.toISOString();
  const s = DEFAULT_PERSONNEL_SETTINGS;
  const dept = c.prepare(
    `INSERT INTO departments (name, key_dept, sort_order, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const person =
    c.prepare(`INSERT INTO persons (name, gender, id_number, department_id, political_status, clearance,
    clearance_rank, cleared_on, highest_level, is_classifier, is_key_dept_staff, post_cert_no, post_cert_on, status,
    proposed_on, posted_on, left_on, leaving_kind, separation_years, separation_ends_on, next_vetting_on, created_at,
    updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id_number) DO NOTHING RETURNING id`);
  const post = c.prepare(
    `INSERT INTO person_posts (person_id, post, level, started_on, ended_on, created_at) VALUES (?,?,?,?,?,?)`,
  );
  const event = c.prepare(
    `INSERT INTO person_events (person_id, kind, "on", at, summary, detail) VALUES (?,?,?,?,?,?)`,
  );
  const vet =
    c.prepare(`INSERT INTO vettings (person_id, kind, vetted_on, result, form, next_due_on, created_at)
    VALUES (?, 'initial', ?, 'passed', '{}', ?, ?)`);
  const pledge = c.prepare(
    `INSERT INTO pledges (person_id, kind, signed_on, year, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const decide = clearanceDecisionSeeder(c, at);
  let persons = 0;
  c.transaction(() => {
    const deptIds = DEPARTMENTS.map(
      (name, i) =>
        (dept.get(name, name === '机要科' || name === '保密办' ? 1 : 0, i, at) as { id: number }).id,
    );
    for (let i = 0; i < count; i++) {
      const male = rng() < 0.55;
      const name = pick(rng, [...SURNAMES]) + pick(rng, GIVEN) + (rng() < 0.15 ? pick(rng, GIVEN) : '');
      const birth = `${1965 + Math.floor(rng() * 35)}${pad(1 + Math.floor(rng() * 12))}${pad(1 + Math.floor(rng() * 28))}`;
      const seq =
        pad(Math.floor(rng() * 50), 2) +
        String(male ? 1 + 2 * Math.floor(rng() * 5) : 2 * Math.floor(rng() * 5));
      const first = `${pick(rng, AREAS)}${birth}${seq}`;
      const [postName, level] = weightedPost(rng);
      const clearance = CLEARANCE_FOR_LEVEL[level];
      const since = Math.floor(30 + rng() * 3650);
      const proposed = addDays(today, -since);
      const cleared = addDays(proposed, 5);
      const posted = addDays(proposed, 12);
      const roll = rng();
      const status = roll < 0.04 ? 'proposed' : roll < 0.12 ? 'separation' : 'in_post';
      // Left within the last 900 days, and at least a day after the posting (12 days after the proposal): the
      // leaving procedure the leaving demo writes for them starts in post.
      const leftOn =
        status === 'separation' ? addDays(today, -Math.floor(rng() * Math.min(900, since - 12))) : null;
      const sepYears = s.separationYears[clearance];
      const sepEnds = leftOn ? addPeriod(leftOn, sepYears, 0) : null;
      const nextVetting =
        status === 'proposed' ? null : addPeriod(addDays(proposed, 3), 0, s.revettingMonths[clearance]);
      const row = person.get(
        name,
        male ? 'male' : 'female',
        first + idCheckChar(first),
        pick(rng, deptIds),
        pick(rng, POLITICAL),
        status === 'proposed' ? null : clearance,
        status === 'proposed' ? 0 : CLEARANCE_RANK[clearance],
        status === 'proposed' ? null : cleared,
        status === 'proposed' ? null : level,
        postName === '定密责任人' ? 1 : 0,
        rng() < 0.2 ? 1 : 0,
        status === 'proposed' ? null : `上岗${posted.slice(0, 4)}-${pad(i + 1, 5)}`,
        status === 'proposed' ? null : posted,
        status,
        proposed,
        status === 'proposed' ? null : posted,
        leftOn,
        leftOn ? pick(rng, ['off_post', 'retire', 'resign', 'transfer']) : null,
        leftOn ? sepYears : null,
        sepEnds,
        nextVetting,
        at,
        at,
      ) as { id: number } | undefined;
      if (!row) continue;
      persons++;
      const id = row.id;
      post.run(id, postName, level, proposed, leftOn, at);
      event.run(id, 'create', proposed, at, '登记为拟任涉密人员', '{}');
      if (status === 'proposed') continue;
      vet.run(id, addDays(proposed, 3), nextVetting, at);
      pledge.run(id, 'onboarding', addDays(proposed, 10), null, at);
      if (rng() < 0.7)
        pledge.run(id, 'responsibility_letter', `${today.slice(0, 4)}-01-15`, Number(today.slice(0, 4)), at);
      decide(id, clearance, proposed, cleared, i);
      // The leaving of those in a separation period, its steps and their lines here, is the leaving demo's.
      event.run(id, 'posted', posted, at, '上岗', '{}');
    }
  })();
  return { departments: DEPARTMENTS.length, persons };
}
