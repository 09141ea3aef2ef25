// `baomi bench` (npm run bench): how fast the registers answer at scale. Without --db it builds its own
// `--scale large` database (100k carriers) in a temporary folder; with --db it measures that one (password
// from standard input). Prints one JSON object per line: {name, n, p50_ms, p95_ms}, then the same queries on
// an unencrypted copy and the ratio encrypted/plain; then the register in Chromium (bench-ui.ts) unless
// --no-ui is given.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyKey, PAGE_CACHE_KIB, schema, type Db } from '../../../db/open';
import { CarrierListInput } from '../../../electron/ipc/schemas/carriers';
import { listCarriers } from '../../../electron/core/carriers/register-query';
import { carrierDetail } from '../../../electron/core/carriers/views';
import { DEPARTMENTS, GIVEN, seedCarriers, SURNAMES, TOPICS } from '../../../electron/core/carriers';
import { oneOf, parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { ROOT } from '../../chromium-bridge';
import { call, cliKdf, coreFor, credentials, dispatcherFor } from '../session';
import { exchangeLines } from './bench-exchange';
import { supervisorLines, supervisorScale } from './bench-supervisor';
import { matrixDispatchLine, matrixWorkload } from './bench-trainings';
import { seedTrainings } from '../../../electron/core/trainings';
import { alternated, benchLine, machineReference, timed, type BenchLine } from './bench-line';
import { seedDeviceBench } from './bench-devices';
import { seedInspectionBench } from './bench-inspections';
import { seedWorkBench } from './bench-work';
import { seedPersonsBench } from './bench-persons';
import { seedItemsBench } from './bench-items';
import { auditLines, seedAuditBench } from './bench-audit';
import { coreRssLine } from './bench-rss';
import { overRaw, registerLines } from './bench-raw';
import { REGISTERS } from './bench-registers';
import { sessionLines } from './bench-session';
import { DEMO_UNIT, SCALES, seededRng } from './demo';

/**
 * The register in Chromium (bench-ui.ts), measured by a Node process of its own: the page's core then shares a
 * heap with the browser driver only, as the app's main process shares it with little, not with the gigabytes this
 * process built the databases with. Its lines as printed, one JSON object each.
 */
function uiLines(dbPath: string, username: string, password: string, reps: number): string {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'ui-child.ts'), dbPath, username, String(reps)],
    {
      cwd: ROOT,
      input: `${password}\n`,
      encoding: 'utf8',
      env: {
        ...process.env,
        // Accounts made at the tests' KDF cost (cliKdf) unlock only at that cost.
        ...(cliKdf.params ? { BAOMI_BENCH_KDF: JSON.stringify(cliKdf.params) } : {}),
      },
      maxBuffer: 1 << 22,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  if (run.status !== 0) {
    const why = run.stderr.trim().split('\n').at(-1) || `退出码 ${run.status ?? run.signal}`;
    throw new CliError(`台账滚动测量失败：${why}`, run.status === EXIT.usage ? EXIT.usage : EXIT.problem);
  }
  return run.stdout;
}

/**
 * Time `n` runs of the same question on the encrypted database and on its plain copy, alternating run by run
 * with the same input, so that both meet the same machine load and the ratio measures the cipher alone. A few
 * warm-up runs first fill each page cache as daily use would.
 */
export function measurePair(
  name: string,
  n: number,
  encrypted: (i: number) => unknown,
  plain: (i: number) => unknown,
): [BenchLine, BenchLine] {
  const [enc, pla] = alternated(n, encrypted, plain);
  return [benchLine(name, enc), benchLine(`${name}_plain`, pla)];
}

/** The register's everyday questions: filtered and sorted pages, full-text search, one carrier's history. */
function workloads(db: Db, today: string, maxId: number) {
  const rng = seededRng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const list = (input: unknown) => listCarriers(db, CarrierListInput.parse(input), today, 30);
  const pages = [
    () => ({ page: 1 + Math.floor(rng() * 20) }),
    () => ({
      filters: { level: pick(['top_secret', 'secret', 'confidential']) },
      sort: { field: 'carrierNo', order: 'asc' },
    }),
    () => ({
      filters: { department: pick(DEPARTMENTS) },
      sort: { field: 'name', order: 'asc' },
      page: 1 + Math.floor(rng() * 5),
    }),
    () => ({ filters: { status: 'on_loan' }, sort: { field: 'termEndsOn', order: 'asc' } }),
    () => ({ filters: { due: pick(['loan_overdue', 'term_ending', 'review_due']) } }),
    () => ({
      filters: { type: pick(['paper', 'usb', 'cd']), level: 'secret' },
      sort: { field: 'issuedOn', order: 'desc' },
    }),
  ];
  const searches = [
    () => pick(TOPICS).slice(0, 3 + Math.floor(rng() * 3)),
    () => `${pick([...SURNAMES])}${pick(GIVEN)}`.slice(0, 2),
    () => `档〔${2022 + Math.floor(rng() * 4)}〕`,
  ];
  const pageInput = (i: number) => (pages[i % pages.length] as () => unknown)();
  const searchInput = (i: number) => ({ search: (searches[i % searches.length] as () => string)() });
  return {
    pageInput,
    searchInput,
    page: (i: number) => list(pageInput(i)),
    search: (i: number) => list(searchInput(i)),
    detail: () => carrierDetail(db, 1 + Math.floor(rng() * maxId), today),
  };
}

