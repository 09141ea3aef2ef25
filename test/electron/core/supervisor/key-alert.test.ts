// Issue 25, point 8: a unit whose key changed is an alert on the bureau's home, landing on its unit — a warning
// while the restarted chain waits for its full package, then a note for 30 days after the restart.
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, introduce, openSite, pair, SUPERVISOR, type Site } from '../exchange/helpers';
import { UNIT } from '../../../helpers/temp';

async function keyAlert(sup: Site) {
  return (await sup.call('reminders:list', {})).find((r) => r.id === `supervisor_key_${UNIT.unitCode}`);
}

describe('supervisor alerts: a unit whose key changed', () => {
  it('warns while the new chain waits for its full package, notes it for 30 days, then lets it go', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const first = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: first.path, receiptOutPath: sup.dir });
    expect(await keyAlert(sup)).toBeUndefined();

    const again = await openSite(UNIT);
    await introduce(sup, again, 'supervisor');
    const k = await again.call('keys:exportPublic', { outPath: again.dir });
    await sup.call('exchange:reset', {
      unitCode: UNIT.unitCode,
      path: k.path,
      fingerprint: k.fingerprint,
      reason: '单位重新安装保密工作台',
    });
    expect(await keyAlert(sup)).toMatchObject({
      severity: 'warning',
      title: '某市档案局的密钥已更换（第 2 报送序列）',
      detail: expect.stringContaining('正在等待该单位的全量报送'),
      target: 'exchange',
      view: { tab: 'supervisor', filters: { unit: UNIT.unitCode } },
    });

    const opening = await exportTo(again, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: opening.path, receiptOutPath: again.dir });
    expect(await keyAlert(sup)).toMatchObject({
      severity: 'info',
      detail: expect.stringContaining('新的报送序列已开始'),
    });
    sup.clock.set('2026-07-16');
    expect(await keyAlert(sup)).toBeUndefined();
  });
});
