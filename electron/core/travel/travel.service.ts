// 因私出国(境) (law art. 45/46, regulation art. 52): application, 部门领导 then 保密委员会, 出境前教育 and
// 承诺书, departure with the passport the unit keeps, return report and the passport back.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { TRAVEL_STEPS, type TravelStep } from '../../../db/domain/vocab';
import { TRAVEL_STEP_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { passportMovements, passports, privateTravel, travelSteps } from '../../../db/schema';
import type {
  TravelApplyInput,
  TravelDecideInput,
  TravelDepartInput,
  TravelEducateInput,
  TravelReturnInput,
  TravelView,
} from '../../ipc/schemas/travel';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { addPersonEvent, loadPerson, personnelSettings, travelNeedsApproval } from '../persons';
import { addDays, today } from '../util/dates';
import { refuse } from '../util/refuse';
import { returnPassportIn } from './passports';
import { travelView } from './views';

type TravelRecord = typeof privateTravel.$inferSelect;

function loadTravel(tx: Pick<Db, 'select'>, id: number): TravelRecord {
  const t = tx.select().from(privateTravel).where(eq(privateTravel.id, id)).get();
  if (!t)
    throw new AppException('NOT_FOUND', '找不到该出国(境)申请。', {
      fields: [{ path: 'travelId', message: '不存在' }],
    });
  return t;
}

function travelEvent(
  tx: Pick<Db, 'insert'>,
  ctx: WriteCtx,
  t: TravelRecord,
  on: string,
  summary: string,
  approvalId: number | null = null,
) {
  addPersonEvent(tx, ctx, {
    personId: t.personId,
    kind: 'travel',
    on,
    summary,
    detail: { travelId: t.id },
    approvalId,
  });
}

export function applyTravelInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof TravelApplyInput>): number {
  const p = loadPerson(tx, input.personId);
  // In post or in a separation period on the day of departure: approval needed (law art. 45/46).
  const needs = travelNeedsApproval(p, input.plannedDepartOn) || travelNeedsApproval(p, input.appliedOn);
  const t = tx
    .insert(privateTravel)
    .values({
      ...input,
      status: needs ? 'applied' : 'approved',
      needsApproval: needs ? 1 : 0,
      createdAt: ctx.now,
    })
    .returning()
    .get();
  travelEvent(
    tx,
    ctx,
    t,
    input.appliedOn,
    `申请因私前往${input.destination}（${input.plannedDepartOn} 至 ${input.plannedReturnOn}）`,
  );
  return t.id;
}

export function applyTravel(core: AppCore, input: z.output<typeof TravelApplyInput>): TravelView {
  const id = core.write(
    'travel_apply',
    'private_travel',
    (tx, ctx) => applyTravelInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: input }),
  );
  return travelView(core.session().db, id, today(core.clock));
}

/** 部门领导 first, then 保密委员会; a refusal at either ends the application and stays on record. */
export function decideTravelInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof TravelDecideInput>): void {
  const t = loadTravel(tx, input.travelId);
  const expected: TravelStep | null =
    t.status === 'applied' ? 'dept_leader' : t.status === 'dept_approved' ? 'committee' : null;
  if (expected === null) refuse('travel_approval_order', '该申请已审批完毕或已撤销，不能再审批。', 'step');
  if (input.step !== expected) {
    refuse(
      'travel_approval_order',
      `因私出国(境)须先经${TRAVEL_STEP_LABELS[TRAVEL_STEPS[0]]}，再经${TRAVEL_STEP_LABELS[TRAVEL_STEPS[1]]}：下一步应为“${TRAVEL_STEP_LABELS[expected]}”。`,
      'step',
    );
  }
  const { id: approvalId, decidedAt } = approveRecord(
    tx,
    input.approval,
    'travel',
    { type: 'private_travel', id: t.id },
    ctx,
  );
  tx.insert(travelSteps).values({ travelId: t.id, step: input.step, approvalId, createdAt: ctx.now }).run();
  const refused = input.approval.decision === 'rejected';
  const status = refused ? 'refused' : input.step === 'dept_leader' ? 'dept_approved' : 'approved';
  tx.update(privateTravel).set({ status }).where(eq(privateTravel.id, t.id)).run();
  travelEvent(
    tx,
    ctx,
    t,
    decidedAt,
    `${TRAVEL_STEP_LABELS[input.step]}：${refused ? '不同意' : '同意'}因私前往${t.destination}`,
    approvalId,
  );
}

export function decideTravel(core: AppCore, input: z.output<typeof TravelDecideInput>): TravelView {
  core.write(
    'travel_decide',
    'private_travel',
    (tx, ctx) => decideTravelInTx(tx, ctx, input),
    () => ({ entityId: input.travelId, detail: input }),
  );
  return travelView(core.session().db, input.travelId, today(core.clock));
}

