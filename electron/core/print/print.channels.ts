// The print domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import { PrintPdfInput, type PrintPageMapView, type PrintPdfView } from '../../ipc/schemas/print';

export const printChannels = channels('print', {
  'print:toPdf': channel<PrintPdfView>()(PrintPdfInput, 'self'),
  'print:pageMap': channel<PrintPageMapView>()(empty, 'self'),
});
