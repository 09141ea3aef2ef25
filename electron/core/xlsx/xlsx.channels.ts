// The xlsx domain's channels: import (preview, import, the error download), export of any register, and the
// progress and cancel of a long one. Import is the clerk's (it writes registers); export reads.
import { channel, channels } from '../../ipc/channel';
import {
  XlsxErrorsInput,
  XlsxExportInput,
  type XlsxFileResult,
  XlsxImportInput,
  type XlsxImportResult,
  XlsxJobInput,
  type XlsxPreview,
  XlsxPreviewInput,
  type XlsxProgress,
} from '../../ipc/schemas/xlsx';

export const xlsxChannels = channels('xlsx', {
  'xlsx:preview': channel<XlsxPreview>()(XlsxPreviewInput, 'register:write'),
  'xlsx:import': channel<XlsxImportResult>()(XlsxImportInput, 'register:write'),
  'xlsx:errors': channel<XlsxFileResult>()(XlsxErrorsInput, 'register:write'),
  'xlsx:export': channel<XlsxFileResult>()(XlsxExportInput, 'register:read'),
  'xlsx:progress': channel<XlsxProgress | null>()(XlsxJobInput, 'register:read'),
  'xlsx:cancel': channel<{ cancelled: boolean }>()(XlsxJobInput, 'register:read'),
});
