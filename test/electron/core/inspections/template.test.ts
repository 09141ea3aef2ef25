// The checklist template and the check schedules are the unit's: a new check copies the template as it is then,
// and a kind's schedule decides when it falls due.
import { describe, expect, it } from 'vitest';
import { monthlySelfCheck, openDesk } from './helpers';

describe('checklist template and schedules', () => {
  it('a unit-edited template is what the next check copies; earlier checks keep theirs', async () => {
    const desk = await openDesk('2026-06-15');
    expect((await desk.call('inspections:template', {})).length).toBe(25);
    const before = await monthlySelfCheck(desk);
    await desk.call('inspections:setTemplate', {
      items: [
        { area: 'carriers', text: '保密柜是否上锁' },
        { area: 'responsibility', text: '是否签订责任书' },
      ],
    });
    const after = await desk.call('inspections:open', {
      kind: 'spot',
      title: '6月抽查',
      period: '2026-06',
      checkedOn: '2026-06-15',
      inspectors: '王丽',
    });
    // In the article's order of areas, whatever the template's order.
    expect(after.checklist.map((i) => i.text)).toEqual(['是否签订责任书', '保密柜是否上锁']);
    expect((await desk.call('inspections:get', { inspectionId: before.check.id })).checklist).toHaveLength(
      25,
    );
  });

  it('a kind falls due by its schedule: monthly 部门自查 a month after the last one', async () => {
    const desk = await openDesk('2026-06-15');
    await monthlySelfCheck(desk);
    const due = async () =>
      (await desk.call('reminders:list', {})).find((r) => r.id === 'inspections_due')?.detail ?? '';
    expect(await due()).not.toContain('部门自查');
    desk.clock.set('2026-07-15');
    expect(await due()).not.toContain('部门自查');
    desk.clock.set('2026-07-16');
    expect(await due()).toContain('部门自查（每月，上次 2026-06-15）');
    await desk.call('inspections:updateSettings', {
      frequencies: { self_dept: 'quarterly', spot: 'none', joint: 'none', annual: 'none' },
    });
    expect((await desk.call('inspections:settings', {})).frequencies.self_dept).toBe('quarterly');
    expect((await desk.call('reminders:list', {})).some((r) => r.id === 'inspections_due')).toBe(false);
  });
});
