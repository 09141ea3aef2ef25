// A large package's parts decoded in a helper thread beside the write (decode-thread.ts): the supervisor ends with
// the very records, search rows and figures it would have had decoding them itself, with the helper sending a few
// rows at a time or falling silent; a part that does not parse is still refused with nothing written.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedPersons } from '../../../../electron/core/persons/demo';
import { decodeTuning, PartDecoder } from '../../../../electron/core/exchange/decode-thread';
import { importing } from '../../../../electron/core/exchange/incoming';
import { StopFlag, type ImportProgress } from '../../../../electron/core/exchange/import-thread-messages';
import { runStages } from '../../../../electron/core/util/jobs';
import { searchUnits } from '../../../../electron/core/exchange/supervisor-search';
import { keyringPathFor } from '../../../../electron/core/vault/keyring';
import { CLERK, newCore, newDispatcher, tempDir } from '../../../helpers/temp';
import { callsOn } from '../../../helpers/calls';
import { forge } from './forge';
import { exportTo, pairWithCarriers, SUPERVISOR, writeBytes, type Site } from './helpers';

const TUNING = { ...decodeTuning };
afterEach(() => {
  Object.assign(decodeTuning, TUNING);
  vi.restoreAllMocks();
});

/** A second supervisor: a copy of `sup`'s database as it stands, unlocked by the same clerk. */
async function copyOf(sup: Site): Promise<Site> {
  sup.core.session().db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const dir = tempDir('baomi-x-');
  copyFileSync(sup.core.dbPath, join(dir, 'baomi.db'));
  copyFileSync(keyringPathFor(sup.core.dbPath), keyringPathFor(join(dir, 'baomi.db')));
  const core = newCore(dir, sup.clock);
  const api = newDispatcher(core);
  const r = await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
  if (!r.ok) throw new Error(r.error.message);
  return { core, api, clock: sup.clock, dir, code: sup.code, ...callsOn(api) };
}

/** What an import leaves at the supervisor: records, search rows (and what a search finds), figures. */
function holding(site: Site, terms: string[]) {
  const c = site.core.session().db.$client;
  const all = (sql: string) => c.prepare(sql).raw(true).all();
  return {
    records: all(
      'SELECT unit_code, register, record_id, data, seq, digest FROM imported_records ORDER BY 1, 2, 3',
    ),
    search: all(
      'SELECT unit_code, register, record_id, record_no, no, name, detail FROM supervision_search ORDER BY 1, 2, 3',
    ),
    found: terms.map((q) => searchUnits(site.core.session().db, { q, limit: 50 })),
    figures: all('SELECT unit_code, figure, key, n FROM supervision_figures ORDER BY 1, 2, 3'),
    layouts: all('SELECT unit_code, register, columns FROM imported_layouts ORDER BY 1, 2'),
  };
}

async function unitWithPeople() {
  const sites = await pairWithCarriers(40);
  let s = 7;
  seedPersons(
    sites.unit.core.session().db,
    25,
    () => (s = (s * 48271) % 2147483647) / 2147483647,
    sites.unit.core.clock.now(),
  );
  return sites;
}

/** Two-character terms from the unit's carriers' and persons' names. */
function termsOf(unit: Site): string[] {
  const c = unit.core.session().db.$client;
  const names = c
    .prepare('SELECT name FROM carriers UNION ALL SELECT name FROM persons')
    .pluck()
    .all() as string[];
  return [...new Set(names.map((n) => [...n].slice(0, 2).join('')))].slice(0, 6);
}

async function importInto(site: Site, path: string) {
  return site.call('exchange:import', { path, receiptOutPath: site.dir });
}

