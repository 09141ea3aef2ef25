// Property: any byte mutation of a valid package (flip, truncate, insert) is refused, and the supervisor's
// database files stay byte-identical — a refusal writes nothing, not even an audit entry.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { received } from '../carriers/helpers';
import { exportTo, pair, readBytes, removeLongLived, SUPERVISOR, writeBytes, type Site } from './helpers';

let unit: Site;
let sup: Site;
let valid: Buffer;

beforeAll(async () => {
  ({ unit, sup } = await pair(true));
  await unit.call('carriers:register', received());
  await unit.call(
    'carriers:register',
    received({ name: '关于开展保密自查的通知', docNo: '省保办〔2026〕15号' }),
  );
  valid = readBytes((await exportTo(unit, SUPERVISOR.unitCode)).path);
});
afterAll(() => removeLongLived([unit, sup]));

function dbFingerprint(site: Site): string {
  const h = createHash('sha256');
  for (const f of [site.core.dbPath, `${site.core.dbPath}-wal`]) {
    h.update(f);
    h.update(existsSync(f) ? readFileSync(f) : Buffer.alloc(0));
  }
  return h.digest('hex');
}

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; to: number }
  | { kind: 'insert'; at: number; byte: number };

function mutate(b: Buffer, m: Mutation): Buffer {
  if (m.kind === 'truncate') return b.subarray(0, m.to);
  if (m.kind === 'insert')
    return Buffer.concat([b.subarray(0, m.at), Buffer.from([m.byte]), b.subarray(m.at)]);
  const c = Buffer.from(b);
  c[m.at] = (c[m.at] ?? 0) ^ (1 << m.bit);
  return c;
}

describe('mutated packages', () => {
  it('every flipped, truncated or extended package is refused and the supervisor database is unchanged', async () => {
    const n = valid.length;
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(n - 1), bit: fc.nat(7) }),
      fc.record({ kind: fc.constant('truncate' as const), to: fc.nat(n - 1) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(n), byte: fc.nat(255) }),
    );
    // Everything committed is in the main file; the WAL is empty, so any write would show in one of the two.
    sup.core.session().db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const before = dbFingerprint(sup);
    let ran = 0;
    const reasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        ran++;
        const path = writeBytes(sup, 'mutant.bmx', mutate(valid, m));
        const r = await sup.api.dispatch('exchange:import', { path, receiptOutPath: sup.dir });
        expect(r.ok).toBe(false);
        if (!r.ok)
          reasons.set(r.error.rule ?? r.error.code, (reasons.get(r.error.rule ?? r.error.code) ?? 0) + 1);
      }),
      { numRuns: 500, seed: 20260615 },
    );
    expect(dbFingerprint(sup)).toBe(before);
    console.log(`mutants refused: ${ran} of ${ran}`, Object.fromEntries(reasons));
    expect(ran).toBeGreaterThanOrEqual(200);
    // The unmutated package still imports: the refusals were about the mutations.
    const ok = await sup.api.dispatch('exchange:import', {
      path: writeBytes(sup, 'valid.bmx', valid),
      receiptOutPath: sup.dir,
    });
    expect(ok.ok).toBe(true);
  });
});
