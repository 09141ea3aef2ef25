// The keys domain's handlers: one function per channel of keys.channels.ts, each calling the domain's code.
import { exportPublicKey, fingerprintSheet, ownKeys, rotateOwnKey } from './keys.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const keysHandlers: DomainHandlers<'keys'> = {
  'keys:exportPublic': (core, input) => exportPublicKey(core, input.outPath),
  'keys:fingerprintSheet': (core) => fingerprintSheet(core),
  'keys:own': (core) => ownKeys(core),
  'keys:rotate': (core, input) => rotateOwnKey(core, input),
};
