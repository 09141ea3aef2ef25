import { exportAudit } from '../../core/audit/audit-export';
import { ownKeys, rotateOwnKey } from '../../core/keys/keys.service';
import type { HandlerMap } from '../dispatch';

export const keysHandlers: HandlerMap = {
  'keys:own': (core) => ownKeys(core),
  'keys:rotate': (core, input) => rotateOwnKey(core, input),
  'audit:export': (core, input) => exportAudit(core, input.outDir),
};
