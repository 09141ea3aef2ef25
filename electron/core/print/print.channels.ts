// The print domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { PrintPdfInput, type PrintPdfView } from '../../ipc/schemas/print';

export const printChannels = channels('print', {
  'print:toPdf': channel<PrintPdfView>()(PrintPdfInput, 'self'),
});
