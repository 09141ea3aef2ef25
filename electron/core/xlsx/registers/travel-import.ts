// 因私出国（境）台账 from a sheet: each row replays the trip's course through the register's own steps inside the
// import's transaction — 申请 (applyTravelInTx), 部门领导 then 保密委员会 (decideTravelInTx), 出境前教育, the
// 出国(境)承诺书 (insertPledge), 出境 (departTravelInTx, no passport handed out: the 证照 register keeps its own
// history) and 返回 with its report — so a row meets every rule of the forms (a person in post leaves only with
// both approvals, the education and the pledge) and a refusal lands under the column of the step that failed.
// The 状态 column is not read: it follows from the steps the row records.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppException } from '../../../../db/domain/errors';
import type { Db } from '../../../../db/open';
import { persons, privateTravel } from '../../../../db/schema';
import { ActionApprovalInput } from '../../../ipc/schemas/approvals';
import { isoDate, requiredText } from '../../../ipc/schemas/common';
import { TravelApplyInput } from '../../../ipc/schemas/travel';
import { insertPledge } from '../../persons';
import {
  applyTravelInTx,
  decideTravelInTx,
  departTravelInTx,
  educateTravelInTx,
  returnTravelInTx,
} from '../../travel';
import { refuse } from '../../util/refuse';
import { optionalDate, reader, type RowReader } from './common';
import { APPROVAL_DECISION_LABELS } from '../../../../db/domain/labels';
import type { Column, RegisterImport } from './types';

const Step = z.object({ step: z.enum(['dept_leader', 'committee']), approval: ActionApprovalInput });

const TravelImportInput = z.object({
  person: requiredText('姓名', 40),
  apply: TravelApplyInput,
  dept: Step.optional(),
  committee: Step.optional(),
  educate: z
    .object({ educatedOn: isoDate('行前教育日期'), educatedBy: requiredText('教育人', 40) })
    .optional(),
  pledgedOn: isoDate('承诺书签订日期').optional(),
  departedOn: isoDate('出境日期').optional(),
  returned: z
    .object({ returnedOn: isoDate('返回日期'), report: requiredText('回国(境)报告', 2000) })
    .optional(),
});
type TravelImportInput = z.output<typeof TravelImportInput>;

/** The record needs a person id; the row's is decided in the transaction (see the writer). */
const RESOLVED_IN_TRANSACTION = 1;

const DECISIONS = APPROVAL_DECISION_LABELS;
const DECISION_ALIASES = {
  批准: 'approved',
  已同意: 'approved',
  同意出境: 'approved',
  不批准: 'rejected',
  未批准: 'rejected',
  未同意: 'rejected',
} as const;

/** 李建国（局长） or 李建国(局长) → the name and the title; a bare name has none. */
function approverOf(cell: string): { type: 'person'; name: string; title?: string } | undefined {
  if (!cell) return undefined;
  const m = /^(.+?)\s*[（(]\s*(.+?)\s*[）)]$/.exec(cell);
  return m
    ? { type: 'person', name: (m[1] as string).trim(), title: m[2] as string }
    : { type: 'person', name: cell };
}

/** One approval step, when any of its three cells is filled (a blank 意见 with an approver reads as 同意). */
function stepOf(r: RowReader, prefix: 'dept' | 'committee', step: 'dept_leader' | 'committee') {
  const [d, a, on] = [`${prefix}Decision`, `${prefix}Approver`, `${prefix}On`];
  if (!r.text(d) && !r.text(a) && !r.text(on)) return undefined;
  return {
    step,
    approval: {
      approver: approverOf(r.name(a).replace(/\s/g, '')),
      decision: r.text(d) ? r.choice(d, DECISIONS, DECISION_ALIASES) : 'approved',
      decidedAt: optionalDate(r, on),
    },
  };
}

