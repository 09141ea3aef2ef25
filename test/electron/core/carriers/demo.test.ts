// Demo data is a realistic register: its statuses agree with its copies, its loans with its due dates, its
// search index with its names — and the clerk can keep working on top of it.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { openDesk, received } from './helpers';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

describe('demo carriers', () => {
  it('seeds carriers with histories that agree with the register rules', async () => {
    const desk = await openDesk('2026-06-15');
    const db = desk.core.session().db;
    const audit = verifyAuditChain(db).count;
    // How fast it seeds is the bench's question (`npm run bench` prints it), not a timed test's.
    const r = seedCarriers(db, { count: 3000, rng: rngFrom(11), now: new Date('2026-06-15T12:00:00') });
    expect(r.carriers).toBe(3000);
    expect(r.copies).toBeGreaterThan(3000);
    expect(r.events).toBeGreaterThan(3000);
    const q = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    // The status of every carrier is the one its copies give it.
    expect(
      q(`SELECT count(*) FROM carriers c WHERE live_copies <> (SELECT count(*) FROM carrier_copies k
         WHERE k.carrier_id = c.id AND k.status IN ('in_custody', 'on_loan', 'carried_out'))`),
    ).toBe(0);
    expect(
      q(`SELECT count(*) FROM carriers c WHERE (status = 'on_loan') <> EXISTS (SELECT 1 FROM carrier_copies k
         WHERE k.carrier_id = c.id AND k.status = 'on_loan')`),
    ).toBe(0);
    expect(
      q(`SELECT count(*) FROM carriers c WHERE loan_due_on IS NOT (SELECT min(due_on) FROM carrier_movements m
         WHERE m.carrier_id = c.id AND m.returned_on IS NULL)`),
    ).toBe(0);
    // Every destruction batch has two different witnesses; declassified items have no term end.
    expect(
      q(`SELECT count(*) FROM destruction_batches b WHERE (SELECT count(DISTINCT name) FROM destruction_witnesses w
         WHERE w.batch_id = b.id) < 2`),
    ).toBe(0);
    expect(
      q(`SELECT count(*) FROM carriers WHERE class_state = 'declassified' AND term_ends_on IS NOT NULL`),
    ).toBe(0);
    expect(q(`SELECT count(*) FROM carriers WHERE status = 'on_loan'`)).toBeGreaterThan(0);
    expect(q(`SELECT count(*) FROM destruction_items`)).toBeGreaterThan(0);
    expect(q(`SELECT count(*) FROM carriers_fts WHERE carriers_fts MATCH '"保密检查"'`)).toBeGreaterThan(0);
    // No term beyond the statutory maximum.
    expect(
      q(`SELECT count(*) FROM carriers WHERE term_kind = 'period' AND
         ((level = 'top_secret' AND term_years > 30) OR (level = 'secret' AND term_years > 20)
          OR (level = 'confidential' AND term_years > 10))`),
    ).toBe(0);
    // Demo data writes no audit entries of its own (the CLI command records one for the whole run).
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: audit });

    // The clerk carries on: numbering continues after the demo's numbers.
    const before = q(
      `SELECT max(carrier_no) FROM carriers WHERE carrier_no LIKE '收2026-%'`,
    ) as unknown as string;
    const d = await desk.call('carriers:register', received({ registeredOn: '2026-06-15' }));
    expect(d.carrierNo > before).toBe(true);
    const page = await desk.call('carriers:list', { page: 1, pageSize: 20, search: '预算' });
    expect(page.total).toBeGreaterThan(0);
  });
});
