// The supervisor lines of `baomi bench` (issue 25, point 10): a supervisor holding UNITS units × RECORDS records
// each (BAOMI_BENCH_SUP_UNITS, BAOMI_BENCH_SUP_RECORDS; 200 × 12,500 by default), built straight in SQL with
// every unit's figures refreshed as an import would. Then the comparison table, the figures and the cross-unit
// search through the channels, and the same queries on a plain (unencrypted) SQLite file for the ratio.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { refreshUnitFigures } from '../../../electron/core/exchange/supervisor-figures';
import { call, coreFor, dispatcherFor } from '../session';
import { benchLine as line, type BenchLine } from './bench-line';

const LEVELS = ['top_secret', 'secret', 'confidential'];

type Client = InstanceType<typeof Database>;

function fill(client: Client, units: number, records: number, withCounterparts: boolean): void {
  const key = Buffer.alloc(32);
  const cp = client.prepare(
    `INSERT INTO counterparts (unit_code, name, role, sign_key_id, sign_public_key, enc_key_id, enc_public_key,
     fingerprint, report_interval_days, imported_at, updated_at)
     VALUES (?, ?, 'subordinate', ?, ?, ?, ?, ?, 30, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')`,
  );
  const put = client.prepare(
    'INSERT INTO imported_records (unit_code, register, record_id, data, seq) VALUES (?, ?, ?, ?, 1)',
  );
  client.transaction(() => {
    for (let u = 0; u < units; u++) {
      const code = `BENCH${String(u).padStart(6, '0')}`;
      if (withCounterparts) cp.run(code, `第${u + 1}单位`, `s${u}`, key, `e${u}`, key, `FP${u}`);
      for (let r = 1; r <= records; r++) {
        const person = r % 10 === 0;
        put.run(
          code,
          person ? 'persons' : 'carriers',
          String(r),
          JSON.stringify(
            person
              ? { id: r, name: `张${u}-${r}`, clearance: 'general', status: 'in_post' }
              : {
                  id: r,
                  carrier_no: `收2026-${String(r).padStart(5, '0')}`,
                  name: `第${u}单位文件${r}`,
                  level: LEVELS[r % 3],
                  status: 'in_custody',
                },
          ),
        );
      }
      refreshUnitFigures(client, code);
    }
  })();
}

function timed(n: number, f: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

async function timedAsync(n: number, f: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

const SEARCH = `SELECT r.unit_code, r.record_id FROM imported_records r
  WHERE (r.register = 'carriers' AND (json_extract(r.data, '$.carrier_no') LIKE ? OR json_extract(r.data, '$.name') LIKE ?))
     OR (r.register = 'persons' AND json_extract(r.data, '$.name') LIKE ?) LIMIT 100`;

export async function supervisorLines(
  work: string,
  n: number,
): Promise<(BenchLine | Record<string, unknown>)[]> {
  const units = Number(process.env.BAOMI_BENCH_SUP_UNITS ?? 200);
  const records = Number(process.env.BAOMI_BENCH_SUP_RECORDS ?? 12_500);
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
    fill(client, units, records, true);
    const q = `%第${Math.floor(units / 2)}单位文件12%`;
    const table = await timedAsync(n, () => call(api, 'exchange:comparison', {}));
    const figures = await timedAsync(n, () => call(api, 'exchange:figures', {}));
    const search = await timedAsync(n, () => call(api, 'exchange:search', { q: q.slice(1, -1), limit: 100 }));
    // The same reads on a plain SQLite file with the same rows: the floor the encrypted ones are held to.
    const plain = new Database(join(work, 'bench-supervisor-plain.db'));
    plain.exec(
      (client
        .prepare(
          "SELECT group_concat(sql, ';') FROM sqlite_master WHERE sql IS NOT NULL AND name IN ('imported_records', 'supervision_figures', 'counterparts', 'imported_records_natural_idx')",
        )
        .pluck()
        .get() as string) ?? '',
    );
    plain.pragma('foreign_keys = OFF');
    fill(plain, units, records, true);
    const rawTable = timed(n, () =>
      plain.prepare('SELECT unit_code, figure, key, n FROM supervision_figures').raw(true).all(),
    );
    const rawSearch = timed(n, () => plain.prepare(SEARCH).all(q, q, q));
    plain.close();
    const t = line('supervisor_comparison_table', table);
    const f = line('supervisor_figures', figures);
    const s = line('supervisor_search', search);
    const rt = line('supervisor_figures_raw_sqlite', rawTable);
    const rs = line('supervisor_search_raw_sqlite', rawSearch);
    const ratio = (a: BenchLine, b: BenchLine) =>
      Math.round((a.p95_ms / Math.max(0.001, b.p95_ms)) * 100) / 100;
    return [
      { name: 'supervisor_scale', units, records_per_unit: records },
      t,
      f,
      s,
      rt,
      rs,
      { name: 'supervisor_comparison_over_raw', ratio_p95: ratio(t, rt) },
      { name: 'supervisor_search_over_raw', ratio_p95: ratio(s, rs) },
    ];
  } finally {
    sup.detach();
  }
}
