import { readFileSync } from 'node:fs';
import { resolveOutputPath } from '../util/output-path';
import type { z } from 'zod';
import type {
  FingerprintSheet,
  KeyRotateInput,
  OwnKeyView,
  OwnKeysView,
  PublicKeyExportView,
} from '../../ipc/schemas/keys';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { activeKey, fingerprint, rotateKey, type KeyRow } from './keys';
import { parsePublicKeyFile, publicKeyFile } from './public-key';

function view(k: KeyRow): OwnKeyView {
  return {
    keyId: k.keyId,
    alg: k.alg,
    fingerprint: fingerprint(k.alg, k.publicKey),
    createdAt: k.createdAt,
    prevKeyId: k.prevKeyId,
  };
}

export function ownKeys(core: AppCore): OwnKeysView {
  const { db } = core.session();
  return { sign: view(activeKey(db, 'sign')), encrypt: view(activeKey(db, 'encrypt')) };
}

export function rotateOwnKey(core: AppCore, input: z.output<typeof KeyRotateInput>): OwnKeyView {
  const k = core.write(
    'key_rotate',
    'unit_key',
    (tx, ctx) => rotateKey(tx, input.purpose, ctx.now),
    (r) => ({ entityId: r.keyId, detail: { purpose: input.purpose, prev: r.prevKeyId } }),
  );
  return view(k);
}

/** The public key file for the supervisor (or a subordinate) to import after comparing its fingerprint. */
export function exportPublicKey(core: AppCore, outPath: string): PublicKeyExportView {
  const { db } = core.session();
  const f = publicKeyFile(db, core.now());
  const path = resolveOutputPath(outPath, `公钥-${f.body.unitCode}.bmkey`, '.bmkey', { overwrite: true });
  writeFileAtomic(path, `${JSON.stringify(f, null, 2)}\n`);
  // Read back: the file on the media must parse and verify before it is handed over.
  parsePublicKeyFile(readFileSync(path, 'utf8'));
  core.write(
    'key_export_public',
    'unit_key',
    () => null,
    () => ({ entityId: f.body.sign.keyId, detail: { path, fingerprint: f.body.fingerprint } }),
  );
  return {
    path,
    unitCode: f.body.unitCode,
    fingerprint: f.body.fingerprint,
    signKeyId: f.body.sign.keyId,
    encKeyId: f.body.encrypt.keyId,
  };
}

/** What the printable fingerprint sheet shows (the renderer lays it out). */
export function fingerprintSheet(core: AppCore): FingerprintSheet {
  const { db } = core.session();
  const f = publicKeyFile(db, core.now());
  return {
    unitCode: f.body.unitCode,
    unitName: f.body.unitName,
    fingerprint: f.body.fingerprint,
    signKeyId: f.body.sign.keyId,
    signCreatedAt: f.body.sign.createdAt,
    encKeyId: f.body.encrypt.keyId,
    encFingerprint: f.body.encrypt.fingerprint,
    printedAt: core.now(),
  };
}
