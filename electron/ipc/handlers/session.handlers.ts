import { unitInfo, appState, changePassword, lock, setup, unlock } from '../../core/session/session.service';
import type { HandlerMap } from '../dispatch';

export const sessionHandlers: HandlerMap = {
  'app:state': (core) => appState(core),
  'setup:create': (core, input) => setup(core, input),
  'session:unlock': (core, input) => unlock(core, input),
  'session:lock': (core) => lock(core),
  'session:changePassword': (core, input) => changePassword(core, input),
  'unit:get': (core) => unitInfo(core.session().db),
};
