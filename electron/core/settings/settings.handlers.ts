// The settings domain's handlers: one function per channel of settings.channels.ts, each calling the domain's code.
import { currentSettings, updateSecuritySettings, updateSystemSettings } from './settings.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings:get': (core) => currentSettings(core),
  'settings:updateSecurity': (core, input) => updateSecuritySettings(core, input),
  'settings:updateSystem': (core, input) => updateSystemSettings(core, input),
};
