// The leaving domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import {
  LeavingAccountInput,
  LeavingApproveInput,
  LeavingCarriersInput,
  LeavingDevicesInput,
  LeavingIdInput,
  LeavingListInput,
  LeavingPledgeInput,
  LeavingStartInput,
  LeavingTalkInput,
  type LeavingView,
} from '../../ipc/schemas/leaving';

export const leavingChannels = channels('leaving', {
  'leaving:list': channel<Page<LeavingView>>()(LeavingListInput, 'register:read'),
  'leaving:get': channel<LeavingView>()(LeavingIdInput, 'register:read'),
  'leaving:start': channel<LeavingView>()(LeavingStartInput, 'register:write'),
  'leaving:talk': channel<LeavingView>()(LeavingTalkInput, 'register:write'),
  'leaving:carriers': channel<LeavingView>()(LeavingCarriersInput, 'register:write'),
  'leaving:devices': channel<LeavingView>()(LeavingDevicesInput, 'register:write'),
  'leaving:account': channel<LeavingView>()(LeavingAccountInput, 'register:write'),
  'leaving:pledge': channel<LeavingView>()(LeavingPledgeInput, 'register:write'),
  'leaving:approve': channel<LeavingView>()(LeavingApproveInput, 'register:write'),
  'leaving:cancel': channel<LeavingView>()(LeavingIdInput, 'register:write'),
});
