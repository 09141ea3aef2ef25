// The accounts domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  AccountCreateInput,
  AccountIdInput,
  AccountResetInput,
  type AccountView,
} from '../../ipc/schemas/accounts';
import { empty } from '../../ipc/schemas/common';

export const accountsChannels = channels('accounts', {
  'accounts:list': channel<AccountView[]>()(empty, 'account:manage'),
  'accounts:create': channel<AccountView>()(AccountCreateInput, 'account:manage'),
  'accounts:disable': channel<AccountView>()(AccountIdInput, 'account:manage'),
  'accounts:resetPassword': channel<AccountView>()(AccountResetInput, 'account:manage'),
  'accounts:unlock': channel<AccountView>()(AccountIdInput, 'account:manage'),
  'accounts:rotateRecovery': channel<{ recoveryCode: string }>()(empty, 'account:manage'),
});
