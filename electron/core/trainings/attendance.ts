// The attendance sheet of a held session (出席 / 缺席 with the reason / 补学), and what persons asks of it: a
// person's sessions and whether the 岗前培训 was attended.
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { TRAINING_KIND_LABELS } from '../../../db/domain/labels';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { accounts, persons, staffMembers, trainingAttendance, trainingSessions } from '../../../db/schema';
import type { TrainingInput, TrainingView } from '../../ipc/schemas/persons-records';
import type { AttendInput, MakeUpInput, SessionView } from '../../ipc/schemas/trainings';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { yearOf } from '../util/dates';
import { checkAttendanceNotInFuture, checkMakeUp, checkSessionHeld } from './rules';
import { heldDay, loadSession, present } from './store';
import { sessionView } from './views';

type Reader = Pick<Db, 'select'>;

function lineOf(tx: Reader, sessionId: number, who: { personId?: number; staffId?: number }) {
  const staffId = who.staffId ?? 0;
  return tx
    .select()
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.sessionId, sessionId),
        who.personId !== undefined
          ? eq(trainingAttendance.personId, who.personId)
          : and(isNull(trainingAttendance.personId), eq(trainingAttendance.staffId, staffId)),
      ),
    )
    .get();
}

function checkAttendee(tx: Reader, who: { personId?: number; staffId?: number }, i: number): void {
  const found =
    who.personId !== undefined
      ? tx.select({ id: persons.id }).from(persons).where(eq(persons.id, who.personId)).get()
      : tx
          .select({ id: staffMembers.id })
          .from(staffMembers)
          .where(eq(staffMembers.id, who.staffId ?? 0))
          .get();
  if (!found) {
    throw new AppException('NOT_FOUND', '所选人员不存在。', {
      fields: [{ path: `lines.${i}.personId`, message: '人员不存在' }],
    });
  }
}

/** The sheet: each line sets that attendee's 出席/缺席 (a line already there is replaced). */
export function attend(core: AppCore, input: z.output<typeof AttendInput>): SessionView {
  core.write(
    'training_attend',
    'training_session',
    (tx, ctx) => attendInTx(tx, ctx, input),
    () => ({
      entityId: input.sessionId,
      detail: {
        present: input.lines.filter((l) => l.status !== 'absent').length,
        absent: input.lines.filter((l) => l.status === 'absent').length,
      },
    }),
  );
  return sessionView(core.session().db, input.sessionId);
}

/** The sheet's write, inside the caller's transaction (the form's, or an import's). */
export function attendInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof AttendInput>): void {
  const s = loadSession(tx, input.sessionId);
  checkSessionHeld(s.status);
  checkAttendanceNotInFuture(heldDay(s), ctx.today);
  input.lines.forEach((line, i) => {
    checkAttendee(tx, line, i);
    const values = {
      status: line.status,
      absenceReason: line.status === 'absent' ? (line.absenceReason ?? null) : null,
      madeUpOn: null,
      heldOn: heldDay(s),
      hours: s.hours,
    };
    const had = lineOf(tx, s.id, line);
    if (had) {
      tx.update(trainingAttendance).set(values).where(eq(trainingAttendance.id, had.id)).run();
    } else {
      tx.insert(trainingAttendance)
        .values({
          ...values,
          sessionId: s.id,
          personId: line.personId ?? null,
          staffId: line.personId === undefined ? (line.staffId ?? null) : null,
          createdAt: ctx.now,
        })
        .run();
    }
  });
  ctx.touch('persons');
}

/** 补学: an absent attendee made the session up; it counts on the day of the 补学. */
export function makeUp(core: AppCore, input: z.output<typeof MakeUpInput>): SessionView {
  core.write(
    'training_make_up',
    'training_session',
    (tx, ctx) => {
      const s = loadSession(tx, input.sessionId);
      checkSessionHeld(s.status);
      checkAttendanceNotInFuture(input.madeUpOn, ctx.today, 'madeUpOn');
      const had =
        input.personId !== undefined || input.staffId !== undefined ? lineOf(tx, s.id, input) : undefined;
      checkMakeUp(had?.status, heldDay(s), input.madeUpOn);
      tx.update(trainingAttendance)
        .set({ status: 'make_up', madeUpOn: input.madeUpOn, heldOn: input.madeUpOn })
        .where(eq(trainingAttendance.id, present(had, 'attendance').id))
        .run();
      ctx.touch('persons');
    },
    () => ({ entityId: input.sessionId, detail: input }),
  );
  return sessionView(core.session().db, input.sessionId);
}

/** A person's sessions attended or made up, newest first (the person page's 培训 list, the dossier). */
export function trainingsOfPerson(db: Reader, personId: number): TrainingView[] {
  return db
    .select({
      id: trainingAttendance.id,
      kind: trainingSessions.purpose,
      trainedOn: trainingAttendance.heldOn,
      hours: trainingAttendance.hours,
      content: trainingSessions.content,
      // A session held in the register names no 记录人 unless typed: the account that entered it kept the record.
      recorder: sql<string | null>`coalesce(${trainingSessions.recorder}, ${accounts.displayName})`,
      scanAttachmentId: trainingAttendance.scanAttachmentId,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .leftJoin(accounts, eq(accounts.id, trainingSessions.createdBy))
    .where(and(eq(trainingAttendance.personId, personId), ne(trainingAttendance.status, 'absent')))
    .orderBy(desc(trainingAttendance.heldOn), desc(trainingAttendance.id))
    .all();
}

/** Whether the person attended (or made up) a 岗前培训. */
export function attendedPrePost(db: Reader, personId: number): boolean {
  return !!db
    .select({ id: trainingAttendance.id })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(
      and(
        eq(trainingAttendance.personId, personId),
        ne(trainingAttendance.status, 'absent'),
        eq(trainingSessions.purpose, 'pre_post'),
      ),
    )
    .limit(1)
    .get();
}

/**
 * The person page's 登记培训 (one person trained alone, e.g. a 岗前培训 talk): a held session of one attendee,
 * inside persons' own write.
 */
export function recordPersonTraining(
  tx: Pick<Db, 'insert'>,
  ctx: WriteCtx,
  input: z.output<typeof TrainingInput>,
): void {
  checkAttendanceNotInFuture(input.trainedOn, ctx.today, 'trainedOn');
  const s = tx
    .insert(trainingSessions)
    .values({
      purpose: input.kind,
      form: 'other',
      status: 'held',
      topic: TRAINING_KIND_LABELS[input.kind],
      year: yearOf(input.trainedOn),
      heldOn: input.trainedOn,
      content: input.content,
      hours: input.hours,
      recorder: input.recorder ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: trainingSessions.id })
    .get();
  tx.insert(trainingAttendance)
    .values({
      sessionId: s.id,
      personId: input.personId,
      status: 'present',
      heldOn: input.trainedOn,
      hours: input.hours,
      scanAttachmentId: input.scanAttachmentId ?? null,
      createdAt: ctx.now,
    })
    .run();
  ctx.touch('trainings');
}
