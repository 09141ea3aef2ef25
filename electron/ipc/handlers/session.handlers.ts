import { unitInfo, appState, changePassword, lock, setup, unlock } from '../../core/session/session.service';
import { ACTIONS, can } from '../../core/accounts/permissions';
import type { HandlerMap } from '../dispatch';

export const sessionHandlers: HandlerMap = {
  'session:state': (core) => appState(core),
  'session:setup': (core, input) => setup(core, input),
  'session:unlock': (core, input) => unlock(core, input),
  'session:lock': (core) => lock(core),
  'session:changePassword': (core, input) => changePassword(core, input),
  // What the logged-in role may do, from the one permission table: the UI shows only what it can use.
  'session:actions': (core) => ACTIONS.filter((a) => can(core.session().account.role, a, core.adminMode())),
  'session:unit': (core) => unitInfo(core.session().db),
};
