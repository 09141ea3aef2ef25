// The demo's 国家秘密事项一览表 keeps the list's own rules (national levels, terms within the statutory maximum, no
// dated term), the carriers the unit classified cite items of their own level, and the clerk keeps working on it.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { ITEM_SCALES, seedClassificationItems } from '../../../../electron/core/classification/demo';
import { registerCounts } from '../../../../electron/core/stats/stats.service';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { openDesk, produced } from '../carriers/helpers';

describe('demo 国家秘密事项一览表', () => {
  it('seeds items the list accepts, cited by the carriers the unit classified', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const now = new Date('2026-06-15T12:00:00');
    seedCarriers(db, { count: 400, rng: seededRng(20261123), now });
    const audit = verifyAuditChain(db).count;
    const r = seedClassificationItems(db, 'small', seededRng(20261209), now.toISOString());
    expect(r.items).toBe(ITEM_SCALES.small);
    expect(r.citingCarriers).toBeGreaterThan(0);
    const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;

    // The register's page (the store asks every item, retired ones too) shows them all, with their carriers.
    const page = await desk.call('classification:list', { pageSize: 100, activeOnly: false });
    expect(page.total).toBe(ITEM_SCALES.small);
    expect(page.rows.reduce((s, i) => s + i.carriers, 0)).toBe(r.citingCarriers);
    expect(page.rows.filter((i) => !i.active)).toHaveLength(r.retired);
    // The carrier form's picker offers the active ones only, in the register's order, by name and level.
    expect((await desk.call('classification:list', { pageSize: 500 })).total).toBe(
      ITEM_SCALES.small - r.retired,
    );
    expect(await desk.call('classification:picker', {})).toEqual(
      page.rows.filter((i) => i.active).map(({ id, name, level }) => ({ id, name, level })),
    );
    for (const i of page.rows) {
      expect(['top_secret', 'secret', 'confidential']).toContain(i.level);
      expect(['period', 'condition']).toContain(i.term.kind);
    }
    // term_within_statutory_max: 绝密 30, 机密 20, 秘密 10 years at most.
    expect(
      q(`SELECT count(*) FROM classification_items WHERE term_kind = 'period' AND
         ((level = 'top_secret' AND term_years > 30) OR (level = 'secret' AND term_years > 20)
          OR (level = 'confidential' AND term_years > 10))`),
    ).toBe(0);
    // A carrier cites an item of its own level, and only a carrier the unit classified itself.
    expect(
      q(`SELECT count(*) FROM carriers c JOIN classification_items i ON i.id = c.classification_item_id
         WHERE c.level <> i.level OR c.own_classification <> 1`),
    ).toBe(0);
    const citing = q('SELECT min(id) FROM carriers WHERE classification_item_id IS NOT NULL');
    expect((await desk.call('carriers:get', { id: citing })).classificationItem).not.toBeNull();
    expect(registerCounts(db).classification_items).toBe(ITEM_SCALES.small);
    // Demo data writes no audit entries of its own (the CLI command records one for the whole run).
    expect(verifyAuditChain(db).count).toBe(audit);

    // The clerk carries on: a seeded item is edited through the form's rules, and a new carrier cites one.
    const item = page.rows.find((i) => i.active && i.level === 'confidential');
    if (!item) throw new Error('no active 秘密 item');
    const edited = await desk.call('classification:update', {
      id: item.id,
      patch: { notes: '2026年审核保留' },
    });
    expect(edited).toMatchObject({ notes: '2026年审核保留', carriers: item.carriers });
    const c = await desk.call('carriers:register', produced({ classificationItemId: item.id }));
    expect(c.classificationItem).toMatchObject({ id: item.id });
    const after = await desk.call('classification:list', { pageSize: 100, activeOnly: false });
    expect(after.rows.find((i) => i.id === item.id)?.carriers).toBe(item.carriers + 1);
  });
});
