// The inspections domain's channels: checks, their checklist, findings, the template and schedules.
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import {
  FindingAddInput,
  FindingExportInput,
  type FindingExportResult,
  FindingAssignInput,
  FindingIdInput,
  FindingListInput,
  FindingStartInput,
  FindingSubmitInput,
  FindingVerifyInput,
  type FindingView,
  InspectionAnswerInput,
  InspectionCloseInput,
  InspectionIdInput,
  InspectionListInput,
  InspectionOpenInput,
  type InspectionRow,
  InspectionScopeInput,
  type InspectionSettings,
  InspectionSettingsInput,
  type InspectionView,
  type TemplateItem,
  TemplateSetInput,
} from '../../ipc/schemas/inspections';
import { empty } from '../../ipc/schemas/common';

export const inspectionsChannels = channels('inspections', {
  'inspections:list': channel<Page<InspectionRow>>()(InspectionListInput, 'register:read'),
  'inspections:get': channel<InspectionView>()(InspectionIdInput, 'register:read'),
  'inspections:open': channel<InspectionView>()(InspectionOpenInput, 'register:write'),
  'inspections:setScope': channel<InspectionView>()(InspectionScopeInput, 'register:write'),
  'inspections:answer': channel<InspectionView>()(InspectionAnswerInput, 'register:write'),
  'inspections:close': channel<InspectionView>()(InspectionCloseInput, 'register:write'),
  'inspections:findings': channel<Page<FindingView>>()(FindingListInput, 'register:read'),
  'inspections:finding': channel<FindingView>()(FindingIdInput, 'register:read'),
  'inspections:addFinding': channel<FindingView>()(FindingAddInput, 'register:write'),
  'inspections:assign': channel<FindingView>()(FindingAssignInput, 'register:write'),
  'inspections:start': channel<FindingView>()(FindingStartInput, 'register:write'),
  'inspections:submit': channel<FindingView>()(FindingSubmitInput, 'register:write'),
  'inspections:verify': channel<FindingView>()(FindingVerifyInput, 'register:write'),
  'inspections:exportFindings': channel<FindingExportResult>()(FindingExportInput, 'register:read'),
  'inspections:template': channel<TemplateItem[]>()(empty, 'register:read'),
  'inspections:setTemplate': channel<TemplateItem[]>()(TemplateSetInput, 'register:write'),
  'inspections:settings': channel<InspectionSettings>()(empty, 'register:read'),
  'inspections:updateSettings': channel<InspectionSettings>()(InspectionSettingsInput, 'register:write'),
});
