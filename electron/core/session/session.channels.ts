// The session domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import {
  type AppState,
  ChangePasswordInput,
  type CleanStartResult,
  type SessionAccount,
  SetupInput,
  type SetupResult,
  type UnitInfo,
  UnlockInput,
} from '../../ipc/schemas/session';
import type { Action } from '../util/permissions';

export const sessionChannels = channels('session', {
  'session:state': channel<AppState>()(empty, 'public'),
  'session:setup': channel<SetupResult>()(SetupInput, 'public'),
  // Before any login, as setup is: an interrupted first run has no account yet. It only renames files.
  'session:cleanStart': channel<CleanStartResult>()(empty, 'public'),
  'session:unlock': channel<SessionAccount>()(UnlockInput, 'public'),
  'session:lock': channel<null>()(empty, 'public'),
  'session:changePassword': channel<null>()(ChangePasswordInput, 'self'),
  'session:actions': channel<Action[]>()(empty, 'self'),
  'session:unit': channel<UnitInfo>()(empty, 'self'),
});
