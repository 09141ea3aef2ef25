import { backupNow, restoreNow } from '../../core/backup/backup.actions';
import type { HandlerMap } from '../dispatch';

export const systemHandlers: HandlerMap = {
  'system:backup': (core, input) => backupNow(core, input),
  'system:restore': (core, input) => restoreNow(core, input),
};