describe('a package decoded beside its write (decode-thread.ts)', () => {
  it('decoded_beside_write: the helper, a few rows at a time or silent, leaves what decoding here leaves', async () => {
    const { unit, sup } = await unitWithPeople();
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    const [helped, silent] = [await copyOf(sup), await copyOf(sup)];
    const terms = termsOf(unit);
    const started = vi.spyOn(PartDecoder, 'start');

    decodeTuning.fromBytes = Number.POSITIVE_INFINITY;
    const here = await importInto(sup, pkg.path);
    expect(started).not.toHaveBeenCalled();

    decodeTuning.fromBytes = 0;
    decodeTuning.chunkRows = 7;
    await importInto(helped, pkg.path);
    expect(started).toHaveBeenCalledTimes(1);
    // Every part's rows came from the helper, seven at a time.
    const parts = Object.keys(here.summary.counts).length;
    expect(parts).toBeGreaterThan(10);
    expect((started.mock.results[0]?.value as PartDecoder).answered).toBeGreaterThan(parts + 65 / 7);

    // Silent from the start: every part decoded here.
    decodeTuning.patienceMs = 0;
    await importInto(silent, pkg.path);
    expect(started).toHaveBeenCalledTimes(2);
    expect((started.mock.results[1]?.value as PartDecoder).answered).toBe(0);

    const expected = holding(sup, terms);
    expect(expected.records.length).toBeGreaterThan(65);
    expect(expected.search.length).toBe(65);
    expect(expected.found.some((f) => f.length > 0)).toBe(true);
    expect(holding(helped, terms)).toEqual(expected);
    expect(holding(silent, terms)).toEqual(expected);
    for (const s of [helped, silent]) s.core.detach();
  });

  it('import_cancel_while_writing_parts_rolls_back: stopped between parts, nothing kept; past them, too late', async () => {
    const { unit, sup } = await unitWithPeople();
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    decodeTuning.fromBytes = 0;
    decodeTuning.chunkRows = 7;
    const c = sup.core.session().db.$client;
    const count = () => c.prepare('SELECT count(*) FROM imported_records').pluck().get();
    const input = { path: pkg.path, receiptOutPath: sup.dir };

    // The import thread's flag, asked to stop once two parts are written (the write's transaction still open).
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const seen: number[] = [];
    const progress = (p: ImportProgress) => {
      seen.push(p.done);
      if (p.done === 3) expect(Atomics.compareExchange(stop, 0, StopFlag.going, StopFlag.stopping)).toBe(0);
    };
    expect(() => runStages(importing(sup.core, input, { stop, progress }))).toThrow('导入已取消');
    expect(seen).toEqual([2, 3]);
    expect(count()).toBe(0);
    expect(c.prepare('SELECT count(*) FROM exchange_incoming').pluck().get()).toBe(0);

    // Once every part is written the flag says so, and a cancel is too late: the import commits whole.
    stop[0] = StopFlag.going;
    const late = (p: ImportProgress) => {
      if (p.writing) expect(Atomics.compareExchange(stop, 0, StopFlag.going, StopFlag.stopping)).toBe(2);
    };
    const view = runStages(importing(sup.core, input, { stop, progress: late }));
    expect(view.summary.seq).toBe(1);
    expect(count()).toBeGreaterThan(65);
  });

  it('decoded_beside_write_refuses_a_bad_row: a row that does not parse, rows before it written, nothing kept', async () => {
    const { unit, sup } = await unitWithPeople();
    // The 30th carrier's line cut short: its part is refused after the helper sent the rows before it.
    const bad = forge(
      unit,
      SUPERVISOR.unitCode,
      (m) => m,
      (parts) => {
        const p = parts.find((x) => x.id === 'carriers');
        if (!p) throw new Error('no carriers part');
        const lines = p.bytes.toString('utf8').split('\n');
        lines[30] = (lines[30] ?? '').slice(0, 20);
        p.bytes = Buffer.from(lines.join('\n'));
      },
    );
    decodeTuning.fromBytes = 0;
    decodeTuning.chunkRows = 7;
    const started = vi.spyOn(PartDecoder, 'start');
    const e = await sup.refused('exchange:import', {
      path: writeBytes(sup, 'bad.bmx', bad),
      receiptOutPath: sup.dir,
    });
    expect(e.rule).toBe('UNKNOWN_SCHEMA');
    expect(started.mock.results[0]?.value).toBeInstanceOf(PartDecoder);
    const c = sup.core.session().db.$client;
    expect(c.prepare('SELECT count(*) FROM imported_records').pluck().get()).toBe(0);
    expect(c.prepare('SELECT count(*) FROM exchange_incoming').pluck().get()).toBe(0);
    expect(c.prepare('SELECT count(*) FROM supervision_search').pluck().get()).toBe(0);
  });
});
