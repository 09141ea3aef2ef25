import type { Reminder } from '../../ipc/schemas/reminders';
import type { AppCore } from '../app-core';

/** One source of reminders: each domain that has something falling due offers one (via its public entry). */
export type ReminderSource = (core: AppCore, now: Date) => Reminder[];
