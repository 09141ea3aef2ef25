// The demo's 保密制度建设: the unit's rules with 文号 and 生效日期, two replaced by their revision and 废止 from the day
// it took effect; the tab lists them, and the clerk repeals or adds one through the same rules as any other.
import { describe, expect, it } from 'vitest';
import { seedRuleDocuments } from '../../../../electron/core/committee/demo-rules';
import { openDesk } from '../carriers/helpers';

describe('demo rule documents', () => {
  it('seeds the rules in force and the ones their revisions replaced', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const r = seedRuleDocuments(db, '2026-06-15', new Date('2026-06-15T12:00:00').toISOString());
    expect(r).toEqual({ rules: 15, repealed: 2 });
    const all = await desk.call('committee:rules', { includeRepealed: true });
    expect(all).toHaveLength(15);
    const inForce = await desk.call('committee:rules', { includeRepealed: false });
    expect(inForce).toHaveLength(13);
    for (const rule of all) {
      expect(rule.effectiveOn <= '2026-06-15').toBe(true);
      expect(rule.docNo).toMatch(/^档(发|办)〔\d{4}〕\d+号$/);
      // rule_dates_in_order: 废止 on or after 生效.
      if (rule.repealedOn) expect(rule.repealedOn >= rule.effectiveOn).toBe(true);
    }
    // Each repealed rule was replaced by its revision, in force from that day.
    for (const old of all.filter((x) => x.repealedOn)) {
      expect(inForce.some((x) => x.name.startsWith(old.name) && x.effectiveOn === old.repealedOn)).toBe(true);
    }
    const rule = inForce[0];
    if (!rule) throw new Error('no rule in force');
    const after = await desk.call('committee:repealRule', { ruleId: rule.id, repealedOn: '2026-06-15' });
    expect(after.find((x) => x.id === rule.id)?.repealedOn).toBe('2026-06-15');
    expect(
      (await desk.refused('committee:repealRule', { ruleId: rule.id, repealedOn: '2026-06-16' })).rule,
    ).toBe('rule_repeal_once');
  });
});
