// The bureau's figures are read once while nothing is written (issue 20, point 5: the units overview at 200 units),
// and read afresh after any write: an import on this connection, a setting, or a write rolled back.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyKey } from '../../../../db/open';
import { readFigures } from '../../../../electron/core/exchange/supervisor-figures';
import { today } from '../../../../electron/core/util/dates';
import { received } from '../carriers/helpers';
import { pair } from '../exchange/helpers';
import { send } from './notice-helpers';

describe("the supervisor's figures as last read", () => {
  it('are kept while nothing is written, and never outlive a write, an import or a rollback', async () => {
    const { unit, sup } = await pair();
    const client = sup.core.session().db.$client;
    const on = today(sup.core.clock);
    // The table's count, checked against the consolidated figures' (each kept on its own).
    const carriersOf = async () => {
      const n = (await sup.call('exchange:comparison', {})).find((r) => r.unitCode === unit.code)?.carriers;
      const byLevel = (await sup.call('exchange:figures', {})).carriersByLevel;
      expect(Object.values(byLevel).reduce((a, b) => a + b, 0)).toBe(n ?? 0);
      return n ?? null;
    };

    expect(await carriersOf()).toBeNull();
    await unit.call('carriers:register', received());
    await unit.call('carriers:register', received({ docNo: '省保办〔2026〕13号' }));
    await send(unit, sup);
    const atFull = await carriersOf();
    expect(atFull).toBeGreaterThanOrEqual(2);
    // Nothing written between two reads: the same figures, not read again.
    expect(readFigures(client, on)).toBe(readFigures(client, on));

    await unit.call('carriers:register', received({ docNo: '省保办〔2026〕14号' }));
    await send(unit, sup, 'incremental');
    const later = await carriersOf();
    expect(later).toBeGreaterThan(atFull as number);

    // Read inside a transaction that is then rolled back: what it saw there is not what is kept.
    expect(() =>
      client.transaction(() => {
        client.prepare('DELETE FROM supervision_figures WHERE unit_code = ?').run(unit.code);
        expect(readFigures(client, on).get(unit.code)?.get('carriers_level')).toBeUndefined();
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(await carriersOf()).toBe(later);

    // Another connection commits (as the import thread does): this connection's data_version moves.
    await sup.core.withDataKey((key) => {
      const other = new Database(client.name);
      try {
        applyKey(other, key);
        other.prepare('DELETE FROM supervision_figures WHERE unit_code = ?').run(unit.code);
      } finally {
        other.close();
      }
    });
    expect(await carriersOf()).toBeNull();

    // Another day: the dated buckets move, so the figures are read again.
    expect(readFigures(client, '2099-01-01')).not.toBe(readFigures(client, on));
  });
});
