// Import then receipt: the import commits first; a receipt that cannot be written is its own message, never a
// failed import (a second import would be a replay), and the receipt is written again on its own.
import fs, { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, pair, SUPERVISOR } from './helpers';

describe('import then receipt', () => {
  it('import_reported_when_receipt_fails: the committed import is reported as imported, the receipt failure apart, and exchange:receipt writes it again', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    // A receipt of that name already on the media (left from before a restore, say): it is not overwritten.
    const media = join(sup.dir, 'media');
    mkdirSync(media);
    const stale = join(media, `回执-${unit.code}-0001.bmr`);
    writeFileSync(stale, '旧回执');

    const imported = await sup.call('exchange:import', { path: pkg.path, receiptOutPath: media });
    expect(imported.summary).toMatchObject({ seq: 1, sender: unit.code, packageHash: pkg.packageHash });
    expect(imported.receiptError).toContain('已有同名文件');
    expect(readFileSync(stale, 'utf8')).toBe('旧回执');
    const page = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'carriers' });
    expect(page.total).toBe(1);

    // Importing again is refused as a replay, and the refusal says how to get the receipt.
    expect(await sup.refused('exchange:import', { path: pkg.path, receiptOutPath: sup.dir })).toMatchObject({
      rule: 'REPLAY',
      message: expect.stringContaining('重新生成回执'),
    });

    const again = await sup.call('exchange:receipt', { unitCode: unit.code, seq: 1, outPath: sup.dir });
    expect(again).toMatchObject({ seq: 1, unitCode: unit.code, packageHash: pkg.packageHash });
    expect(existsSync(again.path)).toBe(true);
    // The receipt written again is the supervisor's signed receipt: the unit accepts it.
    expect(await unit.call('exchange:importReceipt', { path: again.path })).toMatchObject({
      seq: 1,
      packageHash: pkg.packageHash,
    });
    expect((await unit.call('exchange:outgoing', {}))[0]?.acknowledgedAt).toBeTruthy();
  });

  it('a receipt that fails for lack of space: imported all the same, the failure in Chinese, no partial file', async () => {
    const { unit, sup } = await pair();
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    const media = join(sup.dir, 'media');
    mkdirSync(media);
    // The medium is full: creating any file on it fails as the file layer reports it.
    const realOpen = fs.openSync;
    Object.assign(fs, {
      openSync: (path: fs.PathLike, ...rest: unknown[]) => {
        if (String(path).startsWith(media)) {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return (realOpen as (...a: unknown[]) => number)(path, ...rest);
      },
    });
    syncBuiltinESMExports();
    let imported;
    try {
      imported = await sup.call('exchange:import', { path: pkg.path, receiptOutPath: media });
    } finally {
      Object.assign(fs, { openSync: realOpen });
      syncBuiltinESMExports();
    }
    expect(imported).toMatchObject({ summary: { seq: 1 }, receiptError: '存储空间已满。' });
    expect(readdirSync(media)).toEqual([]);
    expect((await sup.call('exchange:units', {}))[0]?.lastSeq).toBe(1);
  });

  it('a receipt folder that does not exist is refused before anything is imported', async () => {
    const { unit, sup } = await pair();
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    expect(
      await sup.refused('exchange:import', {
        path: pkg.path,
        receiptOutPath: join(sup.dir, '没有这个文件夹'),
      }),
    ).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'receiptOutPath' }] });
    expect(await sup.call('exchange:units', {})).toEqual([
      expect.objectContaining({ unitCode: unit.code, lastSeq: null }),
    ]);
    // Nothing was imported, so the same package goes in once the folder is right.
    const imported = await sup.call('exchange:import', { path: pkg.path, receiptOutPath: sup.dir });
    expect(imported).toMatchObject({ receiptError: null, summary: { seq: 1 } });
    expect(existsSync(imported.receiptPath)).toBe(true);
  });
});
