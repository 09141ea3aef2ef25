// Demo data for the carrier register: realistic Chinese carriers with their histories (收文/自制/复制, 分发,
// 借阅 and 归还, loans still out, 清退, 销毁 in batches with two witnesses, 解密), written in bulk with prepared
// statements in one transaction. The CLI's `demo` command calls `seedCarriers`; 100k carriers take seconds.
import { LEVEL_RANK, type CopyStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { personKey } from '../util/person-key';
import { addDays, yearOf } from '../util/dates';
import { deriveStatus } from './store';
import { termEndsOn, type Term } from './terms';
import { canonicalJson } from '../util/canonical-json';
import {
  DEPARTMENTS,
  DOC_KINDS,
  GIVEN,
  ISSUERS,
  LEADERS,
  LEVELS,
  LOCATIONS,
  SURNAMES,
  TOPICS,
  TYPES,
  WITNESSES,
  YEARS,
} from './demo-data';

export interface SeedOptions {
  count: number;
  /** Uniform in [0, 1); pass a seeded generator for reproducible data. */
  rng: () => number;
  now: Date;
}

export interface SeedResult {
  carriers: number;
  copies: number;
  events: number;
}

function weighted<T>(rng: () => number, table: readonly (readonly [T, number])[]): T {
  let r = rng() * table.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return (table[table.length - 1] as readonly [T, number])[0];
}

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function prepare(db: Db) {
  const c = db.$client;
  return {
    carrier:
      c.prepare(`INSERT INTO carriers (carrier_no, type, name, doc_no, issuer, level, level_rank, term_kind, term_years,
      term_months, term_until, declassify_condition, term_ends_on, issued_on, registered_on, need_to_know, pages, capacity,
      source, original_id, copy_mode, copy_stamp, own_classification, department, custodian_name, custodian_key, location,
      signed_by, status, class_state, declassified_on, last_review_year, loan_due_on, copy_count, live_copies, created_at,
      updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    copy: c.prepare(`INSERT INTO carrier_copies (carrier_id, copy_no, status, holder_name, holder_dept, holder_key, updated_at)
      VALUES (?,?,?,?,?,?,?)`),
    event:
      c.prepare(`INSERT INTO carrier_events (carrier_id, copy_id, kind, "on", at, counterpart, approval_id, detail)
      VALUES (?,?,?,?,?,?,?,?)`),
    approval:
      c.prepare(`INSERT INTO approvals (kind, subject_type, subject_id, approver_name, approver_title, decision,
      decided_at, created_at) VALUES (?, ?, ?, ?, ?, 'approved', ?, ?)`),
    movement:
      c.prepare(`INSERT INTO carrier_movements (kind, carrier_id, copy_id, person_name, person_dept, person_key,
      started_on, due_on, returned_on, prev_holder_name, prev_holder_dept, approval_id, created_at)
      VALUES ('borrow',?,?,?,?,?,?,?,?,?,?,?,?)`),
    decision:
      c.prepare(`INSERT INTO classification_decisions (carrier_id, kind, decided_on, proposer_name, decided_by,
      authority, reason, level_after, term_after, range_after, review_year, approval_id, created_at)
      VALUES (?, 'classify', ?, ?, ?, 'own', '依照保密事项范围确定', ?, ?, ?, ?, ?, ?)`),
    knower:
      c.prepare(`INSERT INTO carrier_knowers (carrier_id, name, department, person_key, known_on, how, approval_id,
      created_at) VALUES (?,?,?,?,?,'借阅',?,?)`),
    batch:
      c.prepare(`INSERT INTO destruction_batches (batch_no, destroyed_at, place, method, reason, responsible_name,
      approval_id, created_at) VALUES (?,?,'机要室','shred','无保存价值，经审批销毁',?,?,?)`),
    witness: c.prepare('INSERT INTO destruction_witnesses (batch_id, name, title) VALUES (?,?,?)'),
    item: c.prepare('INSERT INTO destruction_items (copy_id, batch_id, carrier_id) VALUES (?,?,?)'),
    existingNos: c.prepare('SELECT carrier_no AS no FROM carriers'),
  };
}

interface CopyPlan {
  no: number;
  status: CopyStatus;
  holder: readonly [string, string];
}

/** Insert `count` carriers with histories; returns how many rows of each kind were written. */
export function seedCarriers(db: Db, { count, rng, now }: SeedOptions): SeedResult {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const person = () => `${pick([...SURNAMES])}${pick(GIVEN)}`;
  const people = DEPARTMENTS.map((d) => Array.from({ length: 6 }, () => [d, person()] as const));
  const today = localDate(now);
  const at = now.toISOString();
  const s = prepare(db);
  const seq = new Map<string, number>();
  // Continue numbering after whatever is already there.
  for (const r of s.existingNos.all() as { no: string }[]) {
    const m = /^(.\d{4}-)(\d+)$/.exec(r.no);
    if (m?.[1] && m[2]) seq.set(m[1], Math.max(seq.get(m[1]) ?? 0, Number(m[2])));
  }
  const nextNo = (prefix: string, on: string) => {
    const head = `${prefix}${yearOf(on)}-`;
    const n = (seq.get(head) ?? 0) + 1;
    seq.set(head, n);
    return `${head}${String(n).padStart(5, '0')}`;
  };
  const out: SeedResult = { carriers: 0, copies: 0, events: 0 };
  type Id = number | bigint;
  const ev = (
    carrierId: Id,
    copyId: Id | null,
    kind: string,
    on: string,
    who: string | null,
    approvalId: Id | null,
    detail: unknown,
  ) => {
    s.event.run(carrierId, copyId, kind, on, at, who, approvalId, canonicalJson(detail));
    out.events++;
  };
  const approve = (kind: string, subject: string, subjectId: Id | string, on: string): Id =>
    s.approval.run(kind, subject, String(subjectId), pick(LEADERS), '局领导', on, at).lastInsertRowid;
  let batch: { id: Id; left: number } | null = null;
  let batchSeq = 0;
  const originals: Id[] = [];

  const one = (registered: string) => {
    const issued = addDays(registered, -Math.floor(rng() * 20));
    const level = weighted(rng, LEVELS);
    const type = weighted(rng, TYPES);
    const source = rng() < 0.7 ? 'received' : rng() < 0.85 || !originals.length ? 'produced' : 'copied';
    const [issuer, abbr] = source === 'received' ? pick(ISSUERS) : ['某市档案局', '档'];
    const custodian = pick(pick(people));
    const [dept, name] = custodian;
    const r = rng();
    const term: Term =
      r < 0.85
        ? { kind: 'period', years: pick(YEARS[level] ?? [5]), months: 0, until: null, condition: null }
        : r < 0.93
          ? {
              kind: 'until_date',
              years: null,
              months: null,
              until: addDays(issued, 365 * (1 + Math.floor(rng() * 5))),
              condition: null,
            }
          : { kind: 'condition', years: null, months: null, until: null, condition: '项目验收并公开发布后' };
    const declassified = registered < addDays(today, -200) && rng() < 0.03;
    const own = source === 'produced' ? 1 : 0;
    const original = source === 'copied' ? pick(originals) : null;
    const firstNo = source === 'received' ? 1 + Math.floor(rng() * 200) : 1;
    const n = type === 'paper' ? 1 + Math.floor(rng() * 5) : 1;
    const copies: CopyPlan[] = Array.from({ length: n }, (_, k) => ({
      no: firstNo + k,
      status: 'in_custody',
      holder: custodian,
    }));
    const last = copies[n - 1] as CopyPlan;
    const first = copies[0] as CopyPlan;

    // The story, decided before anything is written so the status is right from the start.
    const distributed = n > 1 && rng() < 0.3 ? pick(people[DEPARTMENTS.indexOf(dept)] ?? [custodian]) : null;
    if (distributed) last.holder = distributed;
    let loan: { who: readonly [string, string]; on: string; due: string; back: string | null } | null = null;
    if (!declassified && rng() < 0.28) {
      const stillOut = rng() < 0.1 && registered < addDays(today, -10);
      const on = stillOut
        ? addDays(today, -Math.floor(rng() * 20))
        : addDays(registered, 2 + Math.floor(rng() * 30));
      if (on <= today) {
        loan = {
          who: pick(pick(people)),
          on,
          due: addDays(on, 7),
          back: stillOut ? null : addDays(on, 1 + Math.floor(rng() * 7)),
        };
        if (stillOut) {
          first.status = 'on_loan';
          first.holder = loan.who;
        }
      }
    }
    let disposal: 'destroy' | 'return_to_issuer' | null = null;
    if (last.status === 'in_custody' && registered < addDays(today, -60) && rng() < 0.12)
      disposal = 'destroy';
    else if (
      source === 'received' &&
      last.status === 'in_custody' &&
      registered < addDays(today, -90) &&
      rng() < 0.05
    )
      disposal = 'return_to_issuer';
    if (disposal) last.status = disposal === 'destroy' ? 'destroyed' : 'returned_to_issuer';
    const live = copies.filter((c) => c.status === 'in_custody' || c.status === 'on_loan').length;
    const range = JSON.stringify([dept, '局领导']);

    const carrierNo = nextNo(source === 'received' ? '收' : source === 'produced' ? '制' : '复', registered);
    const carrierId = s.carrier.run(
      carrierNo,
      type,
      `关于${pick(TOPICS)}的${pick(DOC_KINDS)}`,
      type === 'paper' || rng() < 0.5 ? `${abbr}〔${yearOf(issued)}〕${1 + Math.floor(rng() * 300)}号` : null,
      issuer,
      level,
      LEVEL_RANK[level],
      term.kind,
      term.years,
      term.months,
      term.until,
      term.condition,
      declassified ? null : termEndsOn(term, issued),
      issued,
      registered,
      range,
      type === 'paper' ? 2 + Math.floor(rng() * 40) : null,
      type === 'paper' ? null : pick(['700MB', '4.7GB', '16GB', '1TB']),
      source,
      original,
      original ? 'copy' : null,
      original ? `复制件：某市档案局，${registered}` : null,
      own,
      dept,
      name,
      personKey(name, dept),
      pick(LOCATIONS[level]),
      source === 'received' ? name : null,
      deriveStatus(copies.map((c) => c.status)),
      declassified ? 'declassified' : 'classified',
      declassified ? addDays(registered, 200) : null,
      own && !declassified && LEVEL_RANK[level] >= LEVEL_RANK.confidential
        ? yearOf(registered) + Math.floor(rng() * (yearOf(today) - yearOf(registered) + 1))
        : null,
      loan && !loan.back ? loan.due : null,
      n,
      live,
      at,
      at,
    ).lastInsertRowid;
    out.carriers++;
    if (source !== 'copied' && rng() < 0.05) originals.push(carrierId);
    const ids = copies.map((c) => {
      out.copies++;
      return s.copy.run(
        carrierId,
        c.no,
        c.status,
        c.holder[1],
        c.holder[0],
        personKey(c.holder[1], c.holder[0]),
        at,
      ).lastInsertRowid;
    });
    const firstId = ids[0] as Id;
    const lastId = ids[n - 1] as Id;

    const classifyApproval = own ? approve('classify', 'carrier', carrierId, registered) : null;
    if (own) {
      s.decision.run(
        carrierId,
        registered,
        person(),
        pick(LEADERS),
        level,
        canonicalJson(term),
        range,
        yearOf(registered),
        classifyApproval,
        at,
      );
    }
    ev(carrierId, null, 'register', registered, source === 'received' ? issuer : name, classifyApproval, {
      source,
      copies: n,
    });
    if (original) {
      // The 复制 on the original as copying.ts records it (the 复制登记表 reads these); no draw from `rng`, so
      // the rest of the seeded story stays as it was.
      const leader = LEADERS[Number(carrierId) % LEADERS.length] as string;
      const ap = s.approval.run(
        'copy',
        'carrier',
        String(original),
        leader,
        '局领导',
        registered,
        at,
      ).lastInsertRowid;
      ev(original, null, 'copy', registered, carrierNo, ap, {
        mode: 'copy',
        count: n,
        purpose: '工作需要',
        department: dept,
        custodian: name,
        copyCarrierId: Number(carrierId),
      });
    }
    if (distributed)
      ev(carrierId, lastId, 'distribute', addDays(registered, 1), distributed.join(' '), null, {});
    if (loan) {
      const ap = approve('borrow', 'carrier', carrierId, loan.on);
      const [bd, bn] = loan.who;
      s.movement.run(
        carrierId,
        firstId,
        bn,
        bd,
        personKey(bn, bd),
        loan.on,
        loan.due,
        loan.back,
        name,
        dept,
        ap,
        at,
      );
      ev(carrierId, firstId, 'borrow', loan.on, `${bd} ${bn}`, ap, { dueOn: loan.due });
      if (level === 'secret' || level === 'top_secret')
        s.knower.run(carrierId, bn, bd, personKey(bn, bd), loan.on, ap, at);
      if (loan.back) ev(carrierId, firstId, 'return', loan.back, `${bd} ${bn}`, null, { dueOn: loan.due });
    }
    if (disposal === 'destroy') {
      const on = addDays(registered, 30 + Math.floor(rng() * 30));
      if (!batch || batch.left === 0) {
        const ap = approve('destroy', 'destruction', `D${++batchSeq}`, on);
        const no = `销${yearOf(on)}-D${String(batchSeq).padStart(4, '0')}`;
        batch = { id: s.batch.run(no, `${on}T10:00`, name, ap, at).lastInsertRowid, left: 40 };
        s.witness.run(batch.id, pick(WITNESSES.slice(0, 2)), '保密办主任');
        s.witness.run(batch.id, pick(WITNESSES.slice(2)), '纪检组干部');
      }
      batch.left--;
      s.item.run(lastId, batch.id, carrierId);
      ev(carrierId, lastId, 'destroy', on, '监销：两人', null, { batch: Number(batch.id) });
    } else if (disposal === 'return_to_issuer') {
      ev(carrierId, lastId, 'return_to_issuer', addDays(registered, 90), issuer, null, {});
    }
    if (declassified)
      ev(carrierId, null, 'declassify', addDays(registered, 200), issuer, null, { reason: '提前解密' });
  };

  // A large page cache for the bulk insert: the indexes are written in random order, and every cache miss
  // costs a page decryption. Restored afterwards.
  const cache = db.$client.pragma('cache_size', { simple: true }) as number;
  db.$client.pragma('cache_size = -262144');
  try {
    // A register grows in time, as a clerk's does (and a sheet brought in whole, in its order): each carrier is
    // registered on or after the one before it, so its id and 编号 follow its 登记日期 and the register's
    // default order (newest first) reads the table's rows in runs, not one page per row.
    const dates = Array.from({ length: count }, () => addDays(today, -Math.floor(rng() * 5 * 365))).sort();
    db.$client.transaction(() => {
      for (const registered of dates) one(registered);
    })();
  } finally {
    db.$client.pragma(`cache_size = ${cache}`);
  }
  return out;
}
