// The reminders domain's handlers: one function per channel of reminders.channels.ts, each calling the domain's code.
import { listReminders } from './reminders.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const remindersHandlers: DomainHandlers<'reminders'> = {
  'reminders:list': (core) => listReminders(core),
};
