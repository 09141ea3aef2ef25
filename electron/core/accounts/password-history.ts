import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { passwordHistory } from '../../../db/schema';

type Tx = Pick<Db, 'select' | 'insert'>;

function mac(dataKey: Uint8Array, accountId: number, password: string): string {
  const k = hkdf(sha256, dataKey, undefined, new TextEncoder().encode('baomi/password-history/v1'), 32);
  const m = bytesToHex(
    hmac(sha256, k, new TextEncoder().encode(`${accountId}\u0000${password.normalize('NFC')}`)),
  );
  k.fill(0);
  return m;
}

/** True when the password is one of the account's last `n` passwords (the current one included). */
export function isReused(
  tx: Tx,
  dataKey: Uint8Array,
  accountId: number,
  password: string,
  n: number,
): boolean {
  const m = mac(dataKey, accountId, password);
  const recent = tx
    .select({ mac: passwordHistory.mac })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, accountId))
    .orderBy(desc(passwordHistory.id))
    .limit(n)
    .all();
  return recent.some((r) => r.mac === m);
}

export function rememberPassword(
  tx: Tx,
  dataKey: Uint8Array,
  accountId: number,
  password: string,
  now: string,
): void {
  tx.insert(passwordHistory)
    .values({ accountId, mac: mac(dataKey, accountId, password), createdAt: now })
    .run();
}
