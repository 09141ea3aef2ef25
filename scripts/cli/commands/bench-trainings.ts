// The training matrix's bench question (issue 16: 5,000 people × 12 sessions, p95 ≤ 50 ms through the core):
// pages of the matrix and of those under the floor — the query on both copies of the database, then the same
// pages through the dispatcher as the register asks for them (input parsed, role checked, audit scope).
import type { Db } from '../../../db/open';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { trainingMatrix } from '../../../electron/core/trainings/matrix';
import { MatrixInput } from '../../../electron/ipc/schemas/trainings';
import { call } from '../session';
import { benchLine, type BenchLine } from './bench-line';

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
