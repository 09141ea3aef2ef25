// The incident rules point 4 of issue 15 does not list but the register enforces: a discovery is not in the
// future, a closed incident takes no more reports or steps (only corrections and the art. 60 notice), and a
// 补救措施 carries the minute it was taken.
import { describe, expect, it } from 'vitest';
import { lostDocument, openDesk, report } from './helpers';

describe('more incident rules', () => {
  it('discovery_not_in_future: an incident is not discovered later than now, on opening or on editing', async () => {
    const desk = await openDesk('2026-06-15'); // noon
    const e = await desk.refused('incidents:open', lostDocument({ discoveredAt: '2026-06-15 13:00' }));
    expect(e).toMatchObject({ rule: 'discovery_not_in_future', fields: [{ path: 'discoveredAt' }] });
    const i = await desk.call('incidents:open', lostDocument({ discoveredAt: '2026-06-15 11:59' }));
    const edit = await desk.refused('incidents:edit', {
      incidentId: i.id,
      ...lostDocument({ discoveredAt: '2026-06-16 08:00' }),
    });
    expect(edit.rule).toBe('discovery_not_in_future');
  });

  it('incident_closed: a closed incident takes no report and no new entry but a correction', async () => {
    const desk = await openDesk('2026-06-20');
    const i = await desk.call('incidents:open', lostDocument());
    await desk.call('incidents:report', report(i.id, 'bureau', '2026-06-15 10:00'));
    await desk.call('incidents:report', report(i.id, 'superior', '2026-06-15 10:30'));
    await desk.call('incidents:addEntry', {
      incidentId: i.id,
      kind: 'result',
      at: '2026-06-19',
      by: '保密委员会',
      text: '给予当事人警告处分',
      nature: 'negligent',
    });
    await desk.call('incidents:close', { incidentId: i.id, closedOn: '2026-06-20' });
    expect((await desk.refused('incidents:report', report(i.id, 'bureau', '2026-06-20 09:00'))).rule).toBe(
      'incident_closed',
    );
    const remedy = {
      incidentId: i.id,
      kind: 'remedy' as const,
      at: '2026-06-20',
      by: '王丽',
      text: '加装门禁',
    };
    expect((await desk.refused('incidents:addEntry', remedy)).rule).toBe('incident_closed');
    expect((await desk.refused('incidents:close', { incidentId: i.id, closedOn: '2026-06-20' })).rule).toBe(
      'incident_closed',
    );
    // What was reported can still be corrected, and the 处理结果 still told in writing (art. 60).
    const v = await desk.call('incidents:addEntry', {
      incidentId: i.id,
      kind: 'result_notice',
      at: '2026-06-20',
      text: '书面告知市国家保密局',
    });
    expect(v.entries.map((x) => x.kind)).toEqual(['result', 'result_notice']);
  });

  it('a 补救措施 is recorded with the minute it was taken and who took it; a day alone or a bad time', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    const remedy = (at: string) => ({
      incidentId: i.id,
      kind: 'remedy' as const,
      at,
      by: '王丽',
      text: '封存机要室，调取门禁记录',
    });
    await desk.call('incidents:addEntry', remedy('2026-06-15T09:20'));
    const v = await desk.call('incidents:addEntry', remedy('2026-06-15'));
    expect(v.entries.map((e) => [e.kind, e.at, e.by])).toEqual([
      ['remedy', '2026-06-15 09:20', '王丽'],
      ['remedy', '2026-06-15', '王丽'],
    ]);
    for (const bad of ['2026-06-15 25:00', '2026-02-30', '6月15日'])
      expect((await desk.refused('incidents:addEntry', remedy(bad))).code, bad).toBe('VALIDATION');
  });
});
