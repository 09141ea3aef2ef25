// Demo data for 离岗离职 (regulation art. 53): the approved procedure behind every person the persons demo put in a
// separation period — 保密提醒谈话, 清退, devices, access, 离岗承诺书 between its start and the approval, which
// fixed the period the person carries — and, among the staff in post, a few procedures under way (some steps done,
// a step waiting while the registers still show something held) and a few cancelled. The rows are those
// leaving.service.ts and approval.ts write, with the person's history lines; sized by the persons seeded (small
// 60 → 6, large 5,000 → 426). Written after the carriers and devices, whose registers the steps check.
import { CLEARANCE_LABELS, LEAVING_KIND_LABELS } from '../../../db/domain/labels';
import { LEAVING_KINDS, type Clearance, type LeavingKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { devicesHeldBy } from '../devices';
import { holderKeysOf, holdingsOf, loadPerson } from '../persons';
import { canonicalJson } from '../util/canonical-json';
import { addDays } from '../util/dates';

const REASONS: Record<LeavingKind, readonly string[]> = {
  off_post: ['岗位调整，调离涉密岗位', '轮岗交流至非涉密岗位'],
  resign: ['个人原因申请辞职', '合同期满不再续聘'],
  retire: ['达到法定退休年龄'],
  transfer: ['工作调动'],
};
const DESTINATIONS: Record<LeavingKind, readonly (string | null)[]> = {
  off_post: ['本单位综合岗位', '本单位后勤服务中心'],
  resign: [null, '自主择业'],
  retire: [null],
  transfer: ['市财政局', '市发展和改革委员会', '区人民政府办公室', '市图书馆'],
};
const PRESENT = [
  { name: '王丽', title: '保密员' },
  { name: '李建国', title: '分管领导' },
  { name: '赵敏', title: '人事科科长' },
];
const NOTES = '告知脱密期管理要求、应继续履行的保密义务和法律责任，本人表示知悉并签字确认。';
const APPROVER = ['张志强', '局长'] as const;

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface Leaver {
  id: number;
  name: string;
  status: string;
  postedOn: string;
  leftOn: string | null;
  kind: LeavingKind | null;
  clearance: Clearance | null;
  years: number | null;
  ends: string | null;
}

export interface LeavingSeedResult {
  approved: number;
  open: number;
  cancelled: number;
}

/** Seeds the leaving procedures of the persons already seeded, as of `today`; deterministic for a seeded `rng`. */
export function seedLeaving(db: Db, rng: () => number, today: string, at: string): LeavingSeedResult {
  const c = db.$client;
  const people = c
    .prepare(
      `SELECT id, name, status, posted_on AS postedOn, left_on AS leftOn, leaving_kind AS kind, clearance,
       separation_years AS years, separation_ends_on AS ends FROM persons
       WHERE status IN ('in_post', 'separation') AND posted_on IS NOT NULL ORDER BY id`,
    )
    .all() as Leaver[];
  const insert =
    c.prepare(`INSERT INTO leaving_procedures (person_id, kind, status, started_on, reason, destination,
    talk_on, talk_present, talk_notes, carriers_cleared_on, carriers_checked, devices_returned, devices_returned_on,
    account_done_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`);
  const pledge = c.prepare(`INSERT INTO pledges (person_id, kind, signed_on, leaving_id, created_at)
    VALUES (?, 'leaving', ?, ?, ?) RETURNING id`);
  const pledgeOf = c.prepare(`UPDATE leaving_procedures SET pledge_id = ? WHERE id = ?`);
  const approval =
    c.prepare(`INSERT INTO approvals (kind, subject_type, subject_id, approver_name, approver_title,
    decision, decided_at, document_no, opinion, created_at)
    VALUES ('leave', 'leaving', ?, ?, ?, 'approved', ?, ?, '同意。脱密期内按规定管理。', ?) RETURNING id`);
  const approve =
    c.prepare(`UPDATE leaving_procedures SET status = 'approved', approval_id = ?, approved_on = ?,
    clearance = ?, separation_years = ?, separation_ends_on = ? WHERE id = ?`);
  const cancel = c.prepare(`UPDATE leaving_procedures SET status = 'cancelled' WHERE id = ?`);
  const event = c.prepare(`INSERT INTO person_events (person_id, kind, "on", at, approval_id, summary, detail)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const leavingEvent = (p: Leaver, l: number, on: string, summary: string, extra: object = {}, a?: number) =>
    event.run(p.id, 'leaving', on, at, a ?? null, summary, canonicalJson({ leavingId: l, ...extra }));
  const result = { approved: 0, open: 0, cancelled: 0 };

  /** A procedure started on `startedOn` and its steps on the dates given (null: not done), as the service records. */
  const procedure = (p: Leaver, kind: LeavingKind, startedOn: string, steps: (string | null)[]): number => {
    const [talkOn, carriersOn, devicesOn, accountOn, pledgeOn] = steps;
    const reason = pick(rng, REASONS[kind]);
    const present = PRESENT.filter((x) => x.name !== p.name).slice(0, rng() < 0.5 ? 2 : 3);
    const keys = carriersOn ? JSON.stringify(holderKeysOf(db, loadPerson(db, p.id))) : null;
    const id = (
      insert.get(
        p.id,
        kind,
        'open',
        startedOn,
        reason,
        pick(rng, DESTINATIONS[kind]),
        talkOn ?? null,
        talkOn ? JSON.stringify(present) : null,
        talkOn ? NOTES : null,
        carriersOn ?? null,
        keys,
        devicesOn ? '[]' : null,
        devicesOn ?? null,
        accountOn ?? null,
        at,
      ) as { id: number }
    ).id;
    leavingEvent(p, id, startedOn, `开始办理${LEAVING_KIND_LABELS[kind]}手续：${reason}`);
    if (talkOn) leavingEvent(p, id, talkOn, `保密提醒谈话（在场：${present.map((x) => x.name).join('、')}）`);
    if (carriersOn) leavingEvent(p, id, carriersOn, '经核对涉密载体台账，持有载体已全部清退');
    if (devicesOn) leavingEvent(p, id, devicesOn, '无涉密设备需交回');
    if (accountOn) leavingEvent(p, id, accountOn, '无本系统登录账户，已确认取消其他涉密系统权限');
    if (pledgeOn) {
      const pl = (pledge.get(p.id, pledgeOn, id, at) as { id: number }).id;
      pledgeOf.run(pl, id);
      event.run(
        p.id,
        'pledge',
        pledgeOn,
        at,
        null,
        '签订离岗保密承诺书',
        canonicalJson({ kind: 'leaving', pledgeId: pl, year: null }),
      );
    }
    return id;
  };

  /** Step dates from `from`, a day or a few apart, none after `until`. */
  const stepDates = (from: string, until: string, n: number): string[] => {
    const out: string[] = [];
    let d = from;
    for (let i = 0; i < n; i++) out.push((d = earlier(addDays(d, Math.floor(rng() * 4)), until)));
    return out;
  };

  c.transaction(() => {
    const inPost = people.filter((p) => p.status === 'in_post');
    // A few under way and a few given up, from people in post now (one of each at least, at any scale).
    const nOpen = Math.max(3, Math.round(inPost.length * 0.01));
    const nCancelled = Math.max(1, Math.round(inPost.length * 0.004));
    const drawn = inPost
      .map((p) => ({ id: p.id, r: rng() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, nOpen + nCancelled);
    const chosen = new Map(
      drawn.map((d, i) => [d.id, i < nOpen ? ('open' as const) : ('cancelled' as const)]),
    );
    for (const p of people) {
      if (p.status === 'separation' && p.leftOn && p.kind && p.ends) {
        const approvedOn = p.leftOn;
        const startedOn = later(addDays(approvedOn, -(7 + Math.floor(rng() * 24))), p.postedOn);
        const steps = stepDates(addDays(startedOn, 1), approvedOn, 5);
        const id = procedure(p, p.kind, startedOn, steps);
        const docNo = `人〔${approvedOn.slice(0, 4)}〕${10 + Math.floor(rng() * 80)}号`;
        const a = (
          approval.get(String(id), APPROVER[0], APPROVER[1], approvedOn, docNo, at) as { id: number }
        ).id;
        approve.run(a, approvedOn, p.clearance, p.years, p.ends, id);
        const label = p.clearance ? CLEARANCE_LABELS[p.clearance] : '';
        leavingEvent(
          p,
          id,
          approvedOn,
          `${LEAVING_KIND_LABELS[p.kind]}经批准；${label}涉密人员脱密期 ${p.years} 年，自 ${approvedOn} 至 ${p.ends}`,
          { separationEndsOn: p.ends, separationYears: p.years },
          a,
        );
        result.approved++;
        continue;
      }
      const goal = chosen.get(p.id);
      if (!goal) continue;
      const kind = pick(rng, LEAVING_KINDS);
      if (goal === 'cancelled') {
        const startedOn = later(addDays(today, -(60 + Math.floor(rng() * 240))), p.postedOn);
        const talk = rng() < 0.6 ? stepDates(addDays(startedOn, 1), today, 1) : [null];
        const id = procedure(p, kind, startedOn, talk);
        cancel.run(id);
        leavingEvent(p, id, earlier(addDays(startedOn, 5 + Math.floor(rng() * 18)), today), '撤销离岗手续');
        result.cancelled++;
        continue;
      }
      // Under way: as many steps as the clerk got to, stopping where the registers still show something held.
      const startedOn = later(addDays(today, -Math.floor(rng() * 21)), p.postedOn);
      const dates: (string | null)[] = stepDates(addDays(startedOn, 1), today, 5);
      const reached = Math.floor(rng() * 6);
      const record = loadPerson(db, p.id);
      const blocked = [
        false,
        holdingsOf(db, record).length > 0,
        devicesHeldBy(db, p.id).length > 0,
        false,
        false,
      ].indexOf(true);
      const done = blocked === -1 ? reached : Math.min(reached, blocked);
      procedure(
        p,
        kind,
        startedOn,
        dates.map((d, i) => (i < done ? d : null)),
      );
      result.open++;
    }
  })();
  return result;
}
