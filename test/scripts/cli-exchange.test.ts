// Exchange from the command line: keys with fingerprints, export, verify with one exit code per refusal,
// import with its receipt, and the receipt back at the unit.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_EXIT_CODES } from '../../electron/core/exchange/refusals';
import { received } from '../electron/core/carriers/helpers';
import { exportTo, pair, SUPERVISOR } from '../electron/core/exchange/helpers';
import { CLERK, tempDir } from '../helpers/temp';
import { cli, initHere } from './cli-helpers';

describe('baomi exchange CLI', () => {
  it('unit → supervisor → receipt → unit, with keys accepted only on the right fingerprint', async () => {
    const dir = tempDir();
    const unit = await initHere(join(dir, 'unit'));
    const sup = await initHere(join(dir, 'sup'), ['--mode', 'supervisor'], '11110000MB000SUP01');
    const unitKey = join(dir, 'unit.bmkey');
    const supKey = join(dir, 'sup.bmkey');
    expect((await cli(['keys', 'export-public', '--db', unit, '--out', unitKey])).code).toBe(0);
    expect((await cli(['keys', 'export-public', '--db', sup, '--out', supKey])).code).toBe(0);
    const unitFp = JSON.parse((await cli(['keys', 'show', '--db', unit, '--json'])).out)
      .fingerprint as string;
    const supFp = JSON.parse((await cli(['keys', 'show', '--db', sup, '--json'])).out).fingerprint as string;
    expect(unitFp).toMatch(/\S/);

    const wrong = await cli(['keys', 'import-public', unitKey, '--db', sup, '--fingerprint', supFp]);
    expect(wrong.code).not.toBe(0);
    // Without --fingerprint the clerk confirms the printed fingerprint at the prompt; "no" imports nothing.
    expect((await cli(['keys', 'import-public', unitKey, '--db', sup], 'Mima#2026abc\nno\n')).code).toBe(1);
    expect(
      (await cli(['keys', 'import-public', unitKey, '--db', sup, '--fingerprint', unitFp.toLowerCase()]))
        .code,
    ).toBe(0);
    expect((await cli(['keys', 'import-public', supKey, '--db', unit, '--fingerprint', supFp])).code).toBe(0);

    expect((await cli(['demo', '--db', unit])).code).toBe(0);
    const media = join(dir, 'media');
    mkdirSync(media);
    const exp = await cli([
      'export',
      '--db',
      unit,
      '--to',
      '11110000MB000SUP01',
      '--profile',
      'full',
      '--out',
      media,
      '--json',
    ]);
    expect(exp.code).toBe(0);
    const pkg = JSON.parse(exp.out).path as string;

    expect((await cli(['verify', pkg, '--db', sup])).code).toBe(0);
    const imp = await cli(['import', pkg, '--db', sup, '--receipt-out', media, '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out).summary.counts.carriers).toBe(400);
    // The same package again is a replay, with its own exit code.
    expect((await cli(['verify', pkg, '--db', sup])).code).toBe(REFUSAL_EXIT_CODES.REPLAY);

    const bmr = readdirSync(media).find((f) => f.endsWith('.bmr')) as string;
    const rec = await cli(['receipt', 'import', join(media, bmr), '--db', unit, '--json']);
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.out)).toMatchObject({ seq: 1 });
    // Some twenty commands, each with an Argon2 login: give it room on a busy two-core machine.
  }, 240_000);

  it('receipt_reissue: an import whose receipt cannot be written exits 0 as imported, and `receipt reissue` writes it', async () => {
    const { unit, sup } = await pair();
    await unit.call('carriers:register', received());
    const pkg = await exportTo(unit, SUPERVISOR.unitCode);
    // The CLI runs on today's clock: a password set on the sites' fixed day would have expired by now.
    sup.clock.set(new Date().toISOString().slice(0, 10));
    const password = 'Jinri#2026ok';
    await sup.call('session:changePassword', { oldPassword: CLERK.password, newPassword: password });
    sup.core.detach();
    const media = join(sup.dir, 'media');
    mkdirSync(media);
    writeFileSync(join(media, `回执-${unit.code}-0001.bmr`), '旧回执');
    const stdin = `${password}\n`;
    const db = sup.core.dbPath;

    const imp = await cli(['import', pkg.path, '--db', db, '--receipt-out', media, '--json'], stdin);
    expect(imp.code, imp.err).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({
      summary: { seq: 1 },
      receiptError: expect.stringContaining('已有同名文件'),
    });
    expect(imp.err).toContain('回执未能写入');
    expect(imp.err).toContain(`baomi receipt reissue --unit ${unit.code} --seq 1`);

    const out = join(sup.dir, 'again');
    mkdirSync(out);
    // The only unit that has sent a first package: --unit may be left out.
    const re = await cli(['receipt', 'reissue', '--seq', '1', '--db', db, '--out', out, '--json'], stdin);
    expect(re.code, re.err).toBe(0);
    const written = JSON.parse(re.out) as { path: string; seq: number };
    expect(readdirSync(out)).toEqual([`回执-${unit.code}-0001.bmr`]);
    expect(await unit.call('exchange:importReceipt', { path: written.path })).toMatchObject({ seq: 1 });
    expect((await cli(['receipt', 'reissue', '--seq', '2', '--db', db], stdin)).code).toBe(1);
  }, 120_000);

  it('every refusal reason has its own documented exit code, none of them 0, 1 or 2', () => {
    const codes = Object.values(REFUSAL_EXIT_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toBeGreaterThanOrEqual(10);
  });
});