/**
 * The same searches with every kept answer forgotten before each (a write to a temporary table changes the
 * connection's stamp): what a term costs the first time it is asked, count and page, with no cache to help.
 */
function coldSearchLine(db: Db, w: ReturnType<typeof workloads>, n: number): BenchLine {
  db.$client.exec('CREATE TEMP TABLE IF NOT EXISTS bench_touch(x)');
  const touch = db.$client.prepare('INSERT INTO temp.bench_touch VALUES (1)');
  const cold: number[] = [];
  for (let i = 0; i < n; i++) {
    touch.run();
    cold.push(timed(() => w.search(i)));
  }
  db.$client.exec('DROP TABLE temp.bench_touch');
  return benchLine('carriers_search_cold', cold);
}

function runAll(db: Db, plain: Db, today: string, n: number): BenchLine[] {
  const maxId = db.$client.prepare('SELECT max(id) FROM carriers').pluck().get() as number;
  // Two generators with the same seed: run i asks both databases the same question.
  const e = workloads(db, today, maxId);
  const p = workloads(plain, today, maxId);
  const pairs = [
    measurePair('carriers_page', n, e.page, p.page),
    measurePair('carriers_search', n, e.search, p.search),
    measurePair('carrier_detail', n, e.detail, p.detail),
  ];
  return [...pairs.map((x) => x[0]), ...pairs.map((x) => x[1])];
}

/** A decrypted copy of the database for the comparison: SQLite3MC decrypts in place on `rekey` to empty. */
function plainCopy(db: Db, key: Uint8Array, dir: string): Db {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const path = join(dir, 'plain.db');
  copyFileSync(db.$client.name, path);
  const c = new Database(path);
  applyKey(c, key);
  c.pragma(`rekey=''`);
  c.close();
  const plain = new Database(path);
  // The same connection settings as db/open.ts, so the ratio measures the cipher and nothing else.
  for (const p of ['journal_mode = WAL', 'temp_store = MEMORY', `cache_size = -${PAGE_CACHE_KIB}`])
    plain.pragma(p);
  return drizzle({ client: plain, schema }) as Db;
}

