// The session domain's handlers: one function per channel of session.channels.ts, each calling the domain's code.
import { ACTIONS, can } from '../util/permissions';
import { appState, changePassword, cleanStart, lock, setup, unlock } from './session.service';
import { unitInfo } from './unit-info';
import type { DomainHandlers } from '../../ipc/dispatch';

export const sessionHandlers: DomainHandlers<'session'> = {
  'session:state': (core) => appState(core),
  'session:setup': (core, input) => setup(core, input),
  'session:cleanStart': (core) => cleanStart(core),
  'session:unlock': (core, input) => unlock(core, input),
  'session:lock': (core) => lock(core),
  'session:changePassword': (core, input) => changePassword(core, input),
  // What the logged-in role may do, from the one permission table: the UI shows only what it can use.
  'session:actions': (core) => ACTIONS.filter((a) => can(core.session().account.role, a, core.adminMode())),
  'session:unit': (core) => unitInfo(core.session().db),
};
