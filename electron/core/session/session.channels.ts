// The session domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import {
  type AppState,
  ChangePasswordInput,
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
  'session:unlock': channel<SessionAccount>()(UnlockInput, 'public'),
  'session:lock': channel<null>()(empty, 'public'),
  'session:changePassword': channel<null>()(ChangePasswordInput, 'self'),
  'session:actions': channel<Action[]>()(empty, 'self'),
  'session:unit': channel<UnitInfo>()(empty, 'self'),
});
