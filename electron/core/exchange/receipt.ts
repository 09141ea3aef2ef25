// The receipt (.bmr) the supervisor sends back: signed, not encrypted (it holds only numbers and hashes).
import { z } from 'zod';
import { canonicalJson } from '../util/canonical-json';
import { b64, defaultSuite, suiteById } from './suite';

export const RECEIPT_FORMAT = 'baomi-receipt';

export const ReceiptBodySchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  version: z.literal(1),
  suite: z.string(),
  /** The supervisor that imported the package, and its signing key. */
  from: z.object({ unitCode: z.string(), signKeyId: z.string() }),
  /** The unit that sent it. */
  to: z.object({ unitCode: z.string() }),
  /** The supervisor's reporting chain of the unit, from 2 on (after 重新建立报送关系); absent for the first. */
  chain: z.number().int().min(2).optional(),
  seq: z.number().int().min(1),
  packageHash: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string(),
  counts: z.record(z.string(), z.number().int()),
});
export type ReceiptBody = z.output<typeof ReceiptBodySchema>;

export function signReceipt(
  body: Omit<ReceiptBody, 'format' | 'version' | 'suite'>,
  secretKey: Uint8Array,
): string {
  const suite = defaultSuite();
  const full: ReceiptBody = { format: RECEIPT_FORMAT, version: 1, suite: suite.id, ...body };
  const sig = suite.sign(secretKey, new TextEncoder().encode(canonicalJson(full)));
  return JSON.stringify({ body: full, signature: b64(sig) });
}

export type ParsedReceipt =
  { ok: true; body: ReceiptBody; check(publicKey: Uint8Array): boolean } | { ok: false };

export function parseReceipt(text: string): ParsedReceipt {
  let raw: { body?: unknown; signature?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    return { ok: false };
  }
  const parsed = ReceiptBodySchema.safeParse(raw?.body);
  const suite = parsed.success ? suiteById(parsed.data.suite) : undefined;
  if (!parsed.success || !suite || typeof raw.signature !== 'string') return { ok: false };
  const signature = Buffer.from(raw.signature, 'base64');
  const signed = new TextEncoder().encode(canonicalJson(raw.body));
  return {
    ok: true,
    body: parsed.data,
    check: (publicKey) =>
      signature.toString('base64') === raw.signature && suite.verify(publicKey, signed, signature),
  };
}
