// The change bus: each ok Result's `changes` reach the views showing those domains, once per view.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Domain } from '../../../db/domain/domains';
import { publish, subscribe } from '../../../renderer/stores/changes';

const unsubscribe: (() => void)[] = [];
afterEach(() => {
  for (const u of unsubscribe.splice(0)) u();
});

function listen(on: readonly Domain[] | 'any') {
  const fn = vi.fn();
  unsubscribe.push(subscribe(on, fn));
  return fn;
}

describe('change bus', () => {
  it('tells a view showing carriers that a 归还 changed carriers, once, however many domains changed', () => {
    const ledger = listen(['carriers', 'persons']);
    publish(['audit', 'carriers', 'persons']);
    expect(ledger).toHaveBeenCalledTimes(1);
    expect(ledger).toHaveBeenCalledWith(['audit', 'carriers', 'persons']);
  });

  it('leaves a view alone when the write changed none of its domains', () => {
    const travel = listen(['travel']);
    publish(['audit', 'carriers']);
    expect(travel).not.toHaveBeenCalled();
  });

  it('tells the home reminders about every write, and nobody about a call that wrote nothing', () => {
    const reminders = listen('any');
    publish(['audit', 'settings']);
    publish([]);
    expect(reminders).toHaveBeenCalledTimes(1);
  });

  it('stops telling a view once it unsubscribed, even from inside another listener', () => {
    const late = vi.fn();
    const stopLate = subscribe(['carriers'], late);
    unsubscribe.push(stopLate);
    unsubscribe.push(subscribe(['carriers'], () => stopLate()));
    publish(['carriers']);
    publish(['carriers']);
    expect(late.mock.calls.length).toBeLessThanOrEqual(1);
  });
});

describe('api', () => {
  it('publishes the changes of an ok Result, and nothing for a refusal', async () => {
    const answers = [
      { ok: true, value: {}, changes: ['audit', 'carriers'] },
      { ok: false, error: { code: 'RULE', message: '须全部清退后才能办理离岗' } },
    ];
    const fake = { carriers: { return: async () => answers.shift() } };
    Object.assign(globalThis, { window: { api: fake } });
    const { call } = await import('../../../renderer/api');
    const ledger = listen(['carriers']);
    await call('carriers:return', { carrierId: 1, copyNos: [1], returnedOn: '2026-03-02' });
    await call('carriers:return', { carrierId: 1, copyNos: [1], returnedOn: '2026-03-02' });
    expect(ledger).toHaveBeenCalledTimes(1);
  });
});
