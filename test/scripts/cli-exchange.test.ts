// Exchange from the command line: keys with fingerprints, export, verify with one exit code per refusal,
// import with its receipt, and the receipt back at the unit.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_EXIT_CODES } from '../../electron/core/exchange/refusals';
import { tempDir } from '../helpers/temp';
import { baomi, initDb } from './cli-helpers';

describe('baomi exchange CLI', () => {
  it('unit → supervisor → receipt → unit, with keys accepted only on the right fingerprint', () => {
    const dir = tempDir();
    const unit = initDb(join(dir, 'unit'));
    const sup = initDb(join(dir, 'sup'), ['--mode', 'supervisor'], '11110000MB000SUP01');
    const unitKey = join(dir, 'unit.bmkey');
    const supKey = join(dir, 'sup.bmkey');
    expect(baomi(['keys', 'export-public', '--db', unit, '--out', unitKey]).code).toBe(0);
    expect(baomi(['keys', 'export-public', '--db', sup, '--out', supKey]).code).toBe(0);
    const unitFp = JSON.parse(baomi(['keys', 'show', '--db', unit, '--json']).out).fingerprint as string;
    const supFp = JSON.parse(baomi(['keys', 'show', '--db', sup, '--json']).out).fingerprint as string;
    expect(unitFp).toMatch(/\S/);

    const wrong = baomi(['keys', 'import-public', unitKey, '--db', sup, '--fingerprint', supFp]);
    expect(wrong.code).not.toBe(0);
    // Without --fingerprint the clerk confirms the printed fingerprint at the prompt; "no" imports nothing.
    expect(baomi(['keys', 'import-public', unitKey, '--db', sup], 'Mima#2026abc\nno\n').code).toBe(1);
    expect(
      baomi(['keys', 'import-public', unitKey, '--db', sup, '--fingerprint', unitFp.toLowerCase()]).code,
    ).toBe(0);
    expect(baomi(['keys', 'import-public', supKey, '--db', unit, '--fingerprint', supFp]).code).toBe(0);

    expect(baomi(['demo', '--db', unit]).code).toBe(0);
    const media = join(dir, 'media');
    mkdirSync(media);
    const exp = baomi([
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

    expect(baomi(['verify', pkg, '--db', sup]).code).toBe(0);
    const imp = baomi(['import', pkg, '--db', sup, '--receipt-out', media, '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out).summary.counts.carriers).toBe(400);
    // The same package again is a replay, with its own exit code.
    expect(baomi(['verify', pkg, '--db', sup]).code).toBe(REFUSAL_EXIT_CODES.REPLAY);

    const bmr = readdirSync(media).find((f) => f.endsWith('.bmr')) as string;
    const rec = baomi(['receipt', 'import', join(media, bmr), '--db', unit, '--json']);
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.out)).toMatchObject({ seq: 1 });
    // Some twenty real processes, each with Argon2 logins: give it room on a busy two-core machine.
  }, 240_000);

  it('every refusal reason has its own documented exit code, none of them 0, 1 or 2', () => {
    const codes = Object.values(REFUSAL_EXIT_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toBeGreaterThanOrEqual(10);
  });
});
