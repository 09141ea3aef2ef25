// A package export followed and cancelled from the screen (issue 20 point 6): every register read, signed, sealed
// under a temporary name, then recorded in one write. Stopped before that write, it leaves nothing: no file, no
// outgoing row, no sequence number taken, no carrier registered, no audit entry.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../../../electron/core/carriers/demo';
import { REGISTER_PARTS } from '../../../../electron/core/exchange/parts';
import { exportStages, exportTotal } from '../../../../electron/core/exchange/outgoing';
import { MEDIA, pairWithCarriers, SUPERVISOR, type Site } from './helpers';

async function unitWith(carriers: number) {
  const { unit, sup } = await pairWithCarriers(carriers);
  const out = join(unit.dir, 'out');
  mkdirSync(out);
  return { unit, sup, out };
}

const count = (site: Site, sql: string) =>
  site.core.session().db.$client.prepare(sql).pluck().get() as number;

/** What an export may have left: rows, numbers and entries, and the files in the folder. */
const traces = (unit: Site, out: string) => ({
  outgoing: count(unit, 'SELECT count(*) FROM exchange_outgoing'),
  carriers: count(unit, 'SELECT count(*) FROM carriers'),
  exportsAudited: count(unit, "SELECT count(*) FROM audit_log WHERE action = 'exchange_export'"),
  files: readdirSync(out),
});

const input = (out: string) => ({
  to: SUPERVISOR.unitCode,
  profile: 'full' as const,
  outPath: out,
  media: MEDIA,
});

describe('package export as a job', () => {
  it('reports its stages in order: each register read, signed, sealed, and writes only at the end', async () => {
    const { unit, out } = await unitWith(30);
    const before = traces(unit, out);
    const total = exportTotal('full');
    expect(total).toBe(REGISTER_PARTS.length + 3);
    const stages = exportStages(unit.core, input(out));
    const seen: number[] = [];
    let r = stages.next();
    while (!r.done) {
      expect(r.value.total).toBe(total);
      seen.push(r.value.done);
      const now = traces(unit, out);
      // Until the last stage nothing is recorded, and the package only exists under its temporary name.
      expect({ ...now, files: [] }).toEqual({ ...before, files: [] });
      expect(now.files.filter((f) => f.endsWith('.bmx'))).toEqual([]);
      if (r.value.done === total - 1)
        expect(now.files).toEqual([expect.stringMatching(/^\..*\.bmx\.[0-9a-f]+\.tmp$/)]);
      r = stages.next();
    }
    const parts = REGISTER_PARTS.length;
    // Every register once, in order; then the signature; the sealing (a stage per 8 MB: none here); sealed.
    expect(seen).toEqual([...Array.from({ length: parts }, (_, i) => i + 1), total - 1]);
    expect(r.value.seq).toBe(1);
    const after = traces(unit, out);
    expect(after.files).toEqual([r.value.path.split('/').pop()]);
    expect(after).toMatchObject({ outgoing: 1, carriers: before.carriers + 1, exportsAudited: 1 });
  });

  it('follows the job through exchange:exportProgress until it ends', async () => {
    const { unit, out } = await unitWith(30);
    const seen: string[] = [];
    const running = unit.call('exchange:export', { ...input(out), jobId: 'job-export1' });
    for (let i = 0; i < 1000; i++) {
      const p = await unit.call('exchange:exportProgress', { jobId: 'job-export1' });
      if (p && seen.at(-1) !== `${p.done}/${p.total}`) seen.push(`${p.done}/${p.total}`);
      if (!p && seen.length) break;
      await new Promise((r) => setImmediate(r));
    }
    expect((await running).seq).toBe(1);
    const total = exportTotal('full');
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((s) => s.endsWith(`/${total}`))).toBe(true);
    const dones = seen.map((s) => Number(s.split('/')[0]));
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(await unit.call('exchange:exportProgress', { jobId: 'job-export1' })).toBeNull();
  });

  it('export_cancel_writes_nothing', async () => {
    const { unit, out } = await unitWith(30);
    const before = traces(unit, out);
    // Cancelled while the registers are read.
    const running = unit.refused('exchange:export', { ...input(out), jobId: 'job-cancel1' });
    for (
      let i = 0;
      i < 1000 && !(await unit.call('exchange:exportProgress', { jobId: 'job-cancel1' }));
      i++
    ) {
      await new Promise((r) => setImmediate(r));
    }
    expect(await unit.call('exchange:exportCancel', { jobId: 'job-cancel1' })).toBe(true);
    const e = await running;
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('导出已取消');
    expect(traces(unit, out)).toEqual(before);
    // Cancelled at the last stage that may stop: sealed under its temporary name, which goes with it.
    const stages = exportStages(unit.core, input(out));
    for (let r = stages.next(); !r.done && r.value.done < exportTotal('full') - 1;) r = stages.next();
    expect(readdirSync(out)).toHaveLength(1);
    stages.return(undefined as never);
    expect(traces(unit, out)).toEqual(before);
    // No number was taken: the next package is the first.
    expect((await unit.call('exchange:export', input(out))).seq).toBe(1);
  });

  it('a register changed while the package was read: it is read again inside the write, and holds the change', async () => {
    const { unit, sup, out } = await unitWith(30);
    const stages = exportStages(unit.core, input(out));
    // Every register read and the package sealed under its temporary name.
    for (let r = stages.next(); !r.done && r.value.done < exportTotal('full') - 1;) r = stages.next();
    // The clerk's own write while the screen has its turn (the seeded carriers, plus one).
    seedCarriers(unit.core.session().db, { count: 1, rng: () => 0.5, now: unit.core.clock.now() });
    let r = stages.next();
    while (!r.done) r = stages.next();
    expect(r.value.counts.carriers).toBe(31);
    // Only the package recorded is on the media (the first sealing's temporary file went).
    expect(readdirSync(out)).toEqual([r.value.path.split('/').pop()]);
    const imported = await sup.call('exchange:import', { path: r.value.path, receiptOutPath: sup.dir });
    expect(imported.summary.seq).toBe(1);
  });
});