export async function bench(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'n', 'scale', 'runs'], flags: ['no-ui'] });
  const n = Number(a.values.n ?? 300);
  const scale = oneOf('scale', a.values.scale, ['small', 'large'] as const, 'large');
  const work = mkdtempSync(join(tmpdir(), 'baomi-bench-'));
  try {
    let session;
    let password: string;
    if (a.values.db) {
      const c = await credentials(a.values.db, a.values.user);
      await call(c.api, 'session:unlock', { username: c.username, password: c.password });
      session = { core: c.core, api: c.api, username: c.username };
      password = c.password;
    } else {
      // Nobody logs into this throwaway database, so its password is random and never shown.
      const core = coreFor(join(work, 'bench.db'));
      const api = dispatcherFor(core);
      password = `Bench#${randomBytes(9).toString('base64url')}1a`;
      await call(api, 'session:setup', {
        unit: DEMO_UNIT,
        account: { username: 'bench', displayName: '测试', password },
      });
      const t = Date.now();
      const r = seedCarriers(core.session().db, {
        count: SCALES[scale].carriers,
        rng: seededRng(20261123),
        now: core.clock.now(),
      });
      out.info(
        `已生成 ${r.carriers} 件载体（${r.copies} 份，${r.events} 条记录），用时 ${((Date.now() - t) / 1000).toFixed(1)} 秒`,
      );
      // The people (5,000 at large scale, seeded with the devices they hold) and a year of their training, for
      // the training matrix's line.
      out.info(seedDeviceBench(core.session().db, scale, seededRng(20261125), core.clock.now()));
      seedTrainings(core.session().db, seededRng(20261203), core.clock.now());
      out.info(seedInspectionBench(core.session().db, scale, seededRng(20261204), core.clock.now()));
      out.info(seedWorkBench(core.session().db, scale, seededRng(20261206), core.clock.now()));
      const { db: benchDb, account } = core.session();
      out.info(seedPersonsBench(benchDb, scale, seededRng(20261208), core.clock.now(), account.id));
      out.info(seedItemsBench(core.session().db, scale, core.clock.now(), core.session().account.id));
      out.info(seedAuditBench(core.session().db, scale, seededRng(20261207), core.clock.now()));
      session = { core, api, username: 'bench' };
    }
    const { core } = session;
    process.stdout.write(`${JSON.stringify(machineReference('machine_reference_at_start'))}\n`);
    try {
      const db = core.session().db;
      // No ANALYZE first: the app never runs it, so its plans are the ones SQLite makes without statistics
      // (a close-time `PRAGMA optimize` was tried and reverted: statistics from small tables went stale).
      const today = core.now().slice(0, 10);
      const plain = await core.withDataKey((key) => plainCopy(db, key, work));
      const all = runAll(db, plain, today, n);
      const training = measurePair(
        'trainings_matrix',
        n,
        matrixWorkload(db, today),
        matrixWorkload(plain, today),
      );
      plain.$client.close();
      const lines = all.slice(0, 3);
      const plainLines = all.slice(3);
      const ratios = lines.map((l, i) => ({
        name: `${l.name}_encrypted_over_plain`,
        ratio_p50: Math.round((l.p50_ms / Math.max(0.001, (plainLines[i] as BenchLine).p50_ms)) * 100) / 100,
        ratio_p95: Math.round((l.p95_ms / Math.max(0.001, (plainLines[i] as BenchLine).p95_ms)) * 100) / 100,
      }));
      for (const l of [...lines, ...plainLines, ...ratios]) process.stdout.write(`${JSON.stringify(l)}\n`);
      // The same questions against the limit: through the core and as plain SQL on the same connection.
      const maxId = db.$client.prepare('SELECT max(id) FROM carriers').pluck().get() as number;
      const w = workloads(db, today, maxId);
      for (const l of [
        ...overRaw(db, 'carriers_page', n, w.pageInput, today),
        ...overRaw(db, 'carriers_search', n, w.searchInput, today),
      ]) {
        process.stdout.write(`${JSON.stringify(l)}\n`);
      }
      process.stdout.write(`${JSON.stringify(coldSearchLine(db, w, n))}\n`);
      for (const l of training) process.stdout.write(`${JSON.stringify(l)}\n`);
      process.stdout.write(`${JSON.stringify(await matrixDispatchLine(session.api, today, n))}\n`);
      const exchange = await exchangeLines(
        core,
        session.username,
        password,
        work,
        Number(a.values.runs ?? Math.min(n, 5)),
      );
      for (const l of exchange) process.stdout.write(`${JSON.stringify(l)}\n`);
      // Every register page against the limit: its line (devices_page, …), the raw line and the ratio.
      const clock = { today, now: core.clock.now() };
      for (const r of REGISTERS) {
        for (const l of registerLines(db, r, n, clock)) process.stdout.write(`${JSON.stringify(l)}\n`);
      }
      for (const l of await supervisorLines(
        work,
        Number(a.values.runs ?? Math.min(n, 20)),
        supervisorScale(scale),
      )) {
        process.stdout.write(`${JSON.stringify(l)}\n`);
      }
      for (const l of auditLines(db, n)) process.stdout.write(`${JSON.stringify(l)}\n`);
      for (const l of await sessionLines(core, session.api, session.username, password, Math.min(n, 50))) {
        process.stdout.write(`${JSON.stringify(l)}\n`);
      }
    } finally {
      core.detach();
    }
    // A process holding the core alone reads the register end to end: the main process's memory.
    process.stdout.write(`${JSON.stringify(await coreRssLine(core.dbPath, session.username, password))}\n`);
    // The page opens the database through a core of its own, as the app would, once this one let go.
    if (a.flags.has('no-ui')) out.info('未测量台账滚动（--no-ui）。');
    else {
      // As many first rows and jumps as --n asks, up to ten; in a process of its own (scripts/bench/ui-child.ts).
      process.stdout.write(uiLines(core.dbPath, session.username, password, Math.min(10, n)));
    }
    process.stdout.write(`${JSON.stringify(machineReference('machine_reference_at_end'))}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return EXIT.ok;
}
