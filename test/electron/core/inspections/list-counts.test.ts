// The checks register counts each page's checklists and findings in grouped reads; what it counts is what the
// check itself shows line by line: answered, 不符合, findings still open, and those past their deadline (逾期).
import { describe, expect, it } from 'vitest';
import { seedInspections } from '../../../../electron/core/inspections';
import { seedPersons } from '../../../../electron/core/persons';
import { answerAll, monthlySelfCheck, openDesk } from './helpers';

describe('the checks register counts', () => {
  it('each row counts what its check shows, 逾期 read against today', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    let s = 11;
    const rng = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const now = new Date('2026-06-15T12:00:00');
    seedPersons(db, 'small', rng, now);
    seedInspections(db, 'small', rng, now);
    // Today and later, when more deadlines have passed: the count moves with the date, as the rule reads it.
    for (const on of ['2026-06-15', '2026-08-01']) {
      desk.clock.set(on);
      const page = await desk.call('inspections:list', { pageSize: 500 });
      expect(page.rows.length).toBe(page.total);
      expect(page.rows.some((r) => r.overdueFindings > 0)).toBe(true);
      if (on === '2026-06-15') expect(page.rows.some((r) => r.openFindings > r.overdueFindings)).toBe(true);
      for (const row of page.rows) {
        const c = await desk.call('inspections:get', { inspectionId: row.id });
        const open = c.findings.filter((f) => f.status !== 'closed' && f.status !== 'carried_over');
        expect(row, `${on} ${row.title}`).toMatchObject({
          items: c.checklist.length,
          answered: c.checklist.filter((i) => i.answer !== null).length,
          failed: c.checklist.filter((i) => i.answer === 'fail').length,
          openFindings: open.length,
          overdueFindings: c.findings.filter((f) => f.overdue).length,
        });
        expect(c).toMatchObject({ items: row.items, overdueFindings: row.overdueFindings });
      }
    }
  });

  it('the checklist tallies kept between views follow every answer given', async () => {
    const desk = await openDesk('2026-06-15');
    const { check } = await monthlySelfCheck(desk);
    const row = async () => (await desk.call('inspections:list', {})).rows.find((r) => r.id === check.id);
    expect(await row()).toMatchObject({ items: check.checklist.length, answered: 0, failed: 0 });
    expect(await row()).toMatchObject({ answered: 0 });
    await answerAll(desk, check, [0, 2]);
    expect(await row()).toMatchObject({ answered: check.checklist.length, failed: 2 });
    const first = check.checklist[0]?.id ?? 0;
    await desk.call('inspections:answer', {
      inspectionId: check.id,
      answers: [{ itemId: first, answer: null }],
    });
    expect(await row()).toMatchObject({ answered: check.checklist.length - 1, failed: 1 });
  });
});
