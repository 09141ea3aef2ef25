import { blob, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * This installation's own key pairs (signing: Ed25519; encryption: X25519), made at setup. The secret halves
 * live only here, inside the encrypted database. A rotated signing key is endorsed by its predecessor.
 */
export const unitKeys = sqliteTable(
  'unit_keys',
  {
    /** First 16 bytes of SHA-256 over (alg, public key), hex. */
    keyId: text('key_id').primaryKey(),
    purpose: text('purpose', { enum: ['sign', 'encrypt'] }).notNull(),
    alg: text('alg', { enum: ['ed25519', 'x25519'] }).notNull(),
    publicKey: blob('public_key', { mode: 'buffer' }).notNull(),
    secretKey: blob('secret_key', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
    retiredAt: text('retired_at'),
    prevKeyId: text('prev_key_id'),
    /** Base64 Ed25519 signature by the previous signing key over the new key's canonical description. */
    endorsement: text('endorsement'),
  },
  (t) => [index('unit_keys_purpose_idx').on(t.purpose, t.retiredAt)],
);
