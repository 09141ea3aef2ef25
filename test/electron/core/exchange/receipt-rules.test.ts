// Each way a receipt (.bmr) can be wrong at the unit is its own rule, refused with its own Chinese words and
// nothing marked acknowledged: not a receipt, an issuer not registered, a signature that does not hold, another
// unit's receipt, a package this restored installation never sent, a package it sent with other content, and
// the same receipt imported twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { UNIT } from '../../../helpers/temp';
import { exportTo, introduce, openSite, OTHER_UNIT, pair, SUPERVISOR, type Site } from './helpers';

async function sentAndReceipted(unit: Site, sup: Site) {
  const p = await exportTo(unit, SUPERVISOR.unitCode);
  const r = await sup.call('exchange:import', { path: p.path, receiptOutPath: sup.dir });
  return { pkg: p, receipt: r.receiptPath };
}

/** The receipt with its signed body changed by `edit`, written beside it. */
function edited(site: Site, path: string, edit: (body: Record<string, unknown>) => void): string {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { body: Record<string, unknown> };
  edit(raw.body);
  const out = join(site.dir, `改动-${Math.random().toString(36).slice(2)}.bmr`);
  writeFileSync(out, JSON.stringify(raw));
  return out;
}

async function acknowledged(unit: Site): Promise<(string | null)[]> {
  return (await unit.call('exchange:outgoing', {})).map((o) => o.acknowledgedAt);
}

describe('receipt refusals at the unit', () => {
  it('receipt_not_receipt: a file that is not a receipt is refused as such', async () => {
    const { unit } = await pair();
    const p = join(unit.dir, '不是回执.bmr');
    writeFileSync(p, '{"body":{"format":"baomi-package"}}');
    const err = await unit.refused('exchange:importReceipt', { path: p });
    expect(err).toMatchObject({ code: 'RULE', rule: 'receipt_not_receipt' });
    expect(err.message).toContain('不是保密工作台的回执文件');
  });

  it('receipt_unknown_supervisor: a receipt from a bureau (or key) not registered here is refused', async () => {
    const { unit, sup } = await pair();
    const { receipt } = await sentAndReceipted(unit, sup);
    const other = edited(unit, receipt, (b) => {
      (b.from as { signKeyId: string }).signKeyId = 'ed25519:0000000000000000';
    });
    const err = await unit.refused('exchange:importReceipt', { path: other });
    expect(err).toMatchObject({ rule: 'receipt_unknown_supervisor' });
    expect(err.message).toContain('未在本机登记为上级单位');
    expect(await acknowledged(unit)).toEqual([null]);
  });

  it('receipt_bad_signature: a receipt changed after it was signed is refused', async () => {
    const { unit, sup } = await pair();
    const { receipt } = await sentAndReceipted(unit, sup);
    const forged = edited(unit, receipt, (b) => {
      b.importedAt = '2026-01-01T00:00:00.000Z';
    });
    const err = await unit.refused('exchange:importReceipt', { path: forged });
    expect(err).toMatchObject({ rule: 'receipt_bad_signature' });
    expect(err.message).toContain('签名无效');
    expect(await acknowledged(unit)).toEqual([null]);
  });

  it('receipt_wrong_unit: another unit’s receipt, genuinely signed, is refused', async () => {
    const { unit, sup } = await pair();
    const other = await openSite(OTHER_UNIT);
    await introduce(other, sup, 'subordinate');
    await introduce(sup, other, 'supervisor');
    await exportTo(unit, SUPERVISOR.unitCode);
    const { receipt } = await sentAndReceipted(other, sup);
    const err = await unit.refused('exchange:importReceipt', { path: receipt });
    expect(err).toMatchObject({ rule: 'receipt_wrong_unit' });
    expect(err.message).toContain(`是发给 ${OTHER_UNIT.unitCode} 的`);
    expect(await acknowledged(unit)).toEqual([null]);
  });

  it('receipt_unit_behind: a receipt of a package past this installation’s last (restored from a backup) says so', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const { receipt } = await sentAndReceipted(unit, sup);
    // The restore forgets the package the receipt names.
    unit.core.session().db.$client.prepare('DELETE FROM exchange_outgoing').run();
    const err = await unit.refused('exchange:importReceipt', { path: receipt });
    expect(err).toMatchObject({ rule: 'receipt_unit_behind' });
    expect(err.message).toContain('落后');
    expect(err.message).toContain('重新建立报送关系');
  });

  it('receipt_unknown_package: a receipt of the same number but another package (the old installation’s) is refused', async () => {
    const { unit, sup } = await pair();
    const { receipt } = await sentAndReceipted(unit, sup);
    // The unit is set up again under the same code: its own first package has another hash.
    const again = await openSite(UNIT);
    await introduce(sup, again, 'supervisor');
    await again.call('carriers:register', received());
    await exportTo(again, SUPERVISOR.unitCode);
    const err = await again.refused('exchange:importReceipt', { path: receipt });
    expect(err).toMatchObject({ rule: 'receipt_unknown_package' });
    expect(err.message).toContain('第 1 号数据包与本单位的报送记录不符');
    expect(await acknowledged(again)).toEqual([null]);
  });

  it('receipt_replay: the same receipt imported twice is refused the second time, the first acknowledgement kept', async () => {
    const { unit, sup } = await pair();
    const { receipt } = await sentAndReceipted(unit, sup);
    const first = await unit.call('exchange:importReceipt', { path: receipt });
    const err = await unit.refused('exchange:importReceipt', { path: receipt });
    expect(err).toMatchObject({ rule: 'receipt_replay' });
    expect(err.message).toContain('已经导入过');
    expect(await acknowledged(unit)).toEqual([first.acknowledgedAt]);
  });
});
