import type { CarrierType } from './carriers';

// ---- Reporting (报送) between a unit and its supervisor — DOMAIN.md "supervisor", exchange FORMAT.md ----

/** Who a registered counterpart is to this unit. */
export const COUNTERPART_ROLES = ['supervisor', 'subordinate'] as const;
export type CounterpartRole = (typeof COUNTERPART_ROLES)[number];

/** What a package carries: everything, what changed since the last acknowledged one, or the yearly report. */
export const EXCHANGE_PROFILES = ['full', 'incremental', 'annual'] as const;
export type ExchangeProfile = (typeof EXCHANGE_PROFILES)[number];

/** The media a package is written to; the medium is itself a carrier of that type in the register. */
export const EXPORT_MEDIA_TYPES = ['usb', 'cd', 'disk'] as const satisfies readonly CarrierType[];
export type ExportMediaType = (typeof EXPORT_MEDIA_TYPES)[number];

/** The stable reasons a package or receipt is refused, in the order they are checked (FORMAT.md). */
export const REFUSAL_REASONS = [
  'NOT_PACKAGE',
  'UNKNOWN_FORMAT',
  'UNKNOWN_SENDER_KEY',
  'BAD_SIGNATURE',
  'WRONG_RECEIVER',
  'DECRYPT_FAILED',
  'PART_HASH_MISMATCH',
  'REPLAY',
  'GAP',
  'FORK',
  'UNKNOWN_SCHEMA',
  'AUDIT_NOT_EXTENDED',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
