// The audit domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  type AuditEntryView,
  AuditExportInput,
  type AuditExportView,
  AuditListInput,
  type AuditVerifyResult,
  AuditVerifyInput,
  AuditProgressInput,
  type AuditProgress,
} from '../../ipc/schemas/audit';
import { type Page } from '../../ipc/schemas/common';

export const auditChannels = channels('audit', {
  'audit:verify': channel<AuditVerifyResult>()(AuditVerifyInput, 'audit:read'),
  'audit:progress': channel<AuditProgress | null>()(AuditProgressInput, 'audit:read'),
  'audit:list': channel<Page<AuditEntryView>>()(AuditListInput, 'audit:read'),
  'audit:export': channel<AuditExportView>()(AuditExportInput, 'audit:read'),
});
