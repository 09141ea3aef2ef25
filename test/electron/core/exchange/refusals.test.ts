// Every refusal reason, each from a package built for it, in the order the checks run. Verify is read-only, so
// the cases share one supervisor; the sequence cases import first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyView } from '../../../../electron/ipc/schemas/exchange';
import { REFUSAL_EXIT_CODES, REFUSAL_ORDER } from '../../../../electron/core/exchange/refusals';
import { received } from '../carriers/helpers';
import { forge, rewriteHeader } from './forge';
import {
  exportTo,
  introduce,
  OTHER_UNIT,
  openSite,
  pair,
  readBytes,
  removeLongLived,
  SUPERVISOR,
  writeBytes,
  type Site,
} from './helpers';

let unit: Site;
let sup: Site;
let other: Site;
let first: Buffer;

async function verdict(bytes: Uint8Array, name = 'case.bmx'): Promise<VerifyView> {
  return sup.call('exchange:verify', { path: writeBytes(sup, name, bytes) });
}

async function refusedAs(bytes: Uint8Array, reason: string): Promise<VerifyView> {
  const v = await verdict(bytes);
  expect(v).toMatchObject({ ok: false, reason });
  // Import refuses with the same reason, as a RULE error naming it.
  const e = await sup.refused('exchange:import', {
    path: writeBytes(sup, 'imp.bmx', bytes),
    receiptOutPath: sup.dir,
  });
  expect(e).toMatchObject({ code: 'RULE', rule: reason });
  return v;
}

beforeAll(async () => {
  ({ unit, sup } = await pair(true));
  other = await openSite(OTHER_UNIT, 'unit', true);
  // `other` knows the supervisor, but the supervisor never registered `other`.
  await introduce(sup, other, 'supervisor');
  // The unit also knows `other` as a supervisor, so it can address a package to the wrong receiver.
  await introduce(other, unit, 'supervisor');
  await unit.call('carriers:register', received());
  first = readBytes((await exportTo(unit, SUPERVISOR.unitCode)).path);
});

afterAll(() => removeLongLived([unit, sup, other]));

describe('a package is refused, with a distinct reason for each check', () => {
  it('not a package: a file that does not start with the magic bytes', async () => {
    await refusedAs(Buffer.from('这是一份普通的文本文件，不是数据包。'), 'NOT_PACKAGE');
  });

  it('unknown format version', async () => {
    const b = Buffer.from(first);
    b.writeUInt16BE(2, 8);
    await refusedAs(b, 'UNKNOWN_FORMAT');
  });

  it('unknown sender key: a unit the supervisor never registered', async () => {
    const p = await exportTo(other, SUPERVISOR.unitCode);
    await refusedAs(readBytes(p.path), 'UNKNOWN_SENDER_KEY');
  });

  it('bad signature: the signature was tampered with', async () => {
    const b = rewriteHeader(first, (h) => {
      const sig = Buffer.from(h.signature as string, 'base64');
      sig[5] = (sig[5] ?? 0) ^ 1;
      h.signature = sig.toString('base64');
    });
    await refusedAs(b, 'BAD_SIGNATURE');
  });

  it('bad signature: the manifest was changed after signing', async () => {
    const b = rewriteHeader(first, (h) => {
      (h.manifest as { createdAt: string }).createdAt = '2020-01-01T00:00:00.000Z';
    });
    await refusedAs(b, 'BAD_SIGNATURE');
  });

  it('wrong receiver: a package addressed to another supervising unit', async () => {
    const p = await exportTo(unit, OTHER_UNIT.unitCode);
    await refusedAs(readBytes(p.path), 'WRONG_RECEIVER');
  });

  it('decryption failure: one ciphertext byte flipped', async () => {
    const b = Buffer.from(first);
    b[b.length - 40] = (b[b.length - 40] ?? 0) ^ 0x80;
    await refusedAs(b, 'DECRYPT_FAILED');
  });

  it('decryption failure: the file was truncated', async () => {
    await refusedAs(first.subarray(0, first.length - 100), 'DECRYPT_FAILED');
  });

  it('part hash mismatch: the signed manifest names a part hash the payload does not have', async () => {
    const b = forge(unit, SUPERVISOR.unitCode, (m) => {
      const p0 = m.parts[0];
      if (p0) p0.sha256 = 'f'.repeat(64);
      return m;
    });
    await refusedAs(b, 'PART_HASH_MISMATCH');
  });

  it('unknown schema version', async () => {
    await refusedAs(
      forge(unit, SUPERVISOR.unitCode, (m) => ({ ...m, schemaVersion: 99 })),
      'UNKNOWN_SCHEMA',
    );
  });

  it('replay, gap (listing the missing numbers) and fork, once the first package is in', async () => {
    expect(await verdict(first)).toMatchObject({ ok: true });
    await sup.call('exchange:import', { path: writeBytes(sup, 'first.bmx', first), receiptOutPath: sup.dir });
    await refusedAs(first, 'REPLAY');
    const gap = await refusedAs(
      forge(unit, SUPERVISOR.unitCode, (m) => ({ ...m, seq: 5 })),
      'GAP',
    );
    expect(gap).toMatchObject({ missing: [2, 3, 4] });
    expect((gap as { message: string }).message).toContain('第 2、3、4 号');
    await refusedAs(
      forge(unit, SUPERVISOR.unitCode, (m) => ({ ...m, seq: 2, prevHash: 'a'.repeat(64) })),
      'FORK',
    );
  });

  it('every reason has its own exit code for the command line', () => {
    const codes = REFUSAL_ORDER.map((r) => REFUSAL_EXIT_CODES[r]);
    expect(new Set(codes).size).toBe(REFUSAL_ORDER.length);
    expect(codes).not.toContain(0);
  });
});
