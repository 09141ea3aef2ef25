// A supervisor's package import followed and cancelled from the screen (issue 20 point 6): the stages are
// counted as they pass, and a cancel before the write leaves the supervisor's database as it was.
import { describe, expect, it } from 'vitest';
import { pairWithCarriers, SUPERVISOR } from './helpers';

async function packageOf(carriers: number) {
  const { unit, sup } = await pairWithCarriers(carriers);
  const pkg = await unit.call('exchange:export', {
    to: SUPERVISOR.unitCode,
    profile: 'full',
    outPath: unit.dir,
    media: { type: 'disk', department: '办公室' },
  });
  return { sup, path: pkg.path };
}

const count = (sup: Awaited<ReturnType<typeof packageOf>>['sup'], sql: string) =>
  sup.core.session().db.$client.prepare(sql).pluck().get() as number;

describe('package import as a job', () => {
  it('reports each stage with the total: checked, every part read, then written', async () => {
    const { sup, path } = await packageOf(50);
    const seen: string[] = [];
    const running = sup.call('exchange:import', { path, receiptOutPath: sup.dir, jobId: 'job-follow1' });
    for (let i = 0; i < 1000; i++) {
      const p = await sup.call('exchange:importProgress', { jobId: 'job-follow1' });
      if (p && seen.at(-1) !== `${p.done}/${p.total}`) seen.push(`${p.done}/${p.total}`);
      if (!p && seen.length) break;
      await new Promise((r) => setImmediate(r));
    }
    const r = await running;
    expect(r.summary.seq).toBe(1);
    const total = Number(seen[0]?.split('/')[1]);
    expect(total).toBeGreaterThan(3);
    expect(seen).toContain(`${total - 1}/${total}`);
    expect(await sup.call('exchange:importProgress', { jobId: 'job-follow1' })).toBeNull();
  });

  it('import_cancel_writes_nothing', async () => {
    const { sup, path } = await packageOf(50);
    const auditBefore = count(sup, 'SELECT count(*) FROM audit_log');
    const running = sup.refused('exchange:import', { path, receiptOutPath: sup.dir, jobId: 'job-cancel1' });
    // Cancel as soon as the package was checked, while its parts are being read.
    for (let i = 0; i < 1000 && !(await sup.call('exchange:importProgress', { jobId: 'job-cancel1' })); i++) {
      await new Promise((r) => setImmediate(r));
    }
    expect(await sup.call('exchange:importCancel', { jobId: 'job-cancel1' })).toBe(true);
    const e = await running;
    expect(e.message).toContain('导入已取消');
    expect(count(sup, 'SELECT count(*) FROM imported_records')).toBe(0);
    expect(count(sup, 'SELECT count(*) FROM exchange_incoming')).toBe(0);
    expect(count(sup, 'SELECT count(*) FROM audit_log')).toBe(auditBefore);
    // The same package imports afterwards: nothing of the cancelled attempt stands in its way.
    const r = await sup.call('exchange:import', { path, receiptOutPath: sup.dir });
    expect(r.summary.seq).toBe(1);
  });
});
