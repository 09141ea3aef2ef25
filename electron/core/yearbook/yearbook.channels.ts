// The yearbook domain's channels: the 自查自评报告 (read, save an area's text, .docx) and the 年度保密工作台账
// (its sections for the print route, .xlsx, and its PDF written here: exportPdf, with progress and cancel). The
// report's PDF goes through print:toPdf like every other print.
import { channel, channels } from '../../ipc/channel';
import {
  SelfAssessmentSaveInput,
  YearbookJobInput,
  YearExportInput,
  type YearbookJobView,
  YearbookYearInput,
  type SelfAssessmentView,
  type YearExportView,
  type YearbookView,
} from '../../ipc/schemas/yearbook';

export const yearbookChannels = channels('yearbook', {
  'yearbook:report': channel<SelfAssessmentView>()(YearbookYearInput, 'register:read'),
  'yearbook:saveArea': channel<SelfAssessmentView>()(SelfAssessmentSaveInput, 'register:write'),
  'yearbook:exportDocx': channel<YearExportView>()(YearExportInput, 'register:read'),
  'yearbook:book': channel<YearbookView>()(YearbookYearInput, 'register:read'),
  'yearbook:exportXlsx': channel<YearExportView>()(YearExportInput, 'register:read'),
  'yearbook:exportPdf': channel<YearExportView>()(YearExportInput, 'register:read'),
  'yearbook:progress': channel<YearbookJobView>()(YearbookJobInput, 'register:read'),
  'yearbook:cancel': channel<YearbookJobView>()(YearbookJobInput, 'register:read'),
});
