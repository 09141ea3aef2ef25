// `stats --json` counts checks, their findings and incidents (issue 15, point 7).
import { describe, expect, it } from 'vitest';
import { partCounts, registerCounts } from '../../../../electron/core/stats/stats.service';
import { lostDocument } from '../incidents/helpers';
import { answerAll, monthlySelfCheck, openDesk } from './helpers';

describe('stats of checks and incidents', () => {
  it('counts checks, findings and incidents', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    expect(registerCounts(db)).toMatchObject({ inspections: 0, incidents: 0 });
    expect(partCounts(db).findings).toBe(0);
    const { check } = await monthlySelfCheck(desk);
    await answerAll(desk, check, [0, 3, 7]);
    await desk.call('incidents:open', lostDocument());
    expect(registerCounts(db)).toMatchObject({ inspections: 1, incidents: 1 });
    expect(partCounts(db).findings).toBe(3);
  });
});
