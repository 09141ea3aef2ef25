// Finding 2 of issue 25: a unit re-initialised with the same code, or restored from an old backup, is no longer
// stuck. A different key is refused with a clear message; 重新建立报送关系 replaces it after the fingerprint
// check, keeps the old key and the old chain's packages and records as history, and opens the new chain with a
// full package. A unit behind the supervisor is told so, not that its package is a replay.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { introduce, MEDIA, openSite, OTHER_UNIT, pair, SUPERVISOR, type Site } from '../exchange/helpers';
import { UNIT } from '../../../helpers/temp';

/** A fresh folder inside the site's: a new chain reuses numbers, and so file names, of the old one. */
function folder(site: Site, name: string): string {
  const p = join(site.dir, name);
  mkdirSync(p, { recursive: true });
  return p;
}

async function roundTrip(unit: Site, sup: Site, profile: 'full' | 'incremental' = 'full', into = '') {
  const p = await unit.call('exchange:export', {
    to: SUPERVISOR.unitCode,
    profile,
    outPath: into ? folder(unit, into) : unit.dir,
    media: MEDIA,
  });
  const r = await sup.call('exchange:import', {
    path: p.path,
    receiptOutPath: into ? folder(sup, into) : sup.dir,
  });
  await unit.call('exchange:importReceipt', { path: r.receiptPath });
  return p;
}

async function keyFile(site: Site) {
  const out = await site.call('keys:exportPublic', { outPath: site.dir });
  return { path: out.path, fingerprint: out.fingerprint };
}

describe('reporting chain at the supervisor', () => {
  it('subordinate_key_change_needs_reset: a re-initialised unit’s new key is refused with the way out named', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    await roundTrip(unit, sup);
    const again = await openSite(UNIT);
    const k = await keyFile(again);
    const err = await sup.refused('exchange:importKey', {
      path: k.path,
      fingerprint: k.fingerprint,
      role: 'subordinate',
    });
    expect(err.rule).toBe('subordinate_key_change_needs_reset');
    expect(err.message).toContain('重新建立报送关系');
    // The key on file is unchanged: the old unit's packages still verify.
    const [c] = await sup.call('exchange:counterparts', {});
    expect(c?.fingerprint).not.toBe(k.fingerprint);
  });

  it('reset_key_of_unit: a key file of another unit cannot restart this unit’s chain', async () => {
    const { unit, sup } = await pair();
    const other = await openSite(OTHER_UNIT);
    const k = await keyFile(other);
    const err = await sup.refused('exchange:reset', {
      unitCode: unit.code,
      path: k.path,
      fingerprint: k.fingerprint,
      reason: '重新安装',
    });
    expect(err.rule).toBe('reset_key_of_unit');
    expect((await sup.call('exchange:comparison', {}))[0]).toMatchObject({ chain: 1, awaitingFull: false });
  });

  it('reset: the new installation’s chain starts from a full package; the old chain stays as 已被替换 history', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    await roundTrip(unit, sup);
    unit.clock.set('2026-06-20');
    await unit.call(
      'carriers:register',
      received({ name: '关于保密宣传月的通知', docNo: '省保办〔2026〕20号' }),
    );
    await roundTrip(unit, sup, 'incremental');

    const again = await openSite(UNIT);
    await introduce(sup, again, 'supervisor');
    const k = await keyFile(again);
    expect(
      (
        await sup.refused('exchange:reset', {
          unitCode: UNIT.unitCode,
          path: k.path,
          fingerprint: 'AAAA-BBBB',
          reason: '重新安装',
        })
      ).rule,
    ).toBe('fingerprint_must_match');
    const row = await sup.call('exchange:reset', {
      unitCode: UNIT.unitCode,
      path: k.path,
      fingerprint: k.fingerprint,
      reason: '单位重新安装保密工作台',
    });
    expect(row).toMatchObject({ chain: 2, awaitingFull: true, carriers: null });

    await again.call(
      'carriers:register',
      received({ name: '新装后的第一份文件', docNo: '省保办〔2026〕30号' }),
    );
    const first = await roundTrip(again, sup, 'full', 'chain2');
    expect(first.seq).toBe(1);
    const now = await sup.call('exchange:records', { unitCode: UNIT.unitCode, register: 'carriers' });
    expect(now.rows.map((r) => r.data.name)).toEqual(['新装后的第一份文件']);
    const old = await sup.call('exchange:records', {
      unitCode: UNIT.unitCode,
      register: 'carriers',
      chain: 1,
    });
    expect(old.total).toBe(3);
    const history = await sup.call('exchange:packages', { unitCode: UNIT.unitCode });
    expect(history.map((h) => [h.state, h.chain, h.seq])).toEqual([
      ['imported', 2, 1],
      ['replaced', 1, 2],
      ['replaced', 1, 1],
    ]);
    const audit = sup.core
      .session()
      .db.$client.prepare("SELECT count(*) FROM audit_log WHERE action = 'supervisor_reset'")
      .pluck()
      .get();
    expect(audit).toBe(1);
  });

  it('a restored unit (sequence behind) is told so, and after the reset its next full package opens the new chain', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    await roundTrip(unit, sup);
    // The unit's "backup" is its state now; it then sends two more packages that the restore will forget.
    const db = unit.core.session().db.$client;
    const backup = db.prepare('SELECT max(seq) FROM exchange_outgoing').pluck().get() as number;
    await roundTrip(unit, sup, 'incremental');
    await roundTrip(unit, sup, 'incremental');
    db.prepare('DELETE FROM exchange_outgoing WHERE seq > ?').run(backup);
    // The unit is told too: a receipt of a package its restored database never wrote says it is behind.
    const late = await unit.refused('exchange:importReceipt', {
      path: join(sup.dir, `回执-${unit.code}-0003.bmr`),
    });
    expect(late.message).toContain('落后');
    expect(late.message).toContain('重新建立报送关系');

    const behind = await unit.call('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'full',
      outPath: folder(unit, 'restored'),
      media: MEDIA,
    });
    expect(behind.seq).toBe(2);
    const err = await sup.refused('exchange:import', { path: behind.path, receiptOutPath: sup.dir });
    expect(err.message).toContain('落后');
    expect(err.message).toContain('重新建立报送关系');
    const refused = (await sup.call('exchange:packages', { unitCode: unit.code })).filter(
      (h) => h.state === 'refused',
    );
    expect(refused).toEqual([expect.objectContaining({ seq: 2, refusal: 'REPLAY', profile: 'full' })]);

    const k = await keyFile(unit);
    await sup.call('exchange:reset', {
      unitCode: unit.code,
      path: k.path,
      fingerprint: k.fingerprint,
      reason: '单位从旧备份恢复',
    });
    const r = await sup.call('exchange:import', {
      path: behind.path,
      receiptOutPath: folder(sup, 'restored'),
    });
    expect(r.summary.seq).toBe(2);
    await unit.call('exchange:importReceipt', { path: r.receiptPath });
    const next = await roundTrip(unit, sup, 'incremental', 'after');
    expect(next.seq).toBe(3);
  });
});
