// Registration sanity (issue #19 point 7): a carrier is issued on or before the day it is registered and
// not after today, and its 保密期限 ends after its 制发日 — each checked on both sides of the boundary day.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDesk, produced, received, type Desk } from './helpers';

let desk: Desk;
beforeAll(async () => {
  desk = await openDesk('2026-06-15');
});

const rule = (rule: string, path: string) =>
  expect.objectContaining({ code: 'RULE', rule, fields: [expect.objectContaining({ path })] });

describe('registration dates', () => {
  it('issued_on_or_before_registration: an issue date after the registration date or after today is refused', async () => {
    // On the registration day itself: accepted.
    await desk.call('carriers:register', received({ issuedOn: '2026-06-01', registeredOn: '2026-06-01' }));
    expect(
      await desk.refused(
        'carriers:register',
        received({ issuedOn: '2026-06-02', registeredOn: '2026-06-01' }),
      ),
    ).toEqual(rule('issued_on_or_before_registration', 'issuedOn'));
    // Issued today: accepted; issued tomorrow (even with a registration date to match): refused.
    await desk.call('carriers:register', received({ issuedOn: '2026-06-15', registeredOn: '2026-06-15' }));
    expect(
      await desk.refused(
        'carriers:register',
        received({ issuedOn: '2026-06-16', registeredOn: '2026-06-16' }),
      ),
    ).toEqual(rule('issued_on_or_before_registration', 'issuedOn'));
    const own = {
      issuedOn: '2026-06-16',
      registeredOn: '2026-06-16',
      classification: { proposerName: '赵敏', classifierName: '陈局长', decidedOn: '2026-06-15' },
    };
    expect(await desk.refused('carriers:register', produced(own))).toEqual(
      rule('issued_on_or_before_registration', 'issuedOn'),
    );
  });

  it('term_ends_after_issue: a term ending on or before the issue date is refused', async () => {
    const until = (d: string) => received({ term: { kind: 'until_date', until: d } });
    for (const d of ['2026-05-20', '2026-05-19']) {
      expect(await desk.refused('carriers:register', until(d))).toEqual(
        rule('term_ends_after_issue', 'term.until'),
      );
    }
    // The day after 制发日 (2026-05-20) is a term of one day: odd, but a term.
    expect((await desk.call('carriers:register', until('2026-05-21'))).termEndsOn).toBe('2026-05-21');
  });
});
