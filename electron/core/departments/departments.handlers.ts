// The departments domain's handlers: one function per channel of departments.channels.ts, each calling the domain's code.
import { createDepartment, listDepartments, updateDepartment } from './departments.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const departmentsHandlers: DomainHandlers<'departments'> = {
  'departments:list': (core) => listDepartments(core.session().db),
  'departments:create': (core, input) => createDepartment(core, input),
  'departments:update': (core, input) => updateDepartment(core, input),
};
