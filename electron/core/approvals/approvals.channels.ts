// The approvals domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  ApprovalListInput,
  ApprovalRecordInput,
  type ApprovalView,
  RequestCreateInput,
  RequestDecideInput,
  RequestIdInput,
  RequestListInput,
  type RequestView,
} from '../../ipc/schemas/approvals';
import type { Page } from '../../ipc/schemas/common';

export const approvalsChannels = channels('approvals', {
  'approvals:list': channel<Page<ApprovalView>>()(ApprovalListInput, 'register:read'),
  'approvals:record': channel<ApprovalView>()(ApprovalRecordInput, 'register:write'),
  'approvals:request': channel<RequestView>()(RequestCreateInput, 'register:write'),
  'approvals:requests': channel<Page<RequestView>>()(RequestListInput, 'register:read'),
  'approvals:decide': channel<RequestView>()(RequestDecideInput, 'approval:decide'),
  'approvals:withdraw': channel<RequestView>()(RequestIdInput, 'register:write'),
});
