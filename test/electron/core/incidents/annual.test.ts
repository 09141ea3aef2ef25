// The 年度报告 carries incidents as figures only: how many were discovered in the year, by kind, and how the
// 24-hour report of art. 61 went (both authorities within 24 hours, late, or still missing past them).
import { describe, expect, it } from 'vitest';
import { annualFigures } from '../../../../electron/core/exchange/annual';
import { lostDocument, openDesk, report } from './helpers';

describe('incidents in the annual report', () => {
  it('counts incidents of the year by kind and by how their 24-hour report went, and nothing else', async () => {
    const desk = await openDesk('2026-06-20');
    const onTime = await desk.call('incidents:open', lostDocument());
    await desk.call('incidents:report', report(onTime.id, 'bureau', '2026-06-15 11:00'));
    await desk.call('incidents:report', report(onTime.id, 'superior', '2026-06-15 12:00'));
    const late = await desk.call(
      'incidents:open',
      lostDocument({ title: '违规携带U盘', kind: 'violation', discoveredAt: '2026-06-16 09:00' }),
    );
    await desk.call('incidents:report', report(late.id, 'bureau', '2026-06-16 10:00'));
    await desk.call('incidents:report', report(late.id, 'superior', '2026-06-17 10:00'));
    // Reported to the bureau only: past the 24 hours it counts as not reported, never as in time.
    const half = await desk.call('incidents:open', lostDocument({ discoveredAt: '2026-06-18 09:00' }));
    await desk.call('incidents:report', report(half.id, 'bureau', '2026-06-18 10:00'));
    await desk.call('incidents:open', lostDocument({ discoveredAt: '2025-11-01 09:00' }));

    const f = annualFigures(desk.core.session().db, 2026, '2026-06-20', '2026-06-20T08:00:00.000Z');
    expect(f).toMatchObject({
      incidentsInYear: 3,
      incidentsInYearByKind: { possible_leak: 2, violation: 1 },
      incidentsReportedWithin24h: 1,
      incidentsReportedLate: 1,
      incidentsUnreportedPast24h: 1,
    });
    // Figures only: no title, party or place of any incident reaches the report.
    const text = JSON.stringify(f);
    for (const word of ['机密级文件一份遗失', '赵敏', '机要室', '违规携带U盘'])
      expect(text).not.toContain(word);
  });
});
