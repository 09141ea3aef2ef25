import {
  createCipheriv,
  createHash,
  createPrivateKey,
  diffieHellman,
  createPublicKey,
  sign,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRequestFilter, type RequestFilter } from '../../../electron/core/security/policy';
import {
  CRYPTO_CHECKS,
  checkDatabaseCipher,
  checkRequestFilter,
  runSelfTest,
  selfTestMessage,
} from '../../../electron/core/security/self-test';
import { tempDir } from '../../helpers/temp';

const filter = (): RequestFilter => createRequestFilter({ dev: false }, () => undefined);

describe('startup self-test', () => {
  it('passes on a sound installation: crypto, database cipher and request filter', async () => {
    expect(await runSelfTest(filter())).toEqual([]);
  });

  it('the known answers agree with an independent implementation (node:crypto / OpenSSL)', () => {
    // The vectors in self-test.ts are checked here against OpenSSL, so a mistyped constant cannot hide.
    expect(createHash('sha256').update('abc').digest('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const c = createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
    const ct = Buffer.concat([c.update(Buffer.alloc(16)), c.final(), c.getAuthTag()]);
    expect(ct.toString('hex')).toBe('cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919');
    const pkcs8 = (prefix: string, hex: string) =>
      createPrivateKey({ key: Buffer.from(prefix + hex, 'hex'), format: 'der', type: 'pkcs8' });
    const ed = pkcs8(
      '302e020100300506032b657004220420',
      '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    );
    expect(sign(null, Buffer.alloc(0), ed).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    const alice = pkcs8(
      '302e020100300506032b656e04220420',
      '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    );
    const bob = createPublicKey({
      key: Buffer.from(
        '302a300506032b656e032100de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
        'hex',
      ),
      format: 'der',
      type: 'spki',
    });
    expect(diffieHellman({ privateKey: alice, publicKey: bob }).toString('hex')).toBe(
      '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
    );
  });

  it('covers the whole crypto suite the app uses', () => {
    expect(CRYPTO_CHECKS.map((c) => c.check).join(' ')).toMatch(
      /SHA-256.*Ed25519.*X25519.*AES-256-GCM.*Argon2id/,
    );
  });

  it('the scratch database is encrypted with SQLCipher', () => {
    expect(() => checkDatabaseCipher(tempDir())).not.toThrow();
  });

  it('fails when the session lets an outside request through', () => {
    const leaky = Object.assign(
      (_d: { url: string }, cb: (r: { cancel: boolean }) => void) => cb({ cancel: false }),
      {
        blocked: () => 0,
      },
    );
    expect(() => checkRequestFilter(leaky)).toThrow(/not cancelled/);
  });

  it('fails when cancelled requests are not counted', () => {
    const uncounted = Object.assign(
      (_d: { url: string }, cb: (r: { cancel: boolean }) => void) => cb({ cancel: true }),
      {
        blocked: () => 0,
      },
    );
    expect(() => checkRequestFilter(uncounted)).toThrow();
  });

  it('a failure stops the app with a clear Chinese message naming the check', async () => {
    const leaky = Object.assign(
      (_d: { url: string }, cb: (r: { cancel: boolean }) => void) => cb({ cancel: false }),
      {
        blocked: () => 0,
      },
    );
    const failures = await runSelfTest(leaky);
    expect(failures.map((f) => f.check)).toEqual(['网络请求拦截']);
    const text = selfTestMessage(failures);
    expect(text).toMatch(/启动自检未通过/);
    expect(text).toMatch(/网络请求拦截/);
    expect(text).toMatch(/重新安装/);
  });
});
