/**
 * A person's identity in the carrier register until the personnel register exists: department and name,
 * trimmed. Later a person row's key is `person:<id>` and the same columns hold it — no query changes.
 */
export function personKey(name: string, department?: string | null): string {
  const n = name.trim();
  const d = department?.trim();
  return d ? `${d}/${n}` : n;
}
