// Issue 25, point 8: the bureau sets how many loans past due make a unit an alert (exchange:setDefaults, the
// page's 报送周期与提醒 card and `baomi supervisor interval --loan-alert`), within bounds refused in Chinese.
import { describe, expect, it } from 'vitest';
import { lendCopy12, received } from '../carriers/helpers';
import { pair, type Site } from '../exchange/helpers';
import { send } from './notice-helpers';

async function loanAlert(sup: Site, unitCode: string) {
  return (await sup.call('reminders:list', {})).find((r) => r.id === `supervisor_loans_${unitCode}`);
}

describe('supervisor alerts: the overdue-loan threshold', () => {
  it('one loan past due is an alert at threshold 1 and not at 2', async () => {
    const { unit, sup } = await pair();
    const c = await unit.call('carriers:register', received());
    await unit.call('carriers:borrow', {
      ...lendCopy12(c.id),
      exception: { reason: '起草整改方案，经局长同意' },
    });
    unit.clock.set('2026-08-05');
    sup.clock.set('2026-08-05');
    await send(unit, sup);

    expect(await sup.call('exchange:setDefaults', { overdueLoanAlert: 1 })).toMatchObject({
      overdueLoanAlert: 1,
    });
    expect((await loanAlert(sup, unit.code))?.title).toContain('逾期未归还 1 件');
    await sup.call('exchange:setDefaults', { overdueLoanAlert: 2 });
    expect(await loanAlert(sup, unit.code)).toBeUndefined();
    expect((await sup.call('exchange:defaults', {})).overdueLoanAlert).toBe(2);
  });

  it('a threshold out of bounds is refused in Chinese and changes nothing', async () => {
    const { sup } = await pair();
    expect((await sup.refused('exchange:setDefaults', { overdueLoanAlert: 0 })).message).toContain(
      '逾期未归还提醒阈值至少 1 件',
    );
    expect((await sup.refused('exchange:setDefaults', { overdueLoanAlert: 20_000 })).message).toContain(
      '逾期未归还提醒阈值不超过 10000 件',
    );
    expect((await sup.refused('exchange:setDefaults', { overdueLoanAlert: 2.5 })).message).toContain(
      '逾期未归还提醒阈值应为整数',
    );
    expect((await sup.call('exchange:defaults', {})).overdueLoanAlert).toBe(5);
  });
});
