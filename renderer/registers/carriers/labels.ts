// Today and now as the carrier forms prefill them (the labels of the carrier vocabulary are in
// db/domain/labels.ts).

/** Today as the core's dates are written (local calendar day). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function nowMinute(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${todayIso()}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
