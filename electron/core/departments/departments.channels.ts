// The departments domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import { DepartmentInput, DepartmentUpdateInput, type DepartmentView } from '../../ipc/schemas/departments';

export const departmentsChannels = channels('departments', {
  'departments:list': channel<DepartmentView[]>()(empty, 'register:read'),
  'departments:create': channel<DepartmentView>()(DepartmentInput, 'register:write'),
  'departments:update': channel<DepartmentView>()(DepartmentUpdateInput, 'register:write'),
});
