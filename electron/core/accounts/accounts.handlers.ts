// The accounts domain's handlers: one function per channel of accounts.channels.ts, each calling the domain's code.
import {
  createAccount,
  disableAccount,
  listAccountViews,
  resetAccountPassword,
  rotateRecoveryCode,
  unlockAccount,
} from './accounts.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const accountsHandlers: DomainHandlers<'accounts'> = {
  'accounts:list': (core) => listAccountViews(core),
  'accounts:create': (core, input) => createAccount(core, input),
  'accounts:disable': (core, input) => disableAccount(core, input.accountId),
  'accounts:resetPassword': (core, input) => resetAccountPassword(core, input),
  'accounts:unlock': (core, input) => unlockAccount(core, input.accountId),
  'accounts:rotateRecovery': (core) => rotateRecoveryCode(core),
};
