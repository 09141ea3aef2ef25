// The devices domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  type DeviceDetail,
  DeviceIdInput,
  DeviceListInput,
  DeviceRegisterInput,
  type DeviceRow,
  HeldByPersonInput,
  type HeldDeviceView,
} from '../../ipc/schemas/devices';
import {
  DeviceBorrowInput,
  DeviceCarryOutInput,
  DeviceChangeInput,
  DeviceCheckInput,
  DeviceDestroyInput,
  DeviceDowngradeInput,
  DeviceGiveBackInput,
  DeviceIssueInput,
  DeviceRepairDoneInput,
  DeviceRepairInput,
  DeviceRetireInput,
  DeviceReturnInput,
  DeviceUsageInput,
} from '../../ipc/schemas/devices-actions';
import {
  DeviceCheckScheduleInput,
  type DeviceCheckScheduleRow,
  type DeviceCheckView,
  DeviceRepairListInput,
  type DeviceRepairRow,
  DeviceUsageListInput,
  type DeviceUsageView,
} from '../../ipc/schemas/devices-usage';
import { empty, type Page } from '../../ipc/schemas/common';
import {
  DeviceDiscrepancyListInput,
  DeviceInventoryCheckInput,
  DeviceInventoryCloseInput,
  type DeviceInventoryDetail,
  DeviceInventoryGetInput,
  type DeviceInventoryLineView,
  DeviceInventoryListInput,
  DeviceInventoryResolveInput,
  DeviceInventoryStartInput,
  type DeviceInventoryView,
} from '../../ipc/schemas/devices-inventory';
import { type DeviceSettings, DeviceSettingsInput } from '../../ipc/schemas/devices-settings';

export const devicesChannels = channels('devices', {
  'devices:list': channel<Page<DeviceRow>>()(DeviceListInput, 'register:read'),
  'devices:get': channel<DeviceDetail>()(DeviceIdInput, 'register:read'),
  'devices:register': channel<DeviceDetail>()(DeviceRegisterInput, 'register:write'),
  'devices:issue': channel<DeviceDetail>()(DeviceIssueInput, 'register:write'),
  'devices:giveBack': channel<{ returned: string[] }>()(DeviceGiveBackInput, 'register:write'),
  'devices:borrow': channel<DeviceDetail>()(DeviceBorrowInput, 'register:write'),
  'devices:carryOut': channel<DeviceDetail>()(DeviceCarryOutInput, 'register:write'),
  'devices:return': channel<DeviceDetail>()(DeviceReturnInput, 'register:write'),
  'devices:change': channel<DeviceDetail>()(DeviceChangeInput, 'register:write'),
  'devices:repair': channel<DeviceDetail>()(DeviceRepairInput, 'register:write'),
  'devices:repairDone': channel<DeviceDetail>()(DeviceRepairDoneInput, 'register:write'),
  'devices:retire': channel<DeviceDetail>()(DeviceRetireInput, 'register:write'),
  'devices:destroy': channel<DeviceDetail>()(DeviceDestroyInput, 'register:write'),
  'devices:downgrade': channel<DeviceDetail>()(DeviceDowngradeInput, 'register:write'),
  'devices:addUsage': channel<{ id: number }>()(DeviceUsageInput, 'register:write'),
  'devices:usage': channel<Page<DeviceUsageView>>()(DeviceUsageListInput, 'register:read'),
  'devices:repairs': channel<Page<DeviceRepairRow>>()(DeviceRepairListInput, 'register:read'),
  'devices:addCheck': channel<{ id: number }>()(DeviceCheckInput, 'register:write'),
  'devices:checks': channel<DeviceCheckView[]>()(DeviceIdInput, 'register:read'),
  'devices:checkSchedule': channel<Page<DeviceCheckScheduleRow>>()(DeviceCheckScheduleInput, 'register:read'),
  'devices:settings': channel<DeviceSettings>()(empty, 'register:read'),
  'devices:updateSettings': channel<DeviceSettings>()(DeviceSettingsInput, 'register:write'),
  'devices:inventories': channel<Page<DeviceInventoryView>>()(DeviceInventoryListInput, 'register:read'),
  'devices:inventoryStart': channel<DeviceInventoryView>()(DeviceInventoryStartInput, 'register:write'),
  'devices:inventory': channel<DeviceInventoryDetail>()(DeviceInventoryGetInput, 'register:read'),
  'devices:inventoryCheck': channel<DeviceInventoryView>()(DeviceInventoryCheckInput, 'register:write'),
  'devices:inventoryClose': channel<DeviceInventoryView>()(DeviceInventoryCloseInput, 'register:write'),
  'devices:discrepancies': channel<Page<DeviceInventoryLineView>>()(
    DeviceDiscrepancyListInput,
    'register:read',
  ),
  'devices:inventoryResolve': channel<DeviceInventoryLineView>()(
    DeviceInventoryResolveInput,
    'register:write',
  ),
  'devices:heldBy': channel<HeldDeviceView[]>()(HeldByPersonInput, 'register:read'),
});
