// The keys domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import {
  type FingerprintSheet,
  KeyExportInput,
  KeyRotateInput,
  type OwnKeysView,
  type OwnKeyView,
  type PublicKeyExportView,
} from '../../ipc/schemas/keys';

export const keysChannels = channels('keys', {
  'keys:own': channel<OwnKeysView>()(empty, 'self'),
  'keys:rotate': channel<OwnKeyView>()(KeyRotateInput, 'system:manage'),
  'keys:exportPublic': channel<PublicKeyExportView>()(KeyExportInput, 'system:manage'),
  'keys:fingerprintSheet': channel<FingerprintSheet>()(empty, 'self'),
});
