// The incidents domain's channels: the register, the record, its reports, entries, links and closing.
import { channel, channels } from '../../ipc/channel';
import type { Page } from '../../ipc/schemas/common';
import { empty } from '../../ipc/schemas/common';
import {
  IncidentAddLinkInput,
  IncidentCloseInput,
  IncidentEditInput,
  IncidentEntryInput,
  IncidentIdInput,
  IncidentListInput,
  IncidentOpenInput,
  IncidentReportInput,
  type IncidentRow,
  IncidentsOfInput,
  type IncidentView,
} from '../../ipc/schemas/incidents';

export const incidentsChannels = channels('incidents', {
  'incidents:list': channel<Page<IncidentRow>>()(IncidentListInput, 'register:read'),
  'incidents:get': channel<IncidentView>()(IncidentIdInput, 'register:read'),
  'incidents:unreported': channel<IncidentRow[]>()(empty, 'register:read'),
  'incidents:of': channel<IncidentRow[]>()(IncidentsOfInput, 'register:read'),
  'incidents:open': channel<IncidentView>()(IncidentOpenInput, 'register:write'),
  'incidents:edit': channel<IncidentView>()(IncidentEditInput, 'register:write'),
  'incidents:report': channel<IncidentView>()(IncidentReportInput, 'register:write'),
  'incidents:addEntry': channel<IncidentView>()(IncidentEntryInput, 'register:write'),
  'incidents:link': channel<IncidentView>()(IncidentAddLinkInput, 'register:write'),
  'incidents:close': channel<IncidentView>()(IncidentCloseInput, 'register:write'),
});
