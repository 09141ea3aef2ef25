// What the clerk left empty is not sent: optional fields stay absent, so the core's defaults apply.

/** Drop `''`, null (a cleared number box) and undefined, at every depth. */
export function clean<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clean) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined && x !== '')
        .map(([k, x]) => [k, clean(x)]),
    ) as T;
  }
  return v;
}
