import { backupNow, restoreNow } from '../../core/backup/backup.actions';
import { getAttachment, uploadAttachment } from '../../core/attachments/attachments.service';
import { exportPdf } from '../../core/print/print.service';
import { listReminders } from '../../core/reminders/reminders.service';
import type { HandlerMap } from '../dispatch';

export const systemHandlers: HandlerMap = {
  'backup:create': (core, input) => backupNow(core, input),
  'backup:restore': (core, input) => restoreNow(core, input),
  'reminders:list': (core) => listReminders(core),
  'print:toPdf': (core, input) => exportPdf(core, input),
  'attachments:upload': (core, input) => uploadAttachment(core, input),
  'attachments:get': (core, input) => getAttachment(core, input),
};
