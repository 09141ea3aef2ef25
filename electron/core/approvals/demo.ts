// Demo data for the 审批 page's requests (审批申请), as the app makes them: the clerk files a request about a carrier
// from its drawer (借阅, 复制, 携带外出, 销毁: what RequestForm offers, its summary and detail written the same way),
// a 领导 decides it with his own login (an `approvals` row of his account, dated the day he decided), and the action
// it allows consumes it. The carriers seeder's most recent loans are the used ones: since the unit began approving
// in the app, each rests on a request, and its approval is now the leader's decision in the app. Older loans keep
// their paper approvals. Then the open ones: pending (filed in the last days, each copy in custody and each borrower
// a 涉密人员 in post who may borrow it), approved and not yet used, refused with the leader's reason, withdrawn.
// Deterministic for a seeded `rng`; called by the CLI's `demo` after the persons and the carriers.
import { APPROVAL_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import {
  CLEARANCE_FOR_LEVEL,
  CLEARANCE_RANK,
  type NationalLevel,
  type RequestStatus,
} from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { canonicalJson } from '../util/canonical-json';
import { addDays, dateOf } from '../util/dates';

export const REQUEST_SCALES = {
  small: { total: 40, pending: 4, approved: 3 },
  large: { total: 3000, pending: 30, approved: 45 },
} as const;

/**
 * The leader who decides in the app. An account is made with its key slot by the vault (accounts.service), which
 * a seeder cannot do: the demo's 李建国 is recorded as a 停用 account, as one whose slot was removed. His
 * decisions stand; an administrator re-enables him by setting a password (重置密码), and he decides the rest.
 */
export const DEMO_LEADER = { username: 'lijianguo', displayName: '李建国' } as const;

const APPROVE_OPINIONS = ['同意。', '同意，按期归还。', '同意，注意保管，用后及时归还。'];
const REFUSALS: Record<RequestKind, readonly string[]> = {
  borrow: ['用途说明不充分，请补充后重新申请。', '该文件已有复制件在科室，请借阅复制件。'],
  copy: ['可借阅原件，无需复制。', '复制份数过多，请按实际需要重新申请。'],
  carry_out: ['会议主办方提供材料，不同意携带外出。', '须两人以上携带，请补充同行人员后重新申请。'],
  destroy: ['该载体仍在保密期限内且有保存价值，暂不销毁。'],
};
const TOP_SECRET_COPY = '绝密级载体复制须经原定密机关批准，本单位不能批准。';
const NOTES: Record<RequestKind, readonly string[]> = {
  borrow: ['', '撰写年度工作总结需要', '核对档案移交清册'],
  copy: ['复制2份，供业务科室工作使用', '复制1份，报送上级机关'],
  carry_out: ['赴省档案局参加工作会议', '赴市委办公室汇报工作'],
  destroy: ['已无保存价值，拟送保密局销毁中心销毁', '已有新版本，旧版拟销毁'],
};

type RequestKind = 'borrow' | 'copy' | 'carry_out' | 'destroy';
const KINDS: readonly (readonly [RequestKind, number])[] = [
  ['borrow', 60],
  ['copy', 15],
  ['carry_out', 15],
  ['destroy', 10],
];

export interface RequestSeedResult {
  requests: number;
  byStatus: Record<RequestStatus, number>;
  leader: string;
}

interface Copy {
  id: number;
  carrierNo: string;
  name: string;
  level: NationalLevel;
  department: string;
  copyNo: number;
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

function weighted<T>(rng: () => number, xs: readonly (readonly [T, number])[]): T {
  let r = rng() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of xs) if ((r -= w) < 0) return v;
  return (xs[0] as readonly [T, number])[0];
}

const hhmm = (rng: () => number, from: number) =>
  `${String(from + Math.floor(rng() * 4)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
/**
 * A moment of a working day on the machine's clock, as the app stamps it (ctx.now): requests are filed in the
 * morning and decided or used in the afternoon, so a request filed and decided on one day reads in that order.
 */
const morning = (rng: () => number, day: string) => new Date(`${day}T${hhmm(rng, 8)}:00`).toISOString();
const afternoon = (rng: () => number, day: string) => new Date(`${day}T${hhmm(rng, 13)}:00`).toISOString();

/** RequestForm's summary: what, which copy, for whom, until when, and why. */
function summaryOf(kind: RequestKind, c: Copy, person: string | null, dueOn: string | null, note: string) {
  return `${APPROVAL_KIND_LABELS[kind]}${LEVEL_LABELS[c.level]}级载体 ${c.carrierNo}《${c.name}》第${c.copyNo}号${
    person ? `，${person}` : ''
  }${dueOn ? `，至${dueOn}` : ''}${note ? `。${note}` : ''}`;
}

/** The active leader account that decides, or the demo's 李建国 recorded as described above. */
function leaderOf(db: Db, at: string): { id: number; username: string } {
  const c = db.$client;
  const active = c
    .prepare(
      "SELECT id, username FROM accounts WHERE role = 'leader' AND status = 'active' ORDER BY id LIMIT 1",
    )
    .get() as { id: number; username: string } | undefined;
  if (active) return active;
  return c
    .prepare(
      `INSERT INTO accounts (username, display_name, role, status, created_at, password_changed_at, must_change_password)
       VALUES (?, ?, 'leader', 'disabled', ?, ?, 1)
       ON CONFLICT(username) DO UPDATE SET username = excluded.username RETURNING id, username`,
    )
    .get(DEMO_LEADER.username, DEMO_LEADER.displayName, at, at) as { id: number; username: string };
}

export function seedApprovalRequests(
  db: Db,
  scale: keyof typeof REQUEST_SCALES,
  rng: () => number,
  now: Date,
  requesterId: number,
): RequestSeedResult {
  const c = db.$client;
  const size = REQUEST_SCALES[scale];
  const today = dateOf(now);
  const at = now.toISOString();
  const byStatus: Record<RequestStatus, number> = {
    pending: 0,
    approved: 0,
    rejected: 0,
    used: 0,
    withdrawn: 0,
  };
  const request =
    c.prepare(`INSERT INTO approval_requests (kind, subject_type, subject_id, summary, detail, status,
    requested_by, requested_at, approval_id, closed_at) VALUES (?, 'carrier', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const decision =
    c.prepare(`INSERT INTO approvals (kind, subject_type, subject_id, approver_account_id, decision,
    decided_at, opinion, recorded_by, created_at) VALUES (?, 'carrier', ?, ?, ?, ?, ?, ?, ?)`);
  // A loan's paper approval becomes the leader's decision in the app, as decideRequest writes it.
  const inApp =
    c.prepare(`UPDATE approvals SET approver_account_id = ?, approver_name = NULL, approver_title = NULL,
    opinion = ?, recorded_by = ? WHERE id = ?`);
  const file = (
    status: RequestStatus,
    kind: RequestKind,
    cp: Copy,
    person: string | null,
    dueOn: string | null,
    note: string,
    requestedAt: string,
    approvalId: number | bigint | null,
    closedAt: string | null,
  ) => {
    const detail = canonicalJson({ copyNos: [cp.copyNo], person, dueOn });
    const summary = summaryOf(kind, cp, person, dueOn, note);
    request.run(kind, String(cp.id), summary, detail, status, requesterId, requestedAt, approvalId, closedAt);
    byStatus[status]++;
  };

  return db.transaction(() => {
    const leader = leaderOf(db, at);
    /** The leader's decision as decideRequest writes it: its row, and the moment that also closes the request. */
    const decide = (kind: RequestKind, cp: Copy, yes: boolean, day: string, opinion: string) => {
      const moment = afternoon(rng, day);
      const verdict = yes ? 'approved' : 'rejected';
      const id = decision.run(
        kind,
        String(cp.id),
        leader.id,
        verdict,
        day,
        opinion,
        leader.id,
        moment,
      ).lastInsertRowid;
      return [id, moment] as const;
    };
    const open = size.pending + size.approved;
    const closedOther = Math.round(size.total * 0.09);
    // Used: the latest loans, newest first; each filed a day or two before its approval, used the day it was lent.
    const loans = c
      .prepare(
        `SELECT m.started_on AS startedOn, m.due_on AS dueOn, m.person_name AS person, m.approval_id AS approvalId,
         a.decided_at AS decidedOn, c.id, c.carrier_no AS carrierNo, c.name, c.level, c.department, k.copy_no AS copyNo
         FROM carrier_movements m JOIN approvals a ON a.id = m.approval_id JOIN carriers c ON c.id = m.carrier_id
         JOIN carrier_copies k ON k.id = m.copy_id
         WHERE m.kind = 'borrow' AND c.level IN ('top_secret', 'secret', 'confidential')
         ORDER BY m.started_on DESC, m.id DESC LIMIT ?`,
      )
      .all(size.total - open - closedOther) as (Copy & {
      startedOn: string;
      dueOn: string;
      person: string;
      approvalId: number;
      decidedOn: string;
    })[];
    for (const l of loans) {
      const filed = addDays(l.decidedOn.slice(0, 10), -Math.floor(rng() * 2));
      inApp.run(leader.id, pick(rng, APPROVE_OPINIONS), leader.id, l.approvalId);
      const note = pick(rng, NOTES.borrow);
      file(
        'used',
        'borrow',
        l,
        l.person,
        l.dueOn,
        note,
        morning(rng, filed),
        l.approvalId,
        afternoon(rng, l.startedOn),
      );
    }
    // In-app approving began with the oldest of those loans (a year back when there are none).
    const since = loans.length
      ? (loans[loans.length - 1] as { decidedOn: string }).decidedOn.slice(0, 10)
      : addDays(today, -365);
    const span = Math.max(1, (Date.parse(today) - Date.parse(since)) / 86_400_000 - 1);

    // The open ones need copies in custody, and borrowers who may have them: one copy per request.
    const copies = c
      .prepare(
        `SELECT c.id, c.carrier_no AS carrierNo, c.name, c.level, c.department, min(k.copy_no) AS copyNo
         FROM carriers c JOIN carrier_copies k ON k.carrier_id = c.id AND k.status = 'in_custody'
         WHERE c.class_state = 'classified' AND c.level IN ('top_secret', 'secret', 'confidential')
         GROUP BY c.id ORDER BY c.id DESC LIMIT ?`,
      )
      .all(4 * (open + closedOther) + 20) as Copy[];
    // Borrowers are named by name and department (borrower-checks.ts): a name two people of one department share
    // cannot be told apart, so only names held once in their department are offered.
    const staff = c
      .prepare(
        `SELECT p.name, d.name AS dept, p.status, p.clearance_rank AS rank FROM persons p
         JOIN departments d ON d.id = p.department_id ORDER BY p.id`,
      )
      .all() as { name: string; dept: string; status: string; rank: number }[];
    const held = new Map<string, number>();
    for (const p of staff) held.set(`${p.dept}/${p.name}`, (held.get(`${p.dept}/${p.name}`) ?? 0) + 1);
    const people = new Map<string, { name: string; rank: number }[]>();
    for (const p of staff) {
      if (p.status !== 'in_post' || !p.rank || held.get(`${p.dept}/${p.name}`) !== 1) continue;
      people.set(p.dept, [...(people.get(p.dept) ?? []), p]);
    }
    /** A 涉密人员 in post of the carrier's department (inside its 知悉范围) whose clearance its level asks. */
    const borrowerOf = (cp: Copy): string | null => {
      const need = CLEARANCE_RANK[CLEARANCE_FOR_LEVEL[cp.level]];
      const fit = (people.get(cp.department) ?? []).filter((p) => p.rank >= need);
      return fit.length ? pick(rng, fit).name : null;
    };
    let next = 0;
    const take = (ok: (cp: Copy) => boolean): Copy | null => {
      while (next < copies.length) {
        const cp = copies[next++] as Copy;
        if (ok(cp)) return cp;
      }
      return null;
    };
    const openOne = (status: 'pending' | 'approved', daysAgo: number) => {
      const kind = weighted(rng, KINDS);
      // Copying or carrying out 绝密 is not for the unit's leader to allow: none of those waits or is allowed.
      const cp = take(
        (x) =>
          (kind === 'copy' || kind === 'carry_out' ? x.level !== 'top_secret' : true) &&
          (kind === 'destroy' || borrowerOf(x) !== null),
      );
      if (!cp) return;
      const person = kind === 'destroy' ? null : borrowerOf(cp);
      const filed = addDays(today, -daysAgo);
      const dueOn =
        kind === 'borrow' || kind === 'carry_out' ? addDays(today, 3 + Math.floor(rng() * 8)) : null;
      const note = pick(rng, NOTES[kind]);
      if (status === 'pending')
        return file('pending', kind, cp, person, dueOn, note, morning(rng, filed), null, null);
      const day = addDays(filed, Math.min(daysAgo - 1, Math.floor(rng() * 2)));
      const [a, moment] = decide(kind, cp, true, day, pick(rng, APPROVE_OPINIONS));
      file('approved', kind, cp, person, dueOn, note, morning(rng, filed), a, moment);
    };
    for (let i = 0; i < size.approved; i++) openOne('approved', 2 + Math.floor(rng() * 9));
    for (let i = 0; i < size.pending; i++) openOne('pending', 1 + Math.floor(rng() * 3));
    // Refused and withdrawn, spread over the time the app has been approving.
    for (let i = 0; i < closedOther; i++) {
      const kind = weighted(rng, KINDS);
      const cp = take(() => true);
      if (!cp) break;
      const filed = addDays(since, Math.floor(rng() * span));
      const dueOn = kind === 'borrow' || kind === 'carry_out' ? addDays(filed, 7) : null;
      const person = kind === 'destroy' ? null : borrowerOf(cp);
      const note = pick(rng, NOTES[kind]);
      const day = addDays(filed, Math.floor(rng() * 2));
      if (rng() < 0.33) {
        file('withdrawn', kind, cp, person, dueOn, note, morning(rng, filed), null, afternoon(rng, day));
        continue;
      }
      const why = kind === 'copy' && cp.level === 'top_secret' ? TOP_SECRET_COPY : pick(rng, REFUSALS[kind]);
      const [a, moment] = decide(kind, cp, false, day, why);
      file('rejected', kind, cp, person, dueOn, note, morning(rng, filed), a, moment);
    }
    const requests = Object.values(byStatus).reduce((a, b) => a + b, 0);
    return { requests, byStatus, leader: leader.username };
  });
}
