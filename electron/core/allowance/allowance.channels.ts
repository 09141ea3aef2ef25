// The allowance domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  AllowanceCreateInput,
  AllowanceGetInput,
  AllowanceListInput,
  type AllowanceStatementRow,
  type AllowanceStatementView,
} from '../../ipc/schemas/allowance';
import type { Page } from '../../ipc/schemas/common';

export const allowanceChannels = channels('allowance', {
  'allowance:list': channel<Page<AllowanceStatementRow>>()(AllowanceListInput, 'register:read'),
  'allowance:get': channel<AllowanceStatementView>()(AllowanceGetInput, 'register:read'),
  'allowance:create': channel<AllowanceStatementView>()(AllowanceCreateInput, 'register:write'),
});
