// The committee's decisions and plan items as tracked tasks: an owner, a due date, done with a note.
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { TaskKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { committeeTasks, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { TaskAddInput, TaskDoneInput, TaskListInput, TaskView } from '../../ipc/schemas/committee';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { today } from '../util/dates';
import { filtersWhere, pageByFilters, pageOf, type EqualityFilter } from '../util/paging';
import { refuse } from '../util/refuse';
import { checkOwner } from './rules';
import { inListOf, listParam } from '../util/in-list';
import { statement } from '../util/statements';

export interface NewTask {
  kind: TaskKind;
  meetingId?: number | undefined;
  year: number;
  content: string;
  ownerPersonId?: number | undefined;
  dueOn?: string | undefined;
}

/** Inside a write: one task, its owner checked (a registered person). */
export function addTaskInTx(
  tx: Pick<Tx, 'select' | 'insert'>,
  ctx: WriteCtx,
  t: NewTask,
  path: string,
): number {
  checkOwner(t.ownerPersonId, path);
  if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, t.ownerPersonId)).get())
    throw new AppException('NOT_FOUND', '找不到该责任人。', { fields: [{ path, message: '不存在' }] });
  return tx
    .insert(committeeTasks)
    .values({
      kind: t.kind,
      meetingId: t.meetingId ?? null,
      year: t.year,
      content: t.content,
      ownerPersonId: t.ownerPersonId,
      dueOn: t.dueOn ?? null,
      status: 'open',
      createdAt: ctx.now,
    })
    .returning({ id: committeeTasks.id })
    .get().id;
}

const taskSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ t: committeeTasks, ownerName: persons.name })
    .from(committeeTasks)
    .innerJoin(persons, eq(persons.id, committeeTasks.ownerPersonId));

function toView(t: typeof committeeTasks.$inferSelect, ownerName: string, now: string): TaskView {
  return {
    id: t.id,
    kind: t.kind,
    meetingId: t.meetingId,
    year: t.year,
    content: t.content,
    ownerPersonId: t.ownerPersonId,
    ownerName,
    dueOn: t.dueOn,
    status: t.status,
    doneOn: t.doneOn,
    doneNote: t.doneNote,
    overdue: t.status === 'open' && t.dueOn !== null && t.dueOn < now,
  };
}

type TaskListQuery = z.output<typeof TaskListInput>;

const TASK_FILTERS: EqualityFilter<TaskListQuery>[] = [
  ['status', committeeTasks.status],
  ['kind', committeeTasks.kind],
  ['year', committeeTasks.year],
];

/** The tasks' page (open first, by due date) and its count, under `where`. */
const taskQuestion = (db: Pick<Db, 'select'>) => (where: SQL | undefined) => ({
  rows: taskSelect(db)
    .where(where)
    .orderBy(asc(committeeTasks.status), asc(committeeTasks.dueOn), asc(committeeTasks.id)),
  count: db.select({ n: count() }).from(committeeTasks).where(where),
});

/** One page of the tasks as a query built whole, with its values in the SQL. */
export function taskPageQuery(db: Pick<Db, 'select'>, input: TaskListQuery) {
  return pageOf(taskQuestion(db)(filtersWhere(input, TASK_FILTERS)).rows, input);
}

export function listTasks(db: Pick<Db, 'select'>, input: TaskListQuery, now: string): Page<TaskView> {
  // Prepared once for each set of filters asked (util/paging.ts): only the values change.
  const { total, rows } = pageByFilters(db, 'committee_tasks', input, TASK_FILTERS, taskQuestion(db));
  return { total, rows: rows.map((r) => toView(r.t, r.ownerName, now)) };
}

export function tasksOfMeeting(db: Pick<Db, 'select'>, meetingId: number, now: string): TaskView[] {
  return tasksOfMeetings(db, [meetingId], now).get(meetingId) ?? [];
}

/** The decisions of each of `meetingIds` in one read (a page of meetings asked them one query per meeting). */
export function tasksOfMeetings(
  db: Pick<Db, 'select'>,
  meetingIds: number[],
  now: string,
): Map<number, TaskView[]> {
  const out = new Map<number, TaskView[]>(meetingIds.map((id) => [id, []]));
  if (!meetingIds.length) return out;
  const q = statement(db, 'committee:tasksOfMeetings', () =>
    taskSelect(db).where(inListOf(committeeTasks.meetingId, 'ids')).orderBy(asc(committeeTasks.id)).prepare(),
  );
  const rows = q.all({ ids: listParam(meetingIds) });
  for (const r of rows)
    if (r.t.meetingId !== null) out.get(r.t.meetingId)?.push(toView(r.t, r.ownerName, now));
  return out;
}

export function planItems(db: Pick<Db, 'select'>, year: number, now: string): TaskView[] {
  return taskSelect(db)
    .where(and(eq(committeeTasks.year, year), eq(committeeTasks.kind, 'plan_item')))
    .orderBy(asc(committeeTasks.id))
    .all()
    .map((r) => toView(r.t, r.ownerName, now));
}

export function taskView(db: Pick<Db, 'select'>, id: number, now: string): TaskView {
  const r = taskSelect(db).where(eq(committeeTasks.id, id)).get();
  if (!r)
    throw new AppException('NOT_FOUND', '找不到该事项。', {
      fields: [{ path: 'taskId', message: '不存在' }],
    });
  return toView(r.t, r.ownerName, now);
}

export function addTask(core: AppCore, input: z.output<typeof TaskAddInput>): TaskView {
  const id = core.write(
    'committee_task_add',
    'committee_task',
    (tx, ctx) => addTaskInTx(tx, ctx, input, 'ownerPersonId'),
    (id) => ({ entityId: id, detail: input }),
  );
  return taskView(core.session().db, id, today(core.clock));
}

export function finishTask(core: AppCore, input: z.output<typeof TaskDoneInput>): TaskView {
  core.write(
    'committee_task_done',
    'committee_task',
    (tx) => {
      const t = tx.select().from(committeeTasks).where(eq(committeeTasks.id, input.taskId)).get();
      if (!t)
        throw new AppException('NOT_FOUND', '找不到该事项。', {
          fields: [{ path: 'taskId', message: '不存在' }],
        });
      if (t.status === 'done') refuse('task_done_once', '该事项已办结。', 'taskId');
      tx.update(committeeTasks)
        .set({ status: 'done', doneOn: input.doneOn, doneNote: input.note ?? null })
        .where(eq(committeeTasks.id, t.id))
        .run();
    },
    () => ({ entityId: input.taskId, detail: input }),
  );
  return taskView(core.session().db, input.taskId, today(core.clock));
}

/** Open tasks past their due date (home page). */
export function overdueTasks(db: Pick<Db, 'select'>, now: string): TaskView[] {
  return listTasks(db, { status: 'open', page: 1, pageSize: 500 }, now).rows.filter((t) => t.overdue);
}
