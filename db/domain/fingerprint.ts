// How a key's fingerprint is written, in one place for the core, the CLI, the audit log, the screens and the
// prints: its hex in capitals, in groups of four, read aloud and checked group by group.

/** The groups of four of a fingerprint or key id, whatever spacing, dashes or case it was given in. */
export function fingerprintGroups(value: string): string[] {
  const clean = value.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return clean.match(/.{1,4}/g) ?? [];
}

/** A fingerprint as text: its groups with one space between them. */
export function fingerprintText(value: string): string {
  return fingerprintGroups(value).join(' ');
}
