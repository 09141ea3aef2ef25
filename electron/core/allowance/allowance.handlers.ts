// The allowance domain's handlers: one function per channel of allowance.channels.ts, each calling the domain's code.
import { createStatement, listStatements, statementView } from './allowance.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const allowanceHandlers: DomainHandlers<'allowance'> = {
  'allowance:list': (core, input) => listStatements(core.session().db, input),
  'allowance:get': (core, input) => statementView(core.session().db, input.id),
  'allowance:create': (core, input) => createStatement(core, input),
};
