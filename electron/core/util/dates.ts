// The floor's dates: the pure helpers of db/domain/dates, and "today" read from the core's injected clock.
import { dateOf } from '../../../db/domain/dates';
import type { Clock } from './clock';

export { addDays, addPeriod, dateOf, yearOf } from '../../../db/domain/dates';

/** Today on the clerk's wall calendar (the machine's local time), from the injected clock. */
export function today(clock: Clock): string {
  return dateOf(clock.now());
}
