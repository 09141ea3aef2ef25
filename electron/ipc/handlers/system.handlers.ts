import { backupNow, restoreNow } from '../../core/backup/backup.actions';
import { listReminders } from '../../core/reminders/reminders.service';
import type { HandlerMap } from '../dispatch';

export const systemHandlers: HandlerMap = {
  'system:backup': (core, input) => backupNow(core, input),
  'system:restore': (core, input) => restoreNow(core, input),
  'reminders:list': (core) => listReminders(core),
};
