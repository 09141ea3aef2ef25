import { backupNow, restoreNow } from '../../core/backup/backup.actions';
import { exportPdf } from '../../core/print/print.service';
import { listReminders } from '../../core/reminders/reminders.service';
import type { HandlerMap } from '../dispatch';

export const systemHandlers: HandlerMap = {
  'system:backup': (core, input) => backupNow(core, input),
  'system:restore': (core, input) => restoreNow(core, input),
  'reminders:list': (core) => listReminders(core),
  'print:toPdf': (core, input) => exportPdf(core, input),
};
