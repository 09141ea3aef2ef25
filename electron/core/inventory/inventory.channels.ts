// The inventory domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import {
  InventoryCheckInput,
  InventoryCheckRestInput,
  InventoryCloseInput,
  type InventoryDetail,
  InventoryGetInput,
  type InventoryLineView,
  InventoryListInput,
  InventoryResolveInput,
  InventoryScanInput,
  type InventoryScanResult,
  InventoryStartInput,
  type InventoryView,
} from '../../ipc/schemas/inventory';

export const inventoryChannels = channels('inventory', {
  'inventory:list': channel<Page<InventoryView>>()(InventoryListInput, 'register:read'),
  'inventory:start': channel<InventoryView>()(InventoryStartInput, 'register:write'),
  'inventory:get': channel<InventoryDetail>()(InventoryGetInput, 'register:read'),
  'inventory:check': channel<InventoryView>()(InventoryCheckInput, 'register:write'),
  'inventory:close': channel<InventoryView>()(InventoryCloseInput, 'register:write'),
  'inventory:discrepancies': channel<Page<InventoryLineView>>()(InventoryListInput, 'register:read'),
  'inventory:resolve': channel<InventoryLineView>()(InventoryResolveInput, 'register:write'),
  'inventory:scan': channel<InventoryScanResult>()(InventoryScanInput, 'register:write'),
  'inventory:checkRest': channel<InventoryView>()(InventoryCheckRestInput, 'register:write'),
});
