// Counterpart keys: accepted only on a matching fingerprint, or when the key on file endorses its successor;
// supervisor mode chosen at setup or switched on later by the system administrator.
import { describe, expect, it } from 'vitest';
import { exportTo, introduce, openSite, pair, SUPERVISOR } from './helpers';
import { UNIT } from '../../../helpers/temp';

describe('counterpart public keys', () => {
  it('a public key is imported only when the typed fingerprint matches (spaces, dashes and case ignored)', async () => {
    const [unit, sup] = await Promise.all([openSite(UNIT), openSite(SUPERVISOR, 'supervisor')]);
    const out = await unit.call('keys:exportPublic', { outPath: unit.dir });
    const own = await unit.call('keys:own', {});
    expect(out.fingerprint).toBe(own.sign.fingerprint);
    const preview = await sup.call('exchange:previewKey', { path: out.path });
    expect(preview).toMatchObject({ unitCode: UNIT.unitCode, fingerprint: out.fingerprint });
    const wrong = `${out.fingerprint.slice(0, -1)}${out.fingerprint.endsWith('0') ? '1' : '0'}`;
    expect(
      await sup.refused('exchange:importKey', { path: out.path, fingerprint: wrong, role: 'subordinate' }),
    ).toMatchObject({ code: 'RULE', rule: 'fingerprint_must_match' });
    expect(await sup.refused('exchange:importKey', { path: out.path, role: 'subordinate' })).toMatchObject({
      rule: 'fingerprint_must_match',
    });
    expect(await sup.call('exchange:counterparts', {})).toEqual([]);
    const typed = ` ${out.fingerprint.toLowerCase().replace(/ /g, '-')} `;
    const ok = await sup.call('exchange:importKey', {
      path: out.path,
      fingerprint: typed,
      role: 'subordinate',
    });
    expect(ok).toMatchObject({ unitCode: UNIT.unitCode, role: 'subordinate', how: 'fingerprint' });
  });

  it('a counterpart key rotation is accepted when endorsed by its known key, and packages flow again', async () => {
    const { unit, sup } = await pair();
    await unit.call('keys:rotate', { purpose: 'sign' });
    // Until the supervisor learns the new key, the unit's packages name an unknown key.
    const p = await exportTo(unit, SUPERVISOR.unitCode);
    expect(await sup.call('exchange:verify', { path: p.path })).toMatchObject({
      reason: 'UNKNOWN_SENDER_KEY',
    });
    const out = await unit.call('keys:exportPublic', { outPath: `${unit.dir}/rotated.bmkey` });
    const r = await sup.call('exchange:importKey', { path: out.path, role: 'subordinate' });
    expect(r).toMatchObject({ how: 'endorsed', fingerprint: out.fingerprint });
    expect(await sup.call('exchange:verify', { path: p.path })).toMatchObject({ ok: true });
  });

  it('a key file from an unrelated unit that merely claims the same unit code is not accepted without a fingerprint', async () => {
    const { sup } = await pair();
    const impostor = await openSite(UNIT);
    const out = await impostor.call('keys:exportPublic', { outPath: impostor.dir });
    expect(await sup.refused('exchange:importKey', { path: out.path, role: 'subordinate' })).toMatchObject({
      rule: 'fingerprint_must_match',
    });
  });
});

describe('supervisor mode', () => {
  it('only a supervisor imports packages; the system administrator can switch the mode on later', async () => {
    const [unit, mid] = await Promise.all([
      openSite(UNIT),
      openSite({ name: '某区保密办', unitCode: '11110000MB0000777Q' }),
    ]);
    expect((await mid.call('session:unit', {})).mode).toBe('unit');
    await introduce(unit, mid, 'subordinate');
    await introduce(mid, unit, 'supervisor');
    const p = await exportTo(unit, '11110000MB0000777Q');
    expect(await mid.refused('exchange:import', { path: p.path, receiptOutPath: mid.dir })).toMatchObject({
      rule: 'supervisor_mode_required',
    });
    // The test unit runs in small-unit mode, where the clerk holds the system administrator's powers.
    expect(await mid.call('exchange:enableSupervisor', {})).toMatchObject({ mode: 'supervisor' });
    await mid.call('exchange:import', { path: p.path, receiptOutPath: mid.dir });
    expect(await mid.call('exchange:units', {})).toEqual([
      expect.objectContaining({ unitCode: UNIT.unitCode, lastSeq: 1 }),
    ]);
  });

  it('a unit that has not reported within its interval is shown overdue', async () => {
    const { unit, sup } = await pair();
    const p = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: p.path, receiptOutPath: sup.dir });
    await sup.call('exchange:setInterval', { unitCode: UNIT.unitCode, days: 30 });
    sup.clock.set('2026-08-01');
    // Calendar days from the package's data date (06-15) to today, whatever the hour of either.
    expect(await sup.call('exchange:units', {})).toEqual([
      expect.objectContaining({ unitCode: UNIT.unitCode, overdue: true, daysSinceLast: 47 }),
    ]);
  });
});
