// The training matrix's bench question (issue 16: 5,000 people × 12 sessions, p95 ≤ 50 ms through the core):
// pages of the matrix and of those under the floor — the query on both copies of the database, then the same
// pages through the dispatcher as the register asks for them (input parsed, role checked, audit scope). And the
// sessions register's page through the core and as plain SQL (bench-raw.ts).
import type { Db } from '../../../db/open';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { trainingMatrix } from '../../../electron/core/trainings/matrix';
import { listSessions } from '../../../electron/core/trainings/views';
import { containsPattern } from '../../../electron/core/util/like';
import { MatrixInput, SessionListInput } from '../../../electron/ipc/schemas/trainings';
import { call } from '../session';
import { benchLine, type BenchLine } from './bench-line';
import { counted, registerBench } from './bench-raw';

const pageOf = (i: number, year: number) => ({
  year,
  page: 1 + (i % 5),
  pageSize: 100,
  underFloorOnly: i % 2 === 1,
});

/** Run i of the matrix question on database `d` (bench.ts times it on both copies with `measurePair`). */
export function matrixWorkload(d: Db, today: string): (i: number) => unknown {
  const year = Number(today.slice(0, 4));
  return (i) => trainingMatrix(d, MatrixInput.parse(pageOf(i, year)));
}

/** `trainings_matrix_dispatch`: the same pages through `trainings:matrix`, a few warm-up runs first. */
export async function matrixDispatchLine(api: Dispatcher, today: string, n: number): Promise<BenchLine> {
  const year = Number(today.slice(0, 4));
  for (let i = 0; i < Math.min(10, n); i++) await call(api, 'trainings:matrix', pageOf(i, year));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await call(api, 'trainings:matrix', pageOf(i, year));
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return benchLine('trainings_matrix_dispatch', times);
}

/** 培训记录: the sessions of a year, by status and form, or by a word of the topic, speaker or content. */
export const sessionsPage = registerBench({
  name: 'trainings_sessions_page',
  questions: [{}, { status: 'held' }, { form: 'lecture' }, { q: '保密' }, { q: '法' }],
  parse: (x) => SessionListInput.parse(x),
  app: (db, q) => counted(listSessions(db, q)),
  raw: (q) => {
    const p = q.q ? containsPattern(q.q) : '';
    return [
      {
        table: 'training_sessions',
        where: [
          q.year && ['year = ?', q.year],
          q.status && ['status = ?', q.status],
          q.form && ['form = ?', q.form],
          q.q && [
            "topic LIKE ? ESCAPE '\\' OR speaker LIKE ? ESCAPE '\\' OR content LIKE ? ESCAPE '\\'",
            p,
            p,
            p,
          ],
        ],
        order: 'coalesce(held_on, planned_on) DESC, id DESC',
        page: q.page,
        pageSize: q.pageSize,
      },
    ];
  },
});
