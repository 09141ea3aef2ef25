// The training matrix's bench question (issue 16: 5,000 people × 12 sessions, p95 ≤ 50 ms through the core):
// pages of the matrix and of those under the floor.
import type { Db } from '../../../db/open';
import { trainingMatrix } from '../../../electron/core/trainings/matrix';
import { MatrixInput } from '../../../electron/ipc/schemas/trainings';

/** Run i of the matrix question on database `d` (bench.ts times it on both copies with `measurePair`). */
export function matrixWorkload(d: Db, today: string): (i: number) => unknown {
  const year = Number(today.slice(0, 4));
  return (i) =>
    trainingMatrix(
      d,
      MatrixInput.parse({ year, page: 1 + (i % 5), pageSize: 100, underFloorOnly: i % 2 === 1 }),
    );
}
