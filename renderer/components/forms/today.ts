// "Today" as the core writes its dates: the clerk's local calendar day (db/domain/dates), so a form's
// default date and the core's own `today` never disagree around midnight or across time zones.
import { dateOf } from '../../../db/domain/dates';

export function today(): string {
  return dateOf(new Date());
}

/** Now to the minute, as a `datetime-local` field holds it (`YYYY-MM-DDTHH:mm`). */
export function nowMinute(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${dateOf(d)}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** This month as `YYYY-MM`. */
export function thisMonth(): string {
  return today().slice(0, 7);
}
