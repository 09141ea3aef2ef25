// 保密期限 at its boundary days (issue #19 point 2): counted from 制发日 (实施条例 art. 19) as 民法典
// arts. 201–203 count a 期间, the end day is still inside the term, and 期满自行解密 takes effect the day after.
// Every reader of the end agrees: the row's 已到期, the register's due filters, the review list, the
// reminders, and the rule that an extension is decided before the term ends.
import { describe, expect, it } from 'vitest';
import { openDesk, produced, received, type Desk } from './helpers';

const by = { authority: 'own' as const, proposerName: '赵敏', classifierName: '陈局长' };

/** What every reader says of carrier `id` today. */
async function readings(desk: Desk, id: number) {
  const due = async (f: 'term_ending' | 'term_expired') =>
    (await desk.call('carriers:list', { page: 1, pageSize: 100, filters: { due: f } })).rows.some(
      (r) => r.id === id,
    );
  const review = await desk.call('classification:reviewList', { page: 1, pageSize: 100 });
  const reminders = (await desk.call('reminders:list', {})).map((r) => r.id);
  return {
    expired: (await desk.call('carriers:get', { id })).expired,
    ending: await due('term_ending'),
    ended: await due('term_expired'),
    review: review.rows.find((r) => r.id === id)?.reasons.filter((x) => x !== 'yearly'),
    remindEnding: reminders.includes('carrier_terms_ending'),
    remindEnded: reminders.includes('carrier_terms_expired'),
  };
}

const inside = {
  expired: false,
  ending: true,
  ended: false,
  review: ['term_ending'],
  remindEnding: true,
  remindEnded: false,
};
const over = {
  expired: true,
  ending: false,
  ended: true,
  review: ['term_expired'],
  remindEnding: false,
  remindEnded: true,
};

const extend = (carrierId: number, decidedOn: string) => ({
  carrierId,
  decidedOn,
  by,
  reason: '工作仍需保密',
  term: { kind: 'period' as const, years: 3 },
  notice: { noticeTo: '局领导、办公室' },
});

// Each case has its own desk: the reminders count every carrier of the register.
describe('保密期限 day count (term_end_day_inside)', () => {
  it('term_end_day_inside: a term counted from 29 February holds on its end day and is over the day after', async () => {
    const desk = await openDesk('2024-03-01');
    // 1 year from 制发日 2024-02-29: no 29 February in 2025, so it ends on 2025-02-28.
    const leap = {
      term: { kind: 'period', years: 1 },
      issuedOn: '2024-02-29',
      registeredOn: '2024-03-01',
      classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2024-02-29' },
    };
    const id = (await desk.call('carriers:register', produced({ ...leap, name: '到期事项' }))).id;
    const onEndDay = (await desk.call('carriers:register', produced({ ...leap, name: '届满当日延期' }))).id;
    const dayAfter = (await desk.call('carriers:register', produced({ ...leap, name: '届满次日延期' }))).id;
    expect((await desk.call('carriers:get', { id })).termEndsOn).toBe('2025-02-28');
    desk.clock.set('2025-02-27');
    expect(await readings(desk, id)).toEqual(inside);
    desk.clock.set('2025-02-28');
    expect(await readings(desk, id)).toEqual(inside);
    // Still inside the term on its last day: an extension decided today is in time.
    const extended = await desk.call('classification:extend', extend(onEndDay, '2025-02-28'));
    expect(extended).toMatchObject({ termEndsOn: '2027-02-28', expired: false });
    desk.clock.set('2025-03-01');
    expect(await readings(desk, id)).toEqual(over);
    expect(await desk.refused('classification:extend', extend(dayAfter, '2025-03-01'))).toEqual(
      expect.objectContaining({ code: 'RULE', rule: 'extend_before_expiry' }),
    );
  });

  it('term_end_day_inside: a 10-year 保密期限 from 制发日 2026-05-20 holds through 2036-05-20', async () => {
    const desk = await openDesk('2026-06-15');
    const id = (await desk.call('carriers:register', received({ level: 'confidential' }))).id;
    expect((await desk.call('carriers:get', { id })).termEndsOn).toBe('2036-05-20');
    for (const [day, want] of [
      ['2036-05-19', inside],
      ['2036-05-20', inside],
      ['2036-05-21', over],
    ] as const) {
      desk.clock.set(day);
      expect({ day, ...(await readings(desk, id)) }).toEqual({ day, ...want });
    }
  });
});
