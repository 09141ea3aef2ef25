// 审查 and 复审 (资格审查表), 保密教育培训 and 保密承诺书 / 保密责任书 of one person.
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Clearance } from '../../../db/domain/vocab';
import {
  PLEDGE_KIND_LABELS,
  TRAINING_KIND_LABELS,
  VETTING_KIND_LABELS,
  VETTING_RESULT_LABELS,
} from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { persons, pledges, privateTravel, vettings } from '../../../db/schema';
import type {
  PledgeInput,
  PledgeView,
  TrainingInput,
  TrainingView,
  VettingForm,
  VettingInput,
  VettingView,
} from '../../ipc/schemas/persons-records';
import type { AppCore, WriteCtx } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { addPeriod, yearOf } from '../util/dates';
import { canonicalJson } from '../util/canonical-json';
import { personnelSettings } from './settings';
import { addPersonEvent, loadPerson, touchPerson, type Tx } from './store';
import { trainingPart } from './training-part';

/**
 * The next 复审 is the last passed vetting plus the unit's interval for the clearance (regulation art. 50:
 * 定期组织复审). Recomputed when a vetting is recorded, when the clearance changes and when settings change
 * only for new vettings — a due date once set is what the clerk planned with.
 */
export function refreshNextVetting(tx: Tx, personId: number, clearance: Clearance | null): void {
  const last = tx
    .select({ id: vettings.id, on: vettings.vettedOn, result: vettings.result })
    .from(vettings)
    .where(eq(vettings.personId, personId))
    .orderBy(desc(vettings.vettedOn), desc(vettings.id))
    .limit(1)
    .get();
  const next =
    last?.result === 'passed' && clearance
      ? addPeriod(last.on, 0, personnelSettings(tx).revettingMonths[clearance])
      : null;
  if (last) tx.update(vettings).set({ nextDueOn: next }).where(eq(vettings.id, last.id)).run();
  tx.update(persons).set({ nextVettingOn: next }).where(eq(persons.id, personId)).run();
}

export function recordVetting(core: AppCore, input: z.output<typeof VettingInput>): VettingView[] {
  core.write(
    'person_vetting',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      const approvalId = input.approval
        ? approveRecord(tx, input.approval, 'other', { type: 'person', id: p.id }, ctx).id
        : null;
      tx.insert(vettings)
        .values({
          personId: p.id,
          kind: input.kind,
          vettedOn: input.vettedOn,
          result: input.result,
          form: canonicalJson(input.form),
          approvalId,
          scanAttachmentId: input.scanAttachmentId ?? null,
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .run();
      refreshNextVetting(tx, p.id, p.clearance);
      const failed = input.result === 'failed';
      // Regulation art. 50: 未通过保密审查的，不得任用.
      if (failed && p.status === 'proposed') touchPerson(tx, p.id, ctx, { status: 'rejected' });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'vetting',
        on: input.vettedOn,
        summary: `${VETTING_KIND_LABELS[input.kind]}：${VETTING_RESULT_LABELS[input.result]}`,
        detail: { kind: input.kind, result: input.result },
        approvalId,
      });
    },
    () => ({
      entityId: input.personId,
      detail: { kind: input.kind, result: input.result },
    }),
  );
  return vettingsOf(core.session().db, input.personId);
}

export function vettingsOf(db: Pick<Db, 'select'>, personId: number): VettingView[] {
  return db
    .select()
    .from(vettings)
    .where(eq(vettings.personId, personId))
    .orderBy(desc(vettings.vettedOn), desc(vettings.id))
    .all()
    .map((v) => ({
      id: v.id,
      kind: v.kind,
      vettedOn: v.vettedOn,
      result: v.result,
      form: JSON.parse(v.form) as z.output<typeof VettingForm>,
      nextDueOn: v.nextDueOn,
      approvalId: v.approvalId,
      scanAttachmentId: v.scanAttachmentId,
    }));
}

export function recordTraining(core: AppCore, input: z.output<typeof TrainingInput>): TrainingView[] {
  core.write(
    'person_training',
    'person',
    (tx, ctx) => {
      loadPerson(tx, input.personId);
      trainingPart().record(tx, ctx, input);
      addPersonEvent(tx, ctx, {
        personId: input.personId,
        kind: 'training',
        on: input.trainedOn,
        summary: `${TRAINING_KIND_LABELS[input.kind]} ${input.hours} 学时`,
        detail: { kind: input.kind, hours: input.hours },
      });
    },
    () => ({
      entityId: input.personId,
      detail: { kind: input.kind },
    }),
  );
  return trainingsOf(core.session().db, input.personId);
}

export function trainingsOf(db: Pick<Db, 'select'>, personId: number): TrainingView[] {
  return trainingPart().of(db, personId);
}

/** One pledge inside the caller's transaction (the leaving procedure signs its own this way). */
export function insertPledge(
  tx: Tx,
  ctx: WriteCtx,
  input: z.output<typeof PledgeInput> & { leavingId?: number },
): number {
  if (input.travelId !== undefined) {
    const t = tx.select().from(privateTravel).where(eq(privateTravel.id, input.travelId)).get();
    if (!t || t.personId !== input.personId) {
      throw new AppException('NOT_FOUND', '该人员没有这次出国(境)申请。', {
        fields: [{ path: 'travelId', message: '申请不存在' }],
      });
    }
  }
  const year =
    input.kind === 'responsibility_letter' ? (input.year ?? yearOf(input.signedOn)) : (input.year ?? null);
  const id = tx
    .insert(pledges)
    .values({
      personId: input.personId,
      kind: input.kind,
      signedOn: input.signedOn,
      year,
      travelId: input.travelId ?? null,
      leavingId: input.leavingId ?? null,
      scanAttachmentId: input.scanAttachmentId ?? null,
      notes: input.notes ?? null,
      createdAt: ctx.now,
    })
    .returning({ id: pledges.id })
    .get().id;
  if (input.travelId !== undefined) {
    tx.update(privateTravel).set({ pledgeId: id }).where(eq(privateTravel.id, input.travelId)).run();
    ctx.touch('travel');
  }
  addPersonEvent(tx, ctx, {
    personId: input.personId,
    kind: 'pledge',
    on: input.signedOn,
    summary: `签订${PLEDGE_KIND_LABELS[input.kind]}${year && input.kind === 'responsibility_letter' ? `（${year} 年度）` : ''}`,
    detail: { pledgeId: id, kind: input.kind, year },
  });
  return id;
}

export function recordPledge(core: AppCore, input: z.output<typeof PledgeInput>): PledgeView[] {
  core.write(
    'person_pledge',
    'person',
    (tx, ctx) => {
      loadPerson(tx, input.personId);
      return insertPledge(tx, ctx, input);
    },
    (id) => ({
      entityId: input.personId,
      detail: { pledgeId: id, kind: input.kind },
    }),
  );
  return pledgesOf(core.session().db, input.personId);
}

export function pledgesOf(db: Pick<Db, 'select'>, personId: number): PledgeView[] {
  return db
    .select()
    .from(pledges)
    .where(eq(pledges.personId, personId))
    .orderBy(desc(pledges.signedOn), desc(pledges.id))
    .all()
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      signedOn: p.signedOn,
      year: p.year,
      travelId: p.travelId,
      leavingId: p.leavingId,
      scanAttachmentId: p.scanAttachmentId,
      notes: p.notes,
    }));
}
