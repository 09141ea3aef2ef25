// The exchange domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty, JobInput, type JobProgressView, type Page } from '../../ipc/schemas/common';
import {
  type ConsolidatedFigures,
  CounterpartImportInput,
  type CounterpartView,
  ExchangeExportInput,
  ExchangeImportInput,
  type ExportView,
  type ImportedRecordView,
  type ImportedRegisterView,
  type ImportView,
  IntervalInput,
  OutgoingListInput,
  type OutgoingView,
  PathInput,
  type PublicKeyPreview,
  type ReceiptImportView,
  ReceiptIssueInput,
  type ReceiptView,
  RecordsInput,
  type SupervisedUnitView,
  UnitCodeInput,
  type VerifyView,
} from '../../ipc/schemas/exchange';
import type { UnitInfo } from '../../ipc/schemas/session';
import { supervisorChannels } from './supervisor.channels';
import { noticeChannels } from './notice.channels';

export const exchangeChannels = channels('exchange', {
  'exchange:counterparts': channel<CounterpartView[]>()(empty, 'self'),
  'exchange:previewKey': channel<PublicKeyPreview>()(PathInput, 'system:manage'),
  'exchange:importKey': channel<CounterpartView & { how: 'fingerprint' | 'endorsed' }>()(
    CounterpartImportInput,
    'system:manage',
  ),
  'exchange:export': channel<ExportView>()(ExchangeExportInput, 'register:write'),
  'exchange:exportProgress': channel<JobProgressView>()(JobInput, 'register:write'),
  'exchange:exportCancel': channel<boolean>()(JobInput, 'register:write'),
  'exchange:outgoing': channel<OutgoingView[]>()(OutgoingListInput, 'register:read'),
  'exchange:importReceipt': channel<ReceiptImportView>()(PathInput, 'register:write'),
  'exchange:verify': channel<VerifyView>()(PathInput, 'register:read'),
  'exchange:import': channel<ImportView>()(ExchangeImportInput, 'register:write'),
  'exchange:importProgress': channel<JobProgressView>()(JobInput, 'register:write'),
  'exchange:importCancel': channel<boolean>()(JobInput, 'register:write'),
  'exchange:receipt': channel<ReceiptView>()(ReceiptIssueInput, 'register:write'),
  'exchange:enableSupervisor': channel<UnitInfo>()(empty, 'system:manage'),
  'exchange:units': channel<SupervisedUnitView[]>()(empty, 'register:read'),
  'exchange:setInterval': channel<SupervisedUnitView>()(IntervalInput, 'register:write'),
  'exchange:figures': channel<ConsolidatedFigures>()(empty, 'register:read'),
  'exchange:unitRegisters': channel<ImportedRegisterView[]>()(UnitCodeInput, 'register:read'),
  'exchange:unitRecords': channel<Page<ImportedRecordView>>()(RecordsInput, 'register:read'),
  ...supervisorChannels,
  ...noticeChannels,
});
