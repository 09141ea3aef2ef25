// Calendar dates as `YYYY-MM-DD` strings: they sort as text, index well and carry no time zone. Pure and
// shared: the core, the CLI, the prints and the renderer count days the same way.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall-calendar date of an instant in the machine's local time (the clerk's "today"). */
export function dateOf(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** date + years + months; the 29th–31st clamp to the end of a shorter month (2024-02-29 + 1y = 2025-02-28). */
export function addPeriod(date: string, years: number, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, last))}`;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
