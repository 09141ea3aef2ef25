// 保密津贴发放表 (law art. 43: 给予相应待遇或者补偿). One statement per month and department.
//
// Proration rule: by calendar day. Each day of the month a person is 在岗 pays the monthly rate of the
// clearance they hold that day, divided by the days of the month; the day a new clearance is approved pays
// the new rate; the day the leaving is approved pays nothing (the person left the post that day). Each run of
// days at one clearance is a segment, rounded to the 分 once; 扣发 is subtracted from the sum.
import { and, asc, count, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Clearance } from '../../../db/domain/vocab';
import { CLEARANCE_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { allowanceLines, allowanceStatements, departments, personEvents, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  AllowanceCreateInput,
  AllowanceLineView,
  AllowanceListInput,
  AllowanceSegment,
  AllowanceStatementRow,
  AllowanceStatementView,
} from '../../ipc/schemas/allowance';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { personnelSettings, type PersonRecord } from '../persons';
import { latestAnnualAppraisals } from '../trainings';
import { pageByFilters } from '../util/paging';
import { refuse } from '../util/refuse';
import { inList } from '../util/in-list';

function monthBounds(period: string): { first: string; last: string; days: number } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(days).padStart(2, '0')}`, days };
}

/**
 * The clearance each of `ids` held on each date, from the history of approved changes: a query per 500 people, where
 * a query per person made a 5,000-person unit's statement cost a second and more.
 */
function clearanceTimelines(tx: Pick<Db, 'select'>, ids: number[]): Map<number, Timeline> {
  const out = new Map<number, Timeline>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += 500) {
    const rows = tx
      .select({ personId: personEvents.personId, on: personEvents.on, detail: personEvents.detail })
      .from(personEvents)
      .where(and(inList(personEvents.personId, ids.slice(i, i + 500)), eq(personEvents.kind, 'clearance')))
      .orderBy(asc(personEvents.on), asc(personEvents.id))
      .all();
    for (const e of rows)
      out.get(e.personId)?.push({ on: e.on, to: (JSON.parse(e.detail) as { to: Clearance | null }).to });
  }
  return out;
}

type Timeline = { on: string; to: Clearance | null }[];

/** Day segments of one month for one person (see the proration rule above). */
export function allowanceSegments(
  p: Pick<PersonRecord, 'postedOn' | 'leftOn'>,
  timeline: Timeline,
  period: string,
  rates: Record<Clearance, number>,
): AllowanceSegment[] {
  const { first, last, days } = monthBounds(period);
  if (!p.postedOn || p.postedOn > last) return [];
  // Days of the month by number (a statement walks every day of thousands of people): from the posting, to the day
  // before the leaving.
  const start = p.postedOn > first ? Number(p.postedOn.slice(8, 10)) : 1;
  const end = !p.leftOn || p.leftOn > last ? days : p.leftOn <= first ? 0 : Number(p.leftOn.slice(8, 10)) - 1;
  const out: AllowanceSegment[] = [];
  let cur: { from: string; to: string; clearance: Clearance; days: number } | null = null;
  for (let n = start; n <= end; n++) {
    const d = `${period}-${String(n).padStart(2, '0')}`;
    let c: Clearance | null = null;
    for (const e of timeline) if (e.on <= d) c = e.to;
    if (c && cur && cur.clearance === c) {
      cur.to = d;
      cur.days++;
      continue;
    }
    if (cur) out.push({ ...cur, amount: Math.round((rates[cur.clearance] * 100 * cur.days) / days) });
    cur = c ? { from: d, to: d, clearance: c, days: 1 } : null;
  }
  if (cur) out.push({ ...cur, amount: Math.round((rates[cur.clearance] * 100 * cur.days) / days) });
  return out;
}

function changeNote(segs: AllowanceSegment[], period: string): string | null {
  const { first, last } = monthBounds(period);
  const notes: string[] = [];
  const head = segs[0];
  const tail = segs[segs.length - 1];
  if (head && head.from > first) notes.push(`${head.from.slice(5)} 起计发`);
  for (let i = 1; i < segs.length; i++) {
    const a = segs[i - 1] as AllowanceSegment;
    const b = segs[i] as AllowanceSegment;
    notes.push(`${b.from.slice(5)} 起由${CLEARANCE_LABELS[a.clearance]}调为${CLEARANCE_LABELS[b.clearance]}`);
  }
  if (tail && tail.to < last) notes.push(`${tail.to.slice(5)} 止`);
  return notes.length ? notes.join('；') : null;
}

export function createStatement(
  core: AppCore,
  input: z.output<typeof AllowanceCreateInput>,
): AllowanceStatementView {
  const id = core.write(
    'allowance_statement',
    'allowance_statement',
    (tx, ctx) => buildStatement(tx, input, ctx),
    (id) => ({
      entityId: id,
      detail: { period: input.period, departmentId: input.departmentId ?? null, final: input.final },
    }),
  );
  return statementView(core.session().db, id);
}

/** One statement written inside the caller's transaction: the form's own write, or the demo's months. */
export function buildStatement(
  tx: Tx,
  input: z.output<typeof AllowanceCreateInput>,
  ctx: Pick<WriteCtx, 'accountId' | 'now'>,
): number {
  const rates = personnelSettings(tx).allowanceRates;
  const { first, last } = monthBounds(input.period);
  const deptWhere =
    input.departmentId === undefined
      ? isNull(allowanceStatements.departmentId)
      : eq(allowanceStatements.departmentId, input.departmentId);
  const existing = tx
    .select()
    .from(allowanceStatements)
    .where(and(eq(allowanceStatements.period, input.period), deptWhere))
    .get();
  if (existing?.status === 'final') {
    refuse('allowance_final_unchanged', `${input.period} 的津贴发放表已定稿，不能重新生成。`, 'period');
  }
  const people = tx
    .select({
      p: { id: persons.id, name: persons.name, postedOn: persons.postedOn, leftOn: persons.leftOn },
      department: departments.name,
    })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(
      and(
        input.departmentId === undefined ? undefined : eq(persons.departmentId, input.departmentId),
        lte(persons.postedOn, last),
        or(isNull(persons.leftOn), gt(persons.leftOn, first)),
      ),
    )
    .orderBy(asc(departments.sortOrder), asc(departments.name), asc(persons.name))
    .all();
  const deductions = new Map<number, { amount: number; reason: string }>();
  for (const d of input.deductions) {
    const prev = deductions.get(d.personId);
    deductions.set(d.personId, {
      amount: (prev?.amount ?? 0) + Math.round(d.amount * 100),
      reason: prev ? `${prev.reason}；${d.reason}` : d.reason,
    });
  }
  const timelines = clearanceTimelines(
    tx,
    people.map(({ p }) => p.id),
  );
  const lines = people.flatMap(({ p, department }) => {
    const segments = allowanceSegments(p, timelines.get(p.id) ?? [], input.period, rates);
    if (!segments.length) return [];
    const due = segments.reduce((a, s) => a + s.amount, 0);
    const ded = deductions.get(p.id);
    deductions.delete(p.id);
    if (ded && ded.amount > due) {
      throw new AppException('VALIDATION', `${p.name}的扣发金额超过应发金额。`, {
        fields: [{ path: 'deductions', message: '扣发超过应发' }],
      });
    }
    const last = segments[segments.length - 1] as AllowanceSegment;
    return [
      {
        personId: p.id,
        name: p.name,
        department,
        clearance: last.clearance,
        segments: JSON.stringify(segments),
        due,
        deducted: ded?.amount ?? 0,
        paid: due - (ded?.amount ?? 0),
        changeNote: changeNote(segments, input.period),
        deductionReason: ded?.reason ?? null,
      },
    ];
  });
  if (deductions.size) {
    throw new AppException('VALIDATION', '扣发名单中有人不在本期发放范围内。', {
      fields: [{ path: 'deductions', message: '不在发放范围' }],
    });
  }
  const totals = {
    totalDue: lines.reduce((a, l) => a + l.due, 0),
    totalDeducted: lines.reduce((a, l) => a + l.deducted, 0),
    totalPaid: lines.reduce((a, l) => a + l.paid, 0),
    people: lines.length,
  };
  const values = {
    rates: JSON.stringify(rates),
    status: input.final ? ('final' as const) : ('draft' as const),
    ...totals,
    createdAt: ctx.now,
    createdBy: ctx.accountId,
  };
  let id: number;
  if (existing) {
    // Only a draft is regenerated: its lines are replaced, the statement keeps its id.
    tx.delete(allowanceLines).where(eq(allowanceLines.statementId, existing.id)).run();
    tx.update(allowanceStatements).set(values).where(eq(allowanceStatements.id, existing.id)).run();
    id = existing.id;
  } else {
    id = tx
      .insert(allowanceStatements)
      .values({ period: input.period, departmentId: input.departmentId ?? null, ...values })
      .returning({ id: allowanceStatements.id })
      .get().id;
  }
  // Many lines to an INSERT: one statement compiled per 200 lines rather than per line.
  for (let i = 0; i < lines.length; i += 200) {
    tx.insert(allowanceLines)
      .values(lines.slice(i, i + 200).map((l) => ({ statementId: id, ...l })))
      .run();
  }
  return id;
}

export function statementView(db: Pick<Db, 'select'>, id: number): AllowanceStatementView {
  const s = db
    .select({ s: allowanceStatements, department: departments.name })
    .from(allowanceStatements)
    .leftJoin(departments, eq(departments.id, allowanceStatements.departmentId))
    .where(eq(allowanceStatements.id, id))
    .get();
  if (!s) throw new AppException('NOT_FOUND', '找不到该津贴发放表。');
  const rows = db
    .select()
    .from(allowanceLines)
    .where(eq(allowanceLines.statementId, id))
    .orderBy(asc(allowanceLines.id))
    .all();
  const appraised = latestAnnualAppraisals(
    db,
    rows.map((l) => l.personId),
    Number(s.s.period.slice(0, 4)),
  );
  const lines: AllowanceLineView[] = rows.map((l) => ({
    personId: l.personId,
    name: l.name,
    department: l.department,
    clearance: l.clearance as Clearance,
    segments: JSON.parse(l.segments) as AllowanceSegment[],
    due: l.due,
    deducted: l.deducted,
    paid: l.paid,
    changeNote: l.changeNote,
    deductionReason: l.deductionReason,
    appraisal: appraised.get(l.personId) ?? null,
  }));
  return { ...headOf(s.s, s.department), lines };
}

function headOf(s: typeof allowanceStatements.$inferSelect, department: string | null) {
  return {
    id: s.id,
    period: s.period,
    departmentId: s.departmentId,
    department,
    status: s.status,
    rates: JSON.parse(s.rates) as Record<Clearance, number>,
    totalDue: s.totalDue,
    totalDeducted: s.totalDeducted,
    totalPaid: s.totalPaid,
    createdAt: s.createdAt,
  };
}

/**
 * A page of statements with how many people each pays (kept on the statement): the lines themselves stay out of
 * the page (12 months of a 5,000-person unit hold 50,000; reading them all made the page slow, and counting them
 * in their index took 4–5 ms of a page of 100 statements).
 */
export function listStatements(
  db: Pick<Db, 'select'>,
  input: z.output<typeof AllowanceListInput>,
): Page<AllowanceStatementRow> {
  const { total, rows } = pageByFilters(
    db,
    'allowance',
    input,
    [['period', allowanceStatements.period]],
    (where) => ({
      rows: db
        .select({ s: allowanceStatements, department: departments.name })
        .from(allowanceStatements)
        .leftJoin(departments, eq(departments.id, allowanceStatements.departmentId))
        .where(where)
        .orderBy(desc(allowanceStatements.period), asc(allowanceStatements.id)),
      count: db.select({ n: count() }).from(allowanceStatements).where(where),
    }),
  );
  return { total, rows: rows.map(({ s, department }) => ({ ...headOf(s, department), people: s.people })) };
}