export function educateTravelInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof TravelEducateInput>): void {
  const t = loadTravel(tx, input.travelId);
  tx.update(privateTravel)
    .set({ educatedOn: input.educatedOn, educatedBy: input.educatedBy })
    .where(eq(privateTravel.id, t.id))
    .run();
  travelEvent(tx, ctx, t, input.educatedOn, `出境前保密教育（${input.educatedBy}）`);
}

export function educateTravel(core: AppCore, input: z.output<typeof TravelEducateInput>): TravelView {
  core.write(
    'travel_educate',
    'private_travel',
    (tx, ctx) => educateTravelInTx(tx, ctx, input),
    () => ({ entityId: input.travelId, detail: input }),
  );
  return travelView(core.session().db, input.travelId, today(core.clock));
}

/**
 * Departure. Anyone in post or in a separation period leaves only with both approvals, the pre-travel
 * education and the travel pledge; the unit hands out the passport it keeps.
 */
export function departTravelInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof TravelDepartInput>): void {
  const t = loadTravel(tx, input.travelId);
  const p = loadPerson(tx, t.personId);
  if (t.status === 'refused') {
    refuse('travel_needs_approval', `该申请未获批准（已被拒绝），${p.name}不得因私出国(境)。`, 'travelId');
  }
  if (t.status === 'departed' || t.status === 'returned' || t.status === 'cancelled') {
    refuse('travel_once', '该申请已出境或已撤销。', 'travelId');
  }
  const needs = t.needsApproval === 1 || travelNeedsApproval(p, input.departedOn);
  if (needs && t.status !== 'approved') {
    refuse(
      'travel_needs_approval',
      `${p.name}为在岗或脱密期内涉密人员，因私出国(境)须经部门领导和保密委员会批准；目前尚未批准。`,
      'travelId',
    );
  }
  if (needs) {
    const missing = [t.educatedOn ? null : '出境前保密教育', t.pledgeId ? null : '出国(境)保密承诺书'].filter(
      Boolean,
    );
    if (missing.length) {
      refuse(
        'travel_education_and_pledge',
        `出境前还须完成：${missing.join('、')}（条例第五十二条）。`,
        'travelId',
      );
    }
  }
  if (input.passportId !== undefined) {
    const pp = tx.select().from(passports).where(eq(passports.id, input.passportId)).get();
    if (!pp || pp.personId !== p.id)
      throw new AppException('NOT_FOUND', '该人员没有这本证照。', {
        fields: [{ path: 'passportId', message: '证照不存在' }],
      });
    if (pp.inCustody !== 1)
      refuse('passport_in_custody', '该证照不在单位保管中（已领出未交回）。', 'passportId');
    const grace = personnelSettings(tx).passportGraceDays;
    tx.insert(passportMovements)
      .values({
        passportId: pp.id,
        travelId: t.id,
        handedOutOn: input.departedOn,
        dueBackOn: addDays(t.plannedReturnOn, grace),
        createdAt: ctx.now,
      })
      .run();
    tx.update(passports).set({ inCustody: 0 }).where(eq(passports.id, pp.id)).run();
  }
  tx.update(privateTravel)
    .set({ status: 'departed', departedOn: input.departedOn })
    .where(eq(privateTravel.id, t.id))
    .run();
  travelEvent(
    tx,
    ctx,
    t,
    input.departedOn,
    `出境前往${t.destination}${input.passportId ? '，领取证照' : ''}`,
  );
}

export function departTravel(core: AppCore, input: z.output<typeof TravelDepartInput>): TravelView {
  core.write(
    'travel_depart',
    'private_travel',
    (tx, ctx) => departTravelInTx(tx, ctx, input),
    () => ({ entityId: input.travelId, detail: input }),
  );
  return travelView(core.session().db, input.travelId, today(core.clock));
}

export function returnTravelInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof TravelReturnInput>): void {
  const t = loadTravel(tx, input.travelId);
  if (t.status !== 'departed')
    refuse('travel_return_after_departure', '只有已出境的申请可以登记返回。', 'travelId');
  tx.update(privateTravel)
    .set({ status: 'returned', returnedOn: input.returnedOn, returnReport: input.report })
    .where(eq(privateTravel.id, t.id))
    .run();
  if (input.passportReturnedOn) {
    const open = tx
      .select({ passportId: passportMovements.passportId })
      .from(passportMovements)
      .where(and(eq(passportMovements.travelId, t.id), isNull(passportMovements.returnedOn)))
      .all();
    for (const m of open) returnPassportIn(tx, m.passportId, input.passportReturnedOn);
  }
  travelEvent(
    tx,
    ctx,
    t,
    input.returnedOn,
    `返回并提交回国(境)报告${input.passportReturnedOn ? '，证照交回单位保管' : ''}`,
  );
}

export function returnTravel(core: AppCore, input: z.output<typeof TravelReturnInput>): TravelView {
  core.write(
    'travel_return',
    'private_travel',
    (tx, ctx) => returnTravelInTx(tx, ctx, input),
    () => ({ entityId: input.travelId, detail: input }),
  );
  return travelView(core.session().db, input.travelId, today(core.clock));
}
