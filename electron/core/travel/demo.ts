// Demo data for 因私出国(境): the passports and passes half the cleared staff keep with the unit (因私证照由单位统一
// 保管), and two years of their private trips, each taken through what travel.service.ts records — 部门领导 then
// 保密委员会, 出境前教育 and 承诺书, departure with the document handed out, return with its report and the document
// back — as far as today reaches: the latest still wait for a step, some are abroad now, a few refused, a few of
// the recent ones back late or their document not handed in. Sized by the persons seeded (small 60 → 32 trips and
// 43 documents, large 5,000 → 2,192 and 3,695); written with prepared statements in one transaction, after the
// persons and their leaving.
import type { PassportKind } from '../../../db/domain/vocab';
import { TRAVEL_STEP_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { personnelSettings } from '../persons';
import { canonicalJson } from '../util/canonical-json';
import { addDays, addPeriod } from '../util/dates';

/** Where staff go, with the document each place needs. */
const PLACES: readonly (readonly [string, PassportKind])[] = [
  ['中国香港', 'hk_macau'],
  ['中国澳门', 'hk_macau'],
  ['日本', 'passport'],
  ['泰国', 'passport'],
  ['新加坡', 'passport'],
  ['马来西亚', 'passport'],
  ['韩国', 'passport'],
  ['澳大利亚', 'passport'],
  ['法国', 'passport'],
  ['意大利', 'passport'],
  ['美国', 'passport'],
  ['新西兰', 'passport'],
  ['中国台湾', 'taiwan'],
];
const PURPOSES = ['旅游', '探亲', '探望在读子女', '参加亲属婚礼', '休假旅游', '陪同家人就医', '旅游观光'];
const DEPT_LEADERS: readonly (readonly [string, string])[] = [
  ['赵敏', '科长'],
  ['钱伟', '主任'],
  ['孙建华', '科长'],
  ['周立新', '副主任'],
];
const COMMITTEE: readonly [string, string] = ['李建国', '保密委员会主任'];
const EDUCATOR = '王丽（保密员）';
const REPORTS = [
  '按期返回。在外期间未接触境外机构和人员，未携带涉密载体和涉密设备，无其他需要报告的情况。',
  '按计划行程返回，未发生被盘问、滋扰等情况，未携带涉密载体，无其他需要报告的事项。',
  '行程与申请一致，未与境外机构人员接触，未谈论工作涉密事项。',
];
const REFUSALS = ['近期承担涉密任务，不宜出境', '行程与重要保密检查时间冲突，建议另行安排', '申请材料不全'];

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface Traveller {
  id: number;
  status: string;
  postedOn: string;
  leftOn: string | null;
  sepEnds: string | null;
}

interface Doc {
  id: number;
  number: string;
}

interface Plan {
  destination: string;
  appliedOn: string;
  departOn: string;
  returnOn: string;
}

export interface TravelSeedResult {
  passports: number;
  trips: number;
}

/** Seeds the documents and trips of the persons already seeded, as of `today`; deterministic for a seeded `rng`. */
export function seedTravel(db: Db, rng: () => number, today: string, at: string): TravelSeedResult {
  const c = db.$client;
  const grace = personnelSettings(db).passportGraceDays;
  const people = c
    .prepare(
      `SELECT id, status, posted_on AS postedOn, left_on AS leftOn, separation_ends_on AS sepEnds FROM persons
       WHERE status IN ('in_post', 'separation') AND posted_on IS NOT NULL ORDER BY id`,
    )
    .all() as Traveller[];
  const passport =
    c.prepare(`INSERT INTO passports (person_id, kind, number, expires_on, in_custody, received_on,
    created_at) VALUES (?, ?, ?, ?, 1, ?, ?) RETURNING id`);
  const custody = c.prepare(`UPDATE passports SET in_custody = ? WHERE id = ?`);
  const trip =
    c.prepare(`INSERT INTO private_travel (person_id, destination, purpose, applied_on, planned_depart_on,
    planned_return_on, status, needs_approval, educated_on, educated_by, departed_on, returned_on, return_report,
    created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`);
  const pledgeOf = c.prepare(`UPDATE private_travel SET pledge_id = ? WHERE id = ?`);
  const approval =
    c.prepare(`INSERT INTO approvals (kind, subject_type, subject_id, approver_name, approver_title,
    decision, decided_at, opinion, created_at) VALUES ('travel', 'private_travel', ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
  const step = c.prepare(
    `INSERT INTO travel_steps (travel_id, step, approval_id, created_at) VALUES (?, ?, ?, ?)`,
  );
  const pledge = c.prepare(`INSERT INTO pledges (person_id, kind, signed_on, travel_id, created_at)
    VALUES (?, 'travel', ?, ?, ?) RETURNING id`);
  const movement =
    c.prepare(`INSERT INTO passport_movements (passport_id, travel_id, handed_out_on, due_back_on,
    returned_on, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const event = c.prepare(`INSERT INTO person_events (person_id, kind, "on", at, approval_id, summary, detail)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const travelEvent = (
    personId: number,
    travelId: number,
    on: string,
    summary: string,
    approvalId?: number,
  ) => event.run(personId, 'travel', on, at, approvalId ?? null, summary, canonicalJson({ travelId }));
  /**
   * One trip and what travel.service.ts records for it up to today (walkTrip); true when its document is left out
   * of the unit's hands. Lateness only in the last weeks (a trip of two years ago still 出境 would be no clerk's
   * register): 2 in 100 recent trips not back when planned, 3 in 100 back without the document handed in.
   */
  const writeTrip = (p: Traveller, doc: Doc, plan: Plan): boolean => {
    const { destination, appliedOn, departOn, returnOn } = plan;
    const recentEnd = returnOn >= addDays(today, -45);
    const w = walkTrip(rng, today, plan, needsApproval(p, appliedOn), recentEnd && rng() < 0.02);
    const t = (
      trip.get(
        p.id,
        destination,
        pick(rng, PURPOSES),
        appliedOn,
        departOn,
        returnOn,
        w.status,
        w.needs ? 1 : 0,
        w.educatedOn,
        w.educatedOn ? EDUCATOR : null,
        w.departedOn,
        w.returnedOn,
        w.returnedOn ? pick(rng, REPORTS) : null,
        at,
      ) as { id: number }
    ).id;
    travelEvent(p.id, t, appliedOn, `申请因私前往${destination}（${departOn} 至 ${returnOn}）`);
    for (const d of w.decisions) {
      const [name, title] = d.step === 'committee' ? COMMITTEE : pick(rng, DEPT_LEADERS);
      const decision = d.refused ? 'rejected' : 'approved';
      const opinion = d.refused ? pick(rng, REFUSALS) : null;
      const a = (approval.get(String(t), name, title, decision, d.on, opinion, at) as { id: number }).id;
      step.run(t, d.step, a, at);
      const verb = d.refused ? '不同意' : '同意';
      travelEvent(p.id, t, d.on, `${TRAVEL_STEP_LABELS[d.step]}：${verb}因私前往${destination}`, a);
    }
    if (w.educatedOn) {
      travelEvent(p.id, t, w.educatedOn, `出境前保密教育（${EDUCATOR}）`);
      const pl = (pledge.get(p.id, w.educatedOn, t, at) as { id: number }).id;
      pledgeOf.run(pl, t);
      const detail = canonicalJson({ kind: 'travel', pledgeId: pl, year: null });
      event.run(p.id, 'pledge', w.educatedOn, at, null, '签订出国(境)保密承诺书', detail);
    }
    if (!w.departedOn) return false;
    const kept = w.returnedOn !== null && recentEnd && rng() < 0.03;
    const handedBack = w.returnedOn && !kept ? addDays(w.returnedOn, Math.floor(rng() * 3)) : null;
    const back = handedBack && handedBack <= today ? handedBack : null;
    movement.run(doc.id, t, w.departedOn, addDays(returnOn, grace), back, at);
    travelEvent(p.id, t, w.departedOn, `出境前往${destination}，领取证照`);
    if (w.returnedOn) {
      const withDoc = back === w.returnedOn ? '，证照交回单位保管' : '';
      travelEvent(p.id, t, w.returnedOn, `返回并提交回国(境)报告${withDoc}`);
    }
    if (back && back !== w.returnedOn) {
      const detail = canonicalJson({ passportId: doc.id, returnedOn: back });
      event.run(p.id, 'travel', back, at, null, `证照（${doc.number}）交回单位保管`, detail);
    }
    if (back) return false;
    custody.run(0, doc.id);
    return true;
  };
  // Enough recent trips for some of each state at the small scale too (about 8 of its 30 holders).
  const recent = Math.max(0.05, 16 / Math.max(1, people.length));
  let passports = 0;
  let trips = 0;
  c.transaction(() => {
    for (const p of people) {
      if (rng() >= 0.5) continue;
      // Handed in at the posting, or with the document renewed since: every one valid for a year and more.
      const lastDay = earlier(today, p.leftOn ?? today);
      const received = earlier(
        lastDay,
        later(
          addDays(p.postedOn, 1 + Math.floor(rng() * 60)),
          addDays(today, -3000 + Math.floor(rng() * 300)),
        ),
      );
      const kinds: PassportKind[] = [];
      if (rng() < 0.85) kinds.push('passport');
      if (rng() < 0.55) kinds.push('hk_macau');
      if (rng() < 0.08) kinds.push('taiwan');
      if (!kinds.length) kinds.push('passport');
      const docs = new Map<PassportKind, Doc>();
      for (const kind of kinds) {
        const prefix = { passport: 'E', hk_macau: 'C', taiwan: 'T' }[kind];
        const number = `${prefix}${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`;
        const issued = addDays(received, -Math.floor(rng() * 300));
        const expiresOn = addDays(addPeriod(issued, 10, 0), -1);
        const id = (passport.get(p.id, kind, number, expiresOn, received, at) as { id: number }).id;
        docs.set(kind, { id, number });
        event.run(
          p.id,
          'travel',
          received,
          at,
          null,
          `因私证照（${number}）交单位统一保管`,
          canonicalJson({ expiresOn, kind, number, personId: p.id, receivedOn: received }),
        );
        passports++;
      }
      // Trips one after another, some 500 days apart on average, from two years back (or the handing in); and for
      // some, one of these weeks, so every scale has trips waiting for a step, abroad, or just back.
      let cursor = later(addDays(received, 1), addDays(today, -730));
      for (let last = false; !last;) {
        let appliedOn = addDays(cursor, Math.floor(rng() * 1000));
        if (appliedOn > today) {
          if (rng() >= recent) break;
          appliedOn = later(cursor, addDays(today, -Math.floor(rng() * 45)));
          if (appliedOn > today) break;
          last = true;
        }
        const [destination, kind] = pick(
          rng,
          PLACES.filter(([, k]) => docs.has(k)),
        );
        const departOn = addDays(appliedOn, 14 + Math.floor(rng() * 30));
        const returnOn = addDays(departOn, 4 + Math.floor(rng() * 14));
        cursor = addDays(returnOn, 30);
        trips++;
        const out = writeTrip(p, docs.get(kind) as Doc, { destination, appliedOn, departOn, returnOn });
        // A document out of the unit's hands (abroad, back late, not handed in yet): no later trip, as
        // travel:depart would refuse one while it is out.
        if (out) break;
      }
    }
  })();
  return { passports, trips };
}

/** In post, or in the separation period on the day of applying: both approvals needed (law art. 45/46). */
function needsApproval(p: Traveller, on: string): boolean {
  return p.status === 'in_post' || (p.sepEnds !== null && on <= p.sepEnds);
}

interface TripWrites {
  status: 'applied' | 'dept_approved' | 'approved' | 'refused' | 'departed' | 'returned';
  needs: boolean;
  decisions: { step: 'dept_leader' | 'committee'; on: string; refused: boolean }[];
  educatedOn: string | null;
  departedOn: string | null;
  returnedOn: string | null;
}

/**
 * The steps of one trip that fall on or before today, in the service's order, and the status they leave: each
 * approval a few days after the one before, education and pledge in the days before departure, the departure and
 * return as planned (unless it `staysOut`: not back when planned). A refusal ends the trip where it falls.
 */
function walkTrip(
  rng: () => number,
  today: string,
  { appliedOn, departOn, returnOn }: Plan,
  needs: boolean,
  staysOut: boolean,
): TripWrites {
  const w: TripWrites = {
    status: needs ? 'applied' : 'approved',
    needs,
    decisions: [],
    educatedOn: null,
    departedOn: null,
    returnedOn: null,
  };
  const refuseAt = rng() < 0.06 ? (rng() < 0.35 ? 'dept_leader' : 'committee') : null;
  if (needs) {
    const deptOn = addDays(appliedOn, 1 + Math.floor(rng() * 3));
    const committeeOn = addDays(deptOn, 2 + Math.floor(rng() * 4));
    for (const [s, on] of [
      ['dept_leader', deptOn],
      ['committee', committeeOn],
    ] as const) {
      if (on > today) return w;
      const refused = refuseAt === s;
      w.decisions.push({ step: s, on, refused });
      if (refused) {
        w.status = 'refused';
        return w;
      }
      w.status = s === 'dept_leader' ? 'dept_approved' : 'approved';
    }
    const educatedOn = later(addDays(departOn, -1 - Math.floor(rng() * 4)), committeeOn);
    if (educatedOn > today) return w;
    w.educatedOn = educatedOn;
  }
  if (departOn > today) return w;
  w.status = 'departed';
  w.departedOn = departOn;
  if (returnOn > today || staysOut) return w;
  w.status = 'returned';
  w.returnedOn = returnOn;
  return w;
}
