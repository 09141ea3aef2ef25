// A supervisor's import of a large package runs in a thread of its own (issue 20 point 6): the main process's event
// loop keeps answering the window while the package is decrypted, parsed and written; a cancel leaves the registers
// as they were; a write on the main connection meanwhile is refused at once, not held up; the one transaction with
// its audit entry stands as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/audit';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { importPackageJob } from '../../../../electron/core/exchange/incoming';
import { IMPORTING, THREAD_FROM_BYTES } from '../../../../electron/core/exchange/import-thread';
import { jobProgress } from '../../../../electron/core/util/jobs';
import { exportTo, pair, removeLongLived, SUPERVISOR, type Site } from './helpers';

/** Carriers of the unit: a package of a few MB whose import, in the main process, holds it for seconds. */
const CARRIERS = 12_000;

/** The main thread's own CPU time in ms (Linux; elsewhere null): a gap the thread did not spend is not ours. */
function threadCpuMs(): number | null {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Ticks every millisecond while `work` runs: the longest gap between ticks, and the most CPU the main thread
 * spent within one gap (a gap on a loaded machine may be the scheduler's, not this thread's work).
 */
async function stalls<T>(work: () => Promise<T>): Promise<{ value: T; gap: number; busy: number }> {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let gap = 0;
  let busy = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    gap = Math.max(gap, now - last);
    busy = Math.max(busy, cpu !== null && lastCpu !== null ? cpu - lastCpu : now - last);
    last = now;
    lastCpu = cpu;
  };
  const ticker = setInterval(tick, 1);
  try {
    const value = await work();
    tick();
    return { value, gap, busy };
  } finally {
    clearInterval(ticker);
  }
}

const REGISTERS = [
  'imported_records',
  'exchange_channels',
  'exchange_incoming',
  'supervision_units',
  'supervision_received',
  'supervision_figures',
  'supervision_search',
  'audit_log',
];

/** Every row of the tables an import writes, as one digest. */
function registersDigest(site: Site): string {
  const h = createHash('sha256');
  const client = site.core.session().db.$client;
  for (const t of REGISTERS) {
    for (const row of client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw(true).iterate()) {
      h.update(JSON.stringify(row));
    }
  }
  return h.digest('hex');
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 20_000 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
}

let unit: Site;
let sup: Site;
let path: string;

beforeAll(async () => {
  ({ unit, sup } = await pair(true));
  let s = 7;
  seedCarriers(unit.core.session().db, {
    count: CARRIERS,
    rng: () => (s = (s * 48271) % 2147483647) / 2147483647,
    now: unit.core.clock.now(),
  });
  path = (await exportTo(unit, SUPERVISOR.unitCode)).path;
});

afterAll(() => removeLongLived([unit, sup]));

describe('a large package imported in a thread of its own', () => {
  it('is large enough to go to the thread by itself', () => {
    expect(statSync(path).size).toBeGreaterThan(THREAD_FROM_BYTES);
  });

  it('a cancel before the write leaves the registers byte for byte as they were', async () => {
    const before = registersDigest(sup);
    const running = importPackageJob(
      sup.core,
      { path, receiptOutPath: sup.dir },
      'job-thread-cancel',
      'thread',
    );
    const failed = running.then(
      () => null,
      (e: Error) => e,
    );
    // Cancelled once the package was checked, while its parts are being read in the thread.
    await until(() => (jobProgress('job-thread-cancel')?.done ?? 0) >= 1);
    expect(await sup.call('exchange:importCancel', { jobId: 'job-thread-cancel' })).toBe(true);
    expect((await failed)?.message).toContain('导入已取消');
    expect(registersDigest(sup)).toBe(before);
  });

  it('the main thread keeps answering, a write meanwhile is refused at once, and the import commits whole', async () => {
    const auditBefore = sup.core.session().db.$client.prepare('SELECT max(seq) FROM audit_log').pluck().get();
    // The overview read before: its figures are kept on this connection until SQLite says another one committed.
    const carriersShown = async () =>
      (await sup.call('exchange:comparison', {})).find((r) => r.unitCode === unit.code)?.carriers;
    expect(await carriersShown()).toBeNull();
    const refusals: string[] = [];
    let slowest = 0;
    let cancelWhileWriting: boolean | undefined;
    const { value, gap, busy } = await stalls(async () => {
      const running = sup.call('exchange:import', { path, receiptOutPath: sup.dir, jobId: 'job-thread-1' });
      let settled = false;
      void running.finally(() => (settled = true));
      // Once the parts are read the thread writes: the supervisor's other writes meanwhile are answered at once.
      await until(() => {
        const p = jobProgress('job-thread-1');
        return settled || (p !== null && p.total > 1 && p.done === p.total - 1);
      });
      while (!settled) {
        const t = performance.now();
        const r = await sup.api.dispatch('exchange:setInterval', { unitCode: unit.code, days: 30 });
        if (!r.ok) {
          refusals.push(`${r.error.code} ${r.error.message}`);
          slowest = Math.max(slowest, performance.now() - t);
          // The thread is writing: too late to cancel, the import goes on whole.
          cancelWhileWriting ??= await sup.call('exchange:importCancel', { jobId: 'job-thread-1' });
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      return running;
    });
    // The thread did the work: the main thread never spent more than 100 ms at a stretch (a gap of wall time on a
    // busy machine may be the scheduler's; without the thread the write alone held it for seconds).
    expect(busy).toBeLessThanOrEqual(100);
    expect(gap).toBeLessThan(1000);
    // Refused at once: not after the connection's busy timeout (5 s) spent waiting for the thread's transaction.
    expect(slowest).toBeLessThan(1000);
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set([`CONFLICT ${IMPORTING}`]));
    expect(cancelWhileWriting).toBe(false);

    expect(value.summary).toMatchObject({ seq: 1, sender: unit.code });
    expect(value.receiptError).toBeNull();
    expect(existsSync(value.receiptPath)).toBe(true);
    const client = sup.core.session().db.$client;
    expect(
      client.prepare("SELECT count(*) FROM imported_records WHERE register = 'carriers'").pluck().get(),
    ).toBe(CARRIERS);
    expect(await carriersShown()).toBe(CARRIERS);
    // The import's audit entry came with it, on the chain the main process goes on from.
    const entry = client
      .prepare('SELECT action, entity_id FROM audit_log WHERE seq > ? AND action = ?')
      .raw(true)
      .all(auditBefore, 'exchange_import');
    expect(entry).toEqual([['exchange_import', `${unit.code}/1`]]);
    expect(verifyAuditChain(sup.core.session().db).ok).toBe(true);
    // The main connection writes again as soon as the import is done.
    expect((await sup.api.dispatch('exchange:setInterval', { unitCode: unit.code, days: 31 })).ok).toBe(true);
  });

  it('a refusal in the thread reaches the clerk as it would in the main process, and is kept in the history', async () => {
    const e = await sup.refused('exchange:import', { path, receiptOutPath: sup.dir });
    expect(e).toMatchObject({ code: 'RULE', rule: 'REPLAY' });
    const history = await sup.call('exchange:packages', { unitCode: unit.code });
    expect(history.map((h) => `${h.state} ${h.refusal ?? ''}`)).toContain('refused REPLAY');
  });
});
