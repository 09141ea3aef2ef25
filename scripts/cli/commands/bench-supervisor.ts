// The supervisor lines of `baomi bench` (issue 25, point 10): a supervisor holding UNITS units × RECORDS records
// each (BAOMI_BENCH_SUP_UNITS, BAOMI_BENCH_SUP_RECORDS; 200 × 12,500 by default), built by bench-supervisor-fill.ts
// with every unit's figures and search rows kept as an import keeps them. Then the comparison table, the figures
// and the cross-unit search through the channels, and their raw reads on a decrypted copy for the ratio.
// Alone: `npx tsx scripts/bench/supervisor.ts [units] [records] [--keep DIR]`.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyKey, PAGE_CACHE_KIB } from '../../../db/open';
import { readFiguresFresh } from '../../../electron/core/exchange/supervisor-figures';
import { gramQuery } from '../../../electron/core/exchange/supervisor-search';
import { call, coreFor, dispatcherFor } from '../session';
import { benchLine as line, type BenchLine } from './bench-line';
import { fillSupervisor } from './bench-supervisor-fill';

function timed(n: number, f: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

async function timedAsync(n: number, f: () => Promise<unknown>, before?: () => void): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    before?.();
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

/** The search's raw reads: the bigram index's candidates checked with LIKE, first page. */
const SEARCH = `SELECT s.unit_code, s.record_id FROM supervision_search_grams g CROSS JOIN supervision_search s
  WHERE g.supervision_search_grams MATCH ? AND s.id = g.rowid AND (s.name LIKE ? OR s.no LIKE ?) LIMIT 100`;

/** A decrypted copy of the supervisor's file: the same rows, indexes and FTS tables, for the raw-SQLite floor. */
function plainCopy(client: InstanceType<typeof Database>, key: Uint8Array, path: string) {
  client.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(client.name, path);
  const c = new Database(path);
  applyKey(c, key);
  c.pragma(`rekey=''`);
  c.close();
  const plain = new Database(path);
  for (const p of ['journal_mode = WAL', 'temp_store = MEMORY', `cache_size = -${PAGE_CACHE_KIB}`])
    plain.pragma(p);
  return plain;
}

/**
 * The size of the supervisor's database: 200 × 12,500 at the large scale, 8 × 500 at the small one (the bench's
 * own test, a quick look); the environment may say otherwise.
 */
export function supervisorScale(scale: 'small' | 'large' = 'large'): { units: number; records: number } {
  return {
    units: Number(process.env.BAOMI_BENCH_SUP_UNITS ?? (scale === 'large' ? 200 : 8)),
    records: Number(process.env.BAOMI_BENCH_SUP_RECORDS ?? (scale === 'large' ? 12_500 : 500)),
  };
}

export async function supervisorLines(
  work: string,
  n: number,
  scale = supervisorScale(),
): Promise<(BenchLine | Record<string, unknown>)[]> {
  const { units, records } = scale;
  const sup = coreFor(join(work, 'bench-supervisor.db'));
  const api = dispatcherFor(sup);
  await call(api, 'session:setup', {
    unit: {
      name: '某市国家保密局',
      kind: 'organ',
      unitCode: '11110000MB0000001A',
      hostLevel: 'secret',
      adminMode: 'small',
    },
    account: {
      username: 'bench',
      displayName: '测试',
      password: `Bench#${randomBytes(9).toString('base64url')}1a`,
    },
    mode: 'supervisor',
  });
  try {
    const client = sup.session().db.$client;
    const built = performance.now();
    fillSupervisor(client, { units, records, seed: 20261203 });
    const buildMs = Math.round(performance.now() - built);
    // No ANALYZE: the app never runs it (see bench.ts).
    // A carrier's title in the middle unit, a person's name, a 编号: each a page of at most 100 hits.
    const terms = [`第${Math.floor(units / 2)}单位文件12`, '王芳', '收2026-0012', '整改方案'];
    const table = await timedAsync(n, () => call(api, 'exchange:comparison', {}));
    // The table as it is first shown after a write (an import, a setting): the figures read afresh.
    client.exec('CREATE TEMP TABLE bench_touch (x)');
    const tableAfterWrite = await timedAsync(
      n,
      () => call(api, 'exchange:comparison', {}),
      () => client.prepare('INSERT INTO temp.bench_touch VALUES (1)').run(),
    );
    const figures = await timedAsync(n, () => call(api, 'exchange:figures', {}));
    let i = 0;
    const search = await timedAsync(n, () =>
      call(api, 'exchange:search', { q: terms[i++ % terms.length] as string, limit: 100 }),
    );
    const plain = await sup.withDataKey((key) =>
      plainCopy(client, key, join(work, 'bench-supervisor-plain.db')),
    );
    const on = new Date().toISOString().slice(0, 10);
    // The table's own reads (the figures in their buckets around today, the units) without the core around them.
    const rawTable = timed(n, () => {
      readFiguresFresh(plain, on);
      plain.prepare('SELECT * FROM counterparts c LEFT JOIN supervision_units s USING (unit_code)').all();
    });
    let j = 0;
    const rawSearch = timed(n, () => {
      const q = terms[j++ % terms.length] as string;
      const like = `%${q}%`;
      plain.prepare(SEARCH).all(gramQuery(q), like, like);
    });
    plain.close();
    const t = line('supervisor_comparison_table', table);
    const tw = line('supervisor_comparison_after_write', tableAfterWrite);
    const f = line('supervisor_figures', figures);
    const s = line('supervisor_search', search);
    const rt = line('supervisor_comparison_raw_sqlite', rawTable);
    const rs = line('supervisor_search_raw_sqlite', rawSearch);
    const ratio = (a: BenchLine, b: BenchLine) =>
      Math.round((a.p95_ms / Math.max(0.001, b.p95_ms)) * 100) / 100;
    return [
      { name: 'supervisor_scale', units, records_per_unit: records, build_ms: buildMs },
      t,
      tw,
      f,
      s,
      rt,
      rs,
      { name: 'supervisor_comparison_over_raw', ratio_p95: ratio(t, rt) },
      { name: 'supervisor_comparison_after_write_over_raw', ratio_p95: ratio(tw, rt) },
      { name: 'supervisor_figures_over_raw', ratio_p95: ratio(f, rt) },
      { name: 'supervisor_search_over_raw', ratio_p95: ratio(s, rs) },
      { name: 'supervisor_targets', comparison_p95_max_ms: 50, search_p95_max_ms: 50 },
    ];
  } finally {
    sup.detach();
  }
}
