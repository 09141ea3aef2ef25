// The print domain's handlers: one function per channel of print.channels.ts, each calling the domain's code.
import { exportPdf } from './print.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const printHandlers: DomainHandlers<'print'> = {
  'print:toPdf': (core, input) => exportPdf(core, input),
};
