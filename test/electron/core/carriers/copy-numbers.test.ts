// 份号 keep the printed form (issue 23 point 8): "0015" is stored and read back as "0015", found by its number.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDesk, received, type Desk } from './helpers';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
});

describe('份号 as printed', () => {
  it('copy_label_kept: 0015 and 0016 stay so on the carrier, and the copies are found by their numbers', async () => {
    const c = await desk.call(
      'carriers:register',
      received({ copyNos: undefined, copyNoTexts: ['0015', '0016'] }),
    );
    expect(c.copies.map((k) => [k.copyNo, k.copyText])).toEqual([
      [15, '0015'],
      [16, '0016'],
    ]);
    const stored = desk.core
      .session()
      .db.$client.prepare(
        'SELECT copy_no, copy_label FROM carrier_copies WHERE carrier_id = ? ORDER BY copy_no',
      )
      .all(c.id);
    expect(stored).toEqual([
      { copy_no: 15, copy_label: '0015' },
      { copy_no: 16, copy_label: '0016' },
    ]);
    // Plain numbers keep no label: they read as the number.
    const plain = await desk.call(
      'carriers:register',
      received({ copyNos: undefined, copyNoTexts: ['12', '13'] }),
    );
    expect(plain.copies.map((k) => k.copyText)).toEqual(['12', '13']);
    // A count lists them as printed too.
    const count = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-15' });
    const got = await desk.call('inventory:get', { id: count.id, pageSize: 50 });
    expect(got.lines.rows.filter((l) => l.carrierId === c.id).map((l) => l.copyText)).toEqual([
      '0015',
      '0016',
    ]);
    expect(
      desk.core
        .session()
        .db.$client.prepare(
          'SELECT count(*) n FROM carrier_copies WHERE carrier_id = ? AND copy_label IS NOT NULL',
        )
        .get(plain.id),
    ).toEqual({ n: 0 });
  });

  it('copy_no_text_matches: the printed 份号 must be the numbers given with them', async () => {
    expect(
      await desk.refused('carriers:register', received({ copyNos: [12, 13], copyNoTexts: ['0012', '0014'] })),
    ).toEqual(expect.objectContaining({ code: 'RULE', rule: 'copy_no_text_matches' }));
    expect(
      await desk.refused('carriers:register', received({ copyNos: undefined, copyNoTexts: ['00', '0001'] })),
    ).toEqual(expect.objectContaining({ code: 'RULE', rule: 'copy_no_text_matches' }));
    expect(
      await desk.refused('carriers:register', received({ copyNos: undefined, copyNoTexts: ['0015', '15'] })),
    ).toEqual(expect.objectContaining({ code: 'VALIDATION' }));
    const both = await desk.call(
      'carriers:register',
      received({ copyNos: [12, 13], copyNoTexts: ['0012', '0013'] }),
    );
    expect(both.copies.map((k) => k.copyText)).toEqual(['0012', '0013']);
  });
});
