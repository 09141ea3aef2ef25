// The settings domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import { SecuritySettingsInput, SystemSettingsInput, type UnitSettings } from '../../ipc/schemas/settings';

export const settingsChannels = channels('settings', {
  'settings:get': channel<UnitSettings>()(empty, 'self'),
  'settings:updateSecurity': channel<UnitSettings>()(SecuritySettingsInput, 'account:manage'),
  'settings:updateSystem': channel<UnitSettings>()(SystemSettingsInput, 'system:manage'),
});
