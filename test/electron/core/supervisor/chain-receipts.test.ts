// After 重新建立报送关系 the new installation numbers its packages from 1 again: full → reset → full with the same
// sequence numbers. The old chain's package and receipt stay as they were; the new chain's receipt names its
// chain (file name and signed body), so both lie side by side in the bureau's one receipt folder, the package
// history tells the two 第 1 号 apart, a receipt written again is the new chain's, and the old receipt is refused
// by the new installation for what it is.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, introduce, openSite, pair, SUPERVISOR } from '../exchange/helpers';
import { tempDir, UNIT } from '../../../helpers/temp';

describe('receipts and package history after a chain restart', () => {
  it('full → reset → full with the same numbers: receipts and history unambiguous', async () => {
    const { unit, sup } = await pair();
    const receipts = tempDir('baomi-receipts-');
    await unit.call('carriers:register', received());
    const old = await exportTo(unit, SUPERVISOR.unitCode);
    const first = await sup.call('exchange:import', { path: old.path, receiptOutPath: receipts });
    expect(first.receiptError).toBeNull();
    await unit.call('exchange:importReceipt', { path: first.receiptPath });

    const again = await openSite(UNIT);
    await introduce(sup, again, 'supervisor');
    const k = await again.call('keys:exportPublic', { outPath: again.dir });
    await sup.call('exchange:reset', {
      unitCode: UNIT.unitCode,
      path: k.path,
      fingerprint: k.fingerprint,
      reason: '单位重新安装保密工作台',
    });
    await again.call(
      'carriers:register',
      received({ name: '新装后的第一份文件', docNo: '省保办〔2026〕30号' }),
    );
    const renewed = await exportTo(again, SUPERVISOR.unitCode);
    expect(renewed.seq).toBe(old.seq);
    const second = await sup.call('exchange:import', { path: renewed.path, receiptOutPath: receipts });
    // Written beside the old chain's receipt of the same number, under a name of its own.
    expect(second.receiptError).toBeNull();
    expect(readdirSync(receipts).sort()).toEqual(
      [`回执-${UNIT.unitCode}-0001.bmr`, `回执-${UNIT.unitCode}-序列2-0001.bmr`].sort(),
    );
    const body = (p: string) =>
      (JSON.parse(readFileSync(p, 'utf8')) as { body: Record<string, unknown> }).body;
    expect(body(second.receiptPath)).toMatchObject({ chain: 2, seq: 1, packageHash: renewed.packageHash });
    expect(body(first.receiptPath)).not.toHaveProperty('chain');

    // The new installation takes its own receipt and refuses the old chain's for what it is.
    expect((await again.refused('exchange:importReceipt', { path: first.receiptPath })).rule).toBe(
      'receipt_unknown_package',
    );
    await again.call('exchange:importReceipt', { path: second.receiptPath });
    expect((await again.call('exchange:outgoing', {}))[0]?.acknowledgedAt).toBeTruthy();

    // The history names both 第 1 号 by chain and hash.
    const history = await sup.call('exchange:packages', { unitCode: UNIT.unitCode });
    expect(history.map((h) => [h.state, h.chain, h.seq, h.packageHash])).toEqual([
      ['imported', 2, 1, renewed.packageHash],
      ['replaced', 1, 1, old.packageHash],
    ]);
    // A receipt written again is the current chain's, under its chain's name.
    const rewritten = await sup.call('exchange:receipt', {
      unitCode: UNIT.unitCode,
      seq: 1,
      outPath: tempDir('baomi-reissue-'),
    });
    expect(rewritten.packageHash).toBe(renewed.packageHash);
    expect(rewritten.path).toMatch(/回执-.*-序列2-0001\.bmr$/);
    // And the audit trail tells the two imports of 第 1 号 apart.
    const chains = sup.core
      .session()
      .db.$client.prepare(
        "SELECT json_extract(detail, '$.chain') FROM audit_log WHERE action = 'exchange_import' ORDER BY seq",
      )
      .pluck()
      .all();
    expect(chains).toEqual([1, 2]);
  });
});
