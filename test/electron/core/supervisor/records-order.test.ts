// Finding 3 of issue 25: a unit's records at the supervisor come in their natural order (1, 2, … 10, 11), not as
// text (1, 10, 11, 2).
import { describe, expect, it } from 'vitest';
import { exportTo, pair, SUPERVISOR } from '../exchange/helpers';

describe("a unit's records at the supervisor", () => {
  it('are listed in natural id order, page after page', async () => {
    const { unit, sup } = await pair();
    for (let i = 1; i <= 12; i++) {
      await unit.call('classification:create', {
        name: `第${i}项保密事项`,
        level: 'confidential',
        term: { kind: 'period', years: 5 },
        classifierName: '李建国',
      });
    }
    const full = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: full.path, receiptOutPath: sup.dir });
    const ids = async (page: number) =>
      (
        await sup.call('exchange:unitRecords', {
          unitCode: unit.code,
          register: 'classification_items',
          page,
          pageSize: 5,
        })
      ).rows.map((r) => Number(r.recordId));
    const all = [...(await ids(1)), ...(await ids(2)), ...(await ids(3))];
    expect(all).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
