// The reminders domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import type { Reminder } from '../../ipc/schemas/reminders';

export const remindersChannels = channels('reminders', {
  'reminders:list': channel<Reminder[]>()(empty, 'self'),
});
