// 保密教育培训 sessions: planned in the 年度学习计划, held (with or without a plan), or cancelled; the register's
// list and the plan's planned-vs-held figures.
import { count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { trainingSessions } from '../../../db/schema';
import type {
  PlanSummary,
  SessionCancelInput,
  SessionHoldInput,
  SessionPlanInput,
  SessionView,
} from '../../ipc/schemas/trainings';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { yearOf } from '../util/dates';
import { refuse } from '../util/refuse';
import { loadSession, type SessionRecord } from './store';
import { sessionView } from './views';
import { checkAttendanceNotInFuture, checkMaterialsKnown } from './rules';

type Reader = Pick<Db, 'select'>;

/** 年度学习计划: a planned session. */
export function planSession(core: AppCore, input: z.output<typeof SessionPlanInput>): SessionView {
  const id = core.write(
    'training_plan',
    'training_session',
    (tx, ctx) =>
      tx
        .insert(trainingSessions)
        .values({
          ...fields(tx, input),
          purpose: input.purpose,
          form: input.form,
          topic: input.topic,
          content: input.content,
          hours: input.hours,
          status: 'planned',
          year: yearOf(input.plannedOn),
          plannedOn: input.plannedOn,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: trainingSessions.id })
        .get().id,
    (id) => ({ entityId: id, detail: { topic: input.topic, plannedOn: input.plannedOn } }),
  );
  return sessionView(core.session().db, id);
}

function fields(tx: Reader, input: Partial<z.output<typeof SessionPlanInput>>) {
  const out: Partial<SessionRecord> = {};
  for (const k of [
    'purpose',
    'form',
    'topic',
    'content',
    'hours',
    'organizer',
    'speaker',
    'scope',
    'place',
    'recorder',
  ] as const) {
    if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
  }
  if (input.materials !== undefined) {
    checkMaterialsKnown(tx, input.materials);
    out.materials = JSON.stringify(input.materials);
  }
  return out;
}

/** 举办: a planned session held (its details as they turned out), or a session held outside the plan. */
export function holdSession(core: AppCore, input: z.output<typeof SessionHoldInput>): SessionView {
  const id = core.write(
    'training_hold',
    'training_session',
    (tx, ctx) => holdSessionInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: { heldOn: input.heldOn } }),
  );
  return sessionView(core.session().db, id);
}

/** The 举办's write, inside the caller's transaction (the form's, or an import's); the session's id. */
export function holdSessionInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof SessionHoldInput>): number {
  checkAttendanceNotInFuture(input.heldOn, ctx.today, 'heldOn');
  if (input.sessionId !== undefined) {
    const s = loadSession(tx, input.sessionId);
    if (s.status !== 'planned') {
      refuse(
        'hold_planned_session',
        s.status === 'held' ? '该培训已登记举办。' : '该培训已取消。',
        'sessionId',
      );
    }
    tx.update(trainingSessions)
      .set({ ...fields(tx, input), status: 'held', heldOn: input.heldOn, updatedAt: ctx.now })
      .where(eq(trainingSessions.id, s.id))
      .run();
    return s.id;
  }
  const { purpose, form, topic, content, hours } = input;
  if (!purpose || !form || !topic || !content || !hours) {
    throw new AppException('VALIDATION', '请填写培训类别、形式、主题、内容和学时。', {
      fields: [{ path: 'topic', message: '请填写培训主题' }],
    });
  }
  return tx
    .insert(trainingSessions)
    .values({
      ...fields(tx, input),
      purpose,
      form,
      topic,
      content,
      hours,
      status: 'held',
      year: yearOf(input.heldOn),
      heldOn: input.heldOn,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: trainingSessions.id })
    .get().id;
}

export function cancelSession(core: AppCore, input: z.output<typeof SessionCancelInput>): SessionView {
  core.write(
    'training_cancel',
    'training_session',
    (tx, ctx) => {
      const s = loadSession(tx, input.sessionId);
      if (s.status !== 'planned')
        refuse('cancel_planned_session', '只能取消尚未举办的计划培训。', 'sessionId');
      tx.update(trainingSessions)
        .set({ status: 'cancelled', updatedAt: ctx.now })
        .where(eq(trainingSessions.id, s.id))
        .run();
    },
    () => ({ entityId: input.sessionId, detail: { reason: input.reason } }),
  );
  return sessionView(core.session().db, input.sessionId);
}

/** 计划 vs 举办 of one year: planned sessions held, still pending, cancelled; and sessions held outside the plan. */
export function planSummary(db: Reader, year: number): PlanSummary {
  const rows = db
    .select({
      status: trainingSessions.status,
      planned: sql<number>`${trainingSessions.plannedOn} IS NOT NULL`,
      n: count(),
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.year, year))
    .groupBy(trainingSessions.status, sql`${trainingSessions.plannedOn} IS NOT NULL`)
    .all();
  const n = (status: string, planned: boolean) =>
    rows.find((r) => r.status === status && !!r.planned === planned)?.n ?? 0;
  const held = n('held', true);
  const pending = n('planned', true);
  const cancelled = n('cancelled', true);
  return {
    year,
    planned: held + pending + cancelled,
    held,
    heldUnplanned: n('held', false),
    cancelled,
    pending,
  };
}
