import type { z } from 'zod';
import type { KeyRotateInput, OwnKeyView, OwnKeysView } from '../../ipc/schemas/keys';
import type { AppCore } from '../app-core';
import { activeKey, fingerprint, rotateKey, type KeyRow } from './keys';

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
    (tx) => rotateKey(tx, input.purpose, core.now()),
    (r) => ({
      action: 'key_rotate',
      entity: 'unit_key',
      entityId: r.keyId,
      detail: { purpose: input.purpose, prev: r.prevKeyId },
    }),
  );
  return view(k);
}
