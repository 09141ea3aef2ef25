/**
 * A person's identity across registers where no person row is named: department and name, trimmed. A
 * person row's key is `person:<id>` and the same columns hold it, so no query changes.
 */
export function personKey(name: string, department?: string | null): string {
  const n = name.trim();
  const d = department?.trim();
  return d ? `${d}/${n}` : n;
}