function personIn(tx: Pick<Db, 'select'>, name: string): number {
  const found = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  if (found.length === 0)
    refuse('travel_person_known', `“${name}”不在涉密人员名单中，请先登记此人。`, 'person');
  if (found.length > 1) {
    refuse('travel_person_unique', `涉密人员中有不止一位“${name}”，请在此人的档案中登记出国(境)。`, 'person');
  }
  return (found[0] as { id: number }).id;
}

/** A step's refusal named under its own columns: `step` of the committee's decision is `committee.step`. */
function at<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof AppException)) throw e;
    const fields = (e.fields?.length ? e.fields : [{ path: '', message: e.message }]).map((f) => ({
      path: f.path ? `${prefix}.${f.path}` : prefix,
      message: f.message,
    }));
    throw new AppException(e.code, e.message, { ...(e.rule ? { rule: e.rule } : {}), fields });
  }
}

function travelRead(columns: readonly Column[]) {
  return (cells: Parameters<RegisterImport<unknown>['read']>[0]) => {
    const r = reader(cells, columns);
    const departedOn = optionalDate(r, 'departedOn');
    const returnedOn = optionalDate(r, 'returnedOn');
    const educatedOn = optionalDate(r, 'educatedOn');
    const input = {
      person: r.name('person'),
      apply: {
        personId: RESOLVED_IN_TRANSACTION,
        destination: r.prose('destination'),
        purpose: r.prose('purpose'),
        appliedOn: r.date('appliedOn'),
        // A ledger that kept only the actual dates: the plan was the journey made.
        plannedDepartOn: optionalDate(r, 'plannedDepartOn') ?? departedOn ?? r.date('plannedDepartOn'),
        plannedReturnOn: optionalDate(r, 'plannedReturnOn') ?? returnedOn ?? r.date('plannedReturnOn'),
      },
      dept: stepOf(r, 'dept', 'dept_leader'),
      committee: stepOf(r, 'committee', 'committee'),
      educate:
        educatedOn || r.text('educatedBy')
          ? { educatedOn: educatedOn ?? r.date('educatedOn'), educatedBy: r.name('educatedBy') }
          : undefined,
      pledgedOn: optionalDate(r, 'pledgedOn'),
      departedOn,
      returned:
        returnedOn || r.text('report')
          ? { returnedOn: returnedOn ?? r.date('returnedOn'), report: r.prose('report') }
          : undefined,
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  };
}

export const travelImport = (columns: readonly Column[]): RegisterImport<TravelImportInput> => ({
  schema: TravelImportInput,
  read: travelRead(columns),
  key: (i) => `${i.person}|${i.apply.plannedDepartOn}|${i.apply.destination}`,
  exists: (tx, i) =>
    tx
      .select({ id: privateTravel.id })
      .from(privateTravel)
      .innerJoin(persons, eq(persons.id, privateTravel.personId))
      .where(
        and(
          eq(persons.name, i.person),
          eq(privateTravel.plannedDepartOn, i.apply.plannedDepartOn),
          eq(privateTravel.destination, i.apply.destination),
        ),
      )
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, i) => {
    const personId = personIn(tx, i.person);
    const travelId = at('apply', () => applyTravelInTx(tx, ctx, { ...i.apply, personId }));
    for (const s of [i.dept, i.committee]) {
      if (s)
        at(s.step === 'dept_leader' ? 'dept' : 'committee', () =>
          decideTravelInTx(tx, ctx, { travelId, ...s }),
        );
    }
    const { educate, returned } = i;
    if (educate) at('educate', () => educateTravelInTx(tx, ctx, { travelId, ...educate }));
    if (i.pledgedOn) {
      const signedOn = i.pledgedOn;
      at('pledge', () => insertPledge(tx, ctx, { personId, kind: 'travel', signedOn, travelId }));
    }
    if (i.departedOn) {
      const departedOn = i.departedOn;
      at('depart', () => departTravelInTx(tx, ctx, { travelId, departedOn }));
    }
    if (returned) at('return', () => returnTravelInTx(tx, ctx, { travelId, ...returned }));
  },
});
