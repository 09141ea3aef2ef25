import {
  createAccount,
  disableAccount,
  listAccountViews,
  resetAccountPassword,
  rotateRecoveryCode,
  unlockAccount,
} from '../../core/accounts/accounts.service';
import type { HandlerMap } from '../dispatch';

export const accountsHandlers: HandlerMap = {
  'accounts:list': (core) => listAccountViews(core),
  'accounts:create': (core, input) => createAccount(core, input),
  'accounts:disable': (core, input) => disableAccount(core, input.accountId),
  'accounts:resetPassword': (core, input) => resetAccountPassword(core, input),
  'accounts:unlock': (core, input) => unlockAccount(core, input.accountId),
  'accounts:rotateRecovery': (core) => rotateRecoveryCode(core),
};
