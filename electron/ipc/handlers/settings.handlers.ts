import {
  currentSettings,
  updateSecuritySettings,
  updateSystemSettings,
} from '../../core/settings/settings.service';
import type { HandlerMap } from '../dispatch';

export const settingsHandlers: HandlerMap = {
  'settings:get': (core) => currentSettings(core),
  'settings:updateSecurity': (core, input) => updateSecuritySettings(core, input),
  'settings:updateSystem': (core, input) => updateSystemSettings(core, input),
};
