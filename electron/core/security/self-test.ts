import { gcm } from '@noble/ciphers/aes.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils.js';
import { argon2id } from 'hash-wasm';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, isPlaintextSqlite, openDatabase } from '../../../db/open';
import { argon2idInThread } from '../vault/kdf';
import { APP_ORIGIN, type RequestFilter } from './policy';

/**
 * The startup self-test (DESIGN.md, Security of the shell): before any window opens, main proves that the
 * crypto suite computes what it must, that a new database file really is encrypted with SQLCipher, and
 * that the session's request filter cancels an outside request. Known-answer vectors come from the RFCs
 * and the reference implementations, so a broken or substituted library cannot pass by agreeing with
 * itself. A failure stops the app: working on with broken crypto would silently produce unreadable keys
 * or plaintext files.
 */
export interface SelfTestFailure {
  /** What failed, in Chinese, for the error box. */
  check: string;
  detail: string;
}

interface Check {
  check: string;
  run: () => void | Promise<void>;
}

function expectHex(actual: Uint8Array | string, expected: string, what: string): void {
  const hex = typeof actual === 'string' ? actual : bytesToHex(actual);
  if (hex !== expected)
    throw new Error(`${what}: got ${hex.slice(0, 16)}…, expected ${expected.slice(0, 16)}…`);
}

function expectTrue(value: boolean, what: string): void {
  if (!value) throw new Error(what);
}

// RFC 8032 §7.1, test 1 (empty message).
const ED_SECRET = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const ED_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const ED_SIG =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
// RFC 7748 §6.1.
const X_ALICE_SECRET = '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a';
const X_BOB_PUBLIC = 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f';
const X_SHARED = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
// The GCM specification (McGrew & Viega), test case 14: zero 256-bit key, zero IV, one zero block.
const GCM_CT_TAG = 'cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919';
// FIPS 180-2, "abc".
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
// phc-winner-argon2 test.c: Argon2id v1.3, t=2, m=2^8 KiB, p=1, "password"/"somesalt".
const ARGON2ID = '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe';
/** The RFC test vector's input, asked of the in-process derivation and of the thread alike. */
const ARGON2ID_INPUT = {
  password: 'password',
  salt: 'somesalt',
  iterations: 2,
  memorySize: 256,
  parallelism: 1,
  hashLength: 32,
} as const;

export const CRYPTO_CHECKS: readonly Check[] = [
  {
    check: 'SHA-256 摘要',
    run: () => expectHex(sha256(new TextEncoder().encode('abc')), SHA256_ABC, 'sha256'),
  },
  {
    check: 'Ed25519 签名',
    run: () => {
      const secret = hexToBytes(ED_SECRET);
      expectHex(ed25519.getPublicKey(secret), ED_PUBLIC, 'ed25519 public key');
      const sig = ed25519.sign(new Uint8Array(0), secret);
      expectHex(sig, ED_SIG, 'ed25519 signature');
      expectTrue(
        ed25519.verify(sig, new Uint8Array(0), hexToBytes(ED_PUBLIC)),
        'ed25519 rejects a good signature',
      );
      expectTrue(
        !ed25519.verify(sig, new Uint8Array([1]), hexToBytes(ED_PUBLIC)),
        'ed25519 accepts a forgery',
      );
    },
  },
  {
    check: 'X25519 密钥协商',
    run: () =>
      expectHex(
        x25519.getSharedSecret(hexToBytes(X_ALICE_SECRET), hexToBytes(X_BOB_PUBLIC)),
        X_SHARED,
        'x25519',
      ),
  },
  {
    check: 'AES-256-GCM 加密',
    run: () => {
      const sealed = gcm(new Uint8Array(32), new Uint8Array(12)).encrypt(new Uint8Array(16));
      expectHex(sealed, GCM_CT_TAG, 'aes-256-gcm');
      const tampered = sealed.slice();
      tampered[0] = (tampered[0] ?? 0) ^ 1;
      let refused = false;
      try {
        gcm(new Uint8Array(32), new Uint8Array(12)).decrypt(tampered);
      } catch {
        refused = true;
      }
      expectTrue(refused, 'aes-256-gcm accepts a tampered ciphertext');
    },
  },
  {
    check: 'Argon2id 口令派生',
    run: async () => {
      const out = await argon2id({ ...ARGON2ID_INPUT, outputType: 'hex' });
      expectHex(out, ARGON2ID, 'argon2id');
    },
  },
  {
    // Keys are derived in a worker thread from a second copy of the same code (the bundle's source text): it
    // must give the same answer, and here is where the packaged app first proves its threads start at all.
    check: 'Argon2id 口令派生（独立线程）',
    run: async () => {
      const out = await argon2idInThread(ARGON2ID_INPUT);
      expectHex(out, ARGON2ID, 'argon2id in a thread');
    },
  },
];

const PLAIN_HEADER = 'SQLite format 3';

/** Create, write and close a scratch database under a random key, then look at the file itself. */
export function checkDatabaseCipher(dir: string): void {
  const path = join(dir, 'self-test.db');
  const db = openDatabase(path, randomBytes(32), { create: true });
  let cipher: unknown;
  try {
    cipher = db.$client.pragma('cipher', { simple: true });
    db.$client.exec("CREATE TABLE probe (v TEXT) STRICT; INSERT INTO probe VALUES ('保密自检');");
  } finally {
    closeDatabase(db);
  }
  expectTrue(cipher === 'sqlcipher', `database cipher is ${String(cipher)}, expected sqlcipher`);
  expectTrue(!isPlaintextSqlite(path), 'database file starts with the plaintext SQLite header');
  const head = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    expectTrue(readSync(fd, head, 0, head.length, 0) === head.length, 'database file is empty');
  } finally {
    closeSync(fd);
  }
  expectTrue(!head.toString('latin1').startsWith(PLAIN_HEADER), 'database file is not encrypted');
}

/** Feed the session's own filter an outside request and an app request; only the first may be cancelled. */
export function checkRequestFilter(filter: RequestFilter): void {
  const before = filter.blocked();
  for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd']) {
    let cancel: boolean | undefined;
    filter({ url }, (r) => (cancel = r.cancel));
    expectTrue(cancel === true, `request to ${url} was not cancelled`);
  }
  let appCancel: boolean | undefined;
  filter({ url: `${APP_ORIGIN}/index.html` }, (r) => (appCancel = r.cancel));
  expectTrue(appCancel === false, 'the app page itself was cancelled');
  expectTrue(filter.blocked() === before + 3, 'cancelled requests were not counted');
}

/** Run every check; an empty list means the app may start. */
export async function runSelfTest(filter: RequestFilter): Promise<SelfTestFailure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'baomi-selftest-'));
  const checks: Check[] = [
    ...CRYPTO_CHECKS,
    { check: '数据库加密（SQLCipher）', run: () => checkDatabaseCipher(dir) },
    { check: '网络请求拦截', run: () => checkRequestFilter(filter) },
  ];
  const failures: SelfTestFailure[] = [];
  try {
    for (const c of checks) {
      try {
        await c.run();
      } catch (e) {
        failures.push({ check: c.check, detail: e instanceof Error ? e.message : String(e) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

/** The error box text: which checks failed and what the clerk should do. */
export function selfTestMessage(failures: readonly SelfTestFailure[]): string {
  return [
    '保密工作台启动自检未通过，程序已停止，以免在加密或隔离失效的情况下处理涉密数据。',
    '',
    ...failures.map((f) => `· ${f.check}：${f.detail}`),
    '',
    '请勿继续使用本机上的该程序副本。请联系系统管理员，用经过校验的安装包重新安装。',
  ].join('\n');
}
