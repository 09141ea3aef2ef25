// Building packages that a genuine sender would never write — validly signed and encrypted, but with a wrong
// sequence, previous hash, schema version or part hash — from the same building blocks the app uses.
import { buildOutgoing } from '../../../../electron/core/exchange/build';
import { buildPackage, CHUNK_SIZE } from '../../../../electron/core/exchange/container';
import { manifestBytes, type Manifest } from '../../../../electron/core/exchange/manifest';
import { b64, defaultSuite } from '../../../../electron/core/exchange/suite';
import { getCounterpart } from '../../../../electron/core/exchange/counterparts';
import { activeKey } from '../../../../electron/core/keys/keys';
import type { Site } from './helpers';

export function forge(
  from: Site,
  to: string,
  patch: (m: Manifest) => Manifest,
  /** Each part's plaintext, changed in place; the manifest then names the parts' new sizes and hashes. */
  editParts?: (parts: { id: string; bytes: Buffer }[]) => void,
): Uint8Array {
  const { db } = from.core.session();
  const receiver = getCounterpart(db, to);
  if (!receiver) throw new Error('receiver not registered');
  const now = from.core.now();
  const built = buildOutgoing(db, {
    receiver,
    profile: 'full',
    seq: 1,
    prevHash: '0'.repeat(64),
    base: null,
    year: 2026,
    now,
    today: now.slice(0, 10),
  });
  const suite = defaultSuite();
  let manifest = patch(structuredClone(built.manifest));
  let plain = Buffer.concat(built.plain);
  if (editParts) {
    let at = 0;
    const parts = manifest.parts.map((p) => ({
      id: p.id,
      bytes: Buffer.from(plain.subarray(at, (at += p.bytes))),
    }));
    editParts(parts);
    plain = Buffer.concat(parts.map((p) => p.bytes));
    const hex = (b: Buffer) => {
      const h = suite.hasher();
      h.update(b);
      return Buffer.from(h.digest()).toString('hex');
    };
    manifest = {
      ...manifest,
      parts: manifest.parts.map((p, i) => {
        const bytes = parts[i]?.bytes ?? Buffer.alloc(0);
        return { ...p, bytes: bytes.length, sha256: hex(bytes) };
      }),
    };
  }
  const signature = suite.sign(activeKey(db, 'sign').secretKey, manifestBytes(manifest));
  const { ephemeral, salt, key } = suite.seal(new Uint8Array(receiver.encPublicKey));
  const header = {
    manifest,
    signature: b64(signature),
    enc: { ephemeral: b64(ephemeral), salt: b64(salt), chunkSize: CHUNK_SIZE },
  };
  return buildPackage(suite, header, key, plain);
}

/** Rewrite the clear header of a package (prefix length adjusted), leaving the encrypted payload as it was. */
export function rewriteHeader(bytes: Uint8Array, fn: (h: Record<string, unknown>) => void): Uint8Array {
  const buf = Buffer.from(bytes);
  const len = buf.readUInt32BE(10);
  const header = JSON.parse(buf.subarray(14, 14 + len).toString('utf8')) as Record<string, unknown>;
  fn(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.from(buf.subarray(0, 14));
  prefix.writeUInt32BE(json.length, 10);
  return Buffer.concat([prefix, json, buf.subarray(14 + len)]);
}
