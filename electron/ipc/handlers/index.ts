import { assertComplete, mergeHandlers, type FullHandlerMap } from '../dispatch';
import { accountsHandlers } from './accounts.handlers';
import { approvalsHandlers } from './approvals.handlers';
import { auditHandlers } from './audit.handlers';
import { carriersHandlers } from './carriers.handlers';
import { exchangeHandlers } from './exchange.handlers';
import { keysHandlers } from './keys.handlers';
import { personsHandlers } from './persons.handlers';
import { sessionHandlers } from './session.handlers';
import { settingsHandlers } from './settings.handlers';
import { systemHandlers } from './system.handlers';

/** Every domain's handlers, merged; start-up fails if a channel is handled twice or not at all. */
export function allHandlers(): FullHandlerMap {
  return assertComplete(
    mergeHandlers(
      sessionHandlers,
      auditHandlers,
      approvalsHandlers,
      accountsHandlers,
      settingsHandlers,
      systemHandlers,
      keysHandlers,
      carriersHandlers,
      exchangeHandlers,
      personsHandlers,
    ),
  );
}
