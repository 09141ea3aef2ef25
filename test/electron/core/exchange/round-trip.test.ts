// Unit → supervisor → receipt → unit, with two real encrypted databases, then an incremental on top.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, pair, SUPERVISOR } from './helpers';

describe('exchange round trip', () => {
  it('a full package is imported by the supervisor, acknowledged, and the next incremental carries only changes and deletions', async () => {
    const { unit, sup } = await pair();
    const kept = await unit.call('carriers:register', received());
    const edited = await unit.call(
      'carriers:register',
      received({ name: '关于年度考核的通知', docNo: '省保办〔2026〕13号' }),
    );
    const { db } = unit.core.session();
    // A register whose records may be deleted (today only 国家秘密事项一览表 entries can go): one to delete later.
    const gone = await unit.call('classification:create', {
      name: '年度保密检查方案',
      level: 'confidential',
      term: { kind: 'period', years: 5 },
      classifierName: '李建国',
    });

    const first = await exportTo(unit, SUPERVISOR.unitCode);
    expect(first).toMatchObject({ seq: 1, profile: 'full', verified: true });
    expect(first.counts.carriers).toBe(2);
    // The package file is itself a 涉密载体 in the register, with the level of what it contains.
    const fileCarrier = await unit.call('carriers:get', { id: first.carrierId });
    expect(fileCarrier).toMatchObject({ type: 'usb', level: 'secret', source: 'produced' });

    const verified = await sup.call('exchange:verify', { path: first.path });
    expect(verified).toMatchObject({ ok: true, summary: { seq: 1, sender: unit.code } });
    const imported = await sup.call('exchange:import', { path: first.path, receiptOutPath: sup.dir });
    expect(existsSync(imported.receiptPath)).toBe(true);
    const page = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'carriers' });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.data.name).sort()).toEqual([edited.name, kept.name].sort());

    // Incremental before any receipt: refused, the base must be acknowledged.
    expect(
      await unit.refused('exchange:export', {
        to: SUPERVISOR.unitCode,
        profile: 'incremental',
        outPath: unit.dir,
        media: { type: 'usb', department: '办公室' },
      }),
    ).toMatchObject({ rule: 'incremental_needs_acknowledged' });
    const ack = await unit.call('exchange:importReceipt', { path: imported.receiptPath });
    expect(ack).toMatchObject({ seq: 1, packageHash: first.packageHash });
    expect((await unit.call('exchange:outgoing', {}))[0]?.acknowledgedAt).toBeTruthy();

    unit.clock.set('2026-06-16');
    await unit.call('carriers:edit', {
      carrierId: edited.id,
      patch: { location: '机要室2号柜' },
      reason: '调整存放位置',
    });
    const added = await unit.call(
      'carriers:register',
      received({ name: '关于保密宣传月的通知', docNo: '省保办〔2026〕20号' }),
    );
    db.$client.prepare('DELETE FROM classification_items WHERE id = ?').run(gone.id);

    const second = await exportTo(unit, SUPERVISOR.unitCode, 'incremental');
    expect(second).toMatchObject({ seq: 2, profile: 'incremental' });
    const names = (await sup.call('exchange:verify', { path: second.path })) as { ok: true };
    expect(names.ok).toBe(true);
    // Only what changed after the acknowledged snapshot: the edited and the new carrier, and the first package's
    // own file carrier (registered with that snapshot) — never the untouched one.
    expect(second.counts.carriers).toBe(3);
    expect(second.counts.classification_items).toBe(0);
    await sup.call('exchange:import', { path: second.path, receiptOutPath: sup.dir });
    const after = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'carriers',
      pageSize: 500,
    });
    expect(after.total).toBe(4);
    const byName = new Map(after.rows.map((r) => [r.data.name, r]));
    expect(byName.get(edited.name)?.data.location).toBe('机要室2号柜');
    expect(byName.get(added.name)?.seq).toBe(2);
    expect(byName.get(kept.name)?.seq).toBe(1);
    const items = await sup.call('exchange:unitRecords', {
      unitCode: unit.code,
      register: 'classification_items',
    });
    expect(items.total).toBe(0);

    const units = await sup.call('exchange:units', {});
    expect(units).toEqual([expect.objectContaining({ unitCode: unit.code, lastSeq: 2, overdue: false })]);
    const figures = await sup.call('exchange:figures', {});
    expect(figures.carriersByLevel.secret).toBe(4);
    expect(figures.peopleByClearance).toBeNull();
  });

  it('an annual report carries figures only, no records', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const annual = await unit.call('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'annual',
      year: 2026,
      outPath: unit.dir,
      media: { type: 'cd', department: '办公室' },
    });
    expect(Object.keys(annual.counts)).toEqual(['annual_report']);
    await sup.call('exchange:import', { path: annual.path, receiptOutPath: sup.dir });
    const regs = await sup.call('exchange:unitRegisters', { unitCode: unit.code });
    expect(regs).toEqual([{ id: 'annual_report', label: '年度报告', records: 1 }]);
    const report = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'annual_report' });
    expect(report.rows[0]?.data).toMatchObject({ year: 2026, figures: { carriersByLevel: { secret: 1 } } });
  });
});
