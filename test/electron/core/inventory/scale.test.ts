// 清点 at scale (issue 20 point 6): a count of 245k copies writes as many lines and then marks them 在位, so the
// lines carry no index over every line, and their copying from the register skips the per-row foreign-key
// lookups without ever leaving the connection's checks off.
import { describe, expect, it } from 'vitest';
import { lineQuery, openLines } from '../../../../electron/core/inventory/inventory.service';
import { asc } from 'drizzle-orm';
import { inventoryLines } from '../../../../db/schema';
import { openDesk, produced, received } from '../carriers/helpers';

describe('inventory at scale', () => {
  it('open discrepancies are read through the partial index, which holds no pending or present line', async () => {
    const desk = await openDesk('2026-06-15');
    await desk.call('carriers:register', received());
    await desk.call('carriers:register', produced());
    const inv = await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-30' });
    const db = desk.core.session().db;
    const { sql, params } = lineQuery(db).where(openLines()).orderBy(asc(inventoryLines.id)).toSQL();
    const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(plan[0]).toMatch(/^SEARCH inventory_lines USING INDEX inventory_lines_open_idx/);
    // Partial: the lines pending or counted 在位 (all but a few) are not in it.
    const indexSql = db.$client
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'inventory_lines_open_idx'")
      .pluck()
      .get();
    expect(indexSql).toMatch(/WHERE result IN \('missing', 'discrepant'\) AND resolved_at IS NULL$/);
    // A copy counted 缺失 enters it, and leaves it once resolved.
    const lines = (await desk.call('inventory:get', { id: inv.id, page: 1, pageSize: 50 })).lines.rows;
    const first = lines[0]?.id ?? 0;
    await desk.call('inventory:check', {
      inventoryId: inv.id,
      lines: [{ lineId: first, result: 'missing' }],
    });
    expect(
      (await desk.call('inventory:discrepancies', { page: 1, pageSize: 10 })).rows.map((l) => l.id),
    ).toEqual([first]);
    await desk.call('inventory:resolve', { lineId: first, resolvedOn: '2026-07-01', resolution: '已找到' });
    expect((await desk.call('inventory:discrepancies', { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('a count started leaves the foreign-key checks on, and every line it wrote references a real copy', async () => {
    const desk = await openDesk('2026-06-15');
    await desk.call('carriers:register', received());
    await desk.call('carriers:register', produced());
    const client = desk.core.session().db.$client;
    await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-30' });
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(client.pragma('foreign_key_check')).toEqual([]);
    // Written through a rollback journal, the store is back in WAL.
    expect(client.pragma('journal_mode', { simple: true })).toBe('wal');
    // Also after a refused start (one open count per scope).
    await desk.refused('inventory:start', { scope: 'all', startedOn: '2026-06-30' });
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
