// The supervisor's channels of issue 25 (merged into exchange.channels.ts): the comparison table, a unit's
// packages and records, cross-unit search, intervals and 重新建立报送关系.
import { channel } from '../../ipc/channel';
import { empty, type Page } from '../../ipc/schemas/common';
import { UnitCodeInput, type ImportedRecordView } from '../../ipc/schemas/exchange';
import {
  type ComparisonRow,
  DefaultsInput,
  type PackageHistoryRow,
  ReportInput,
  ReportXlsxInput,
  ResetInput,
  type SupervisorReport,
  type UnitIssues,
  SearchInput,
  type SearchHit,
  type SupervisionDefaults,
  UnitIntervalInput,
  UnitRecordsSearchInput,
} from '../../ipc/schemas/supervisor';

export const supervisorChannels = {
  'exchange:comparison': channel<ComparisonRow[]>()(empty, 'register:read'),
  'exchange:packages': channel<PackageHistoryRow[]>()(UnitCodeInput, 'register:read'),
  'exchange:records': channel<Page<ImportedRecordView>>()(UnitRecordsSearchInput, 'register:read'),
  'exchange:search': channel<SearchHit[]>()(SearchInput, 'register:read'),
  'exchange:unitInterval': channel<ComparisonRow>()(UnitIntervalInput, 'register:write'),
  'exchange:defaults': channel<SupervisionDefaults>()(empty, 'register:read'),
  'exchange:setDefaults': channel<SupervisionDefaults>()(DefaultsInput, 'register:write'),
  'exchange:reset': channel<ComparisonRow>()(ResetInput, 'system:manage'),
  'exchange:unitIssues': channel<UnitIssues>()(UnitCodeInput, 'register:read'),
  'exchange:report': channel<SupervisorReport>()(ReportInput, 'register:read'),
  'exchange:reportXlsx': channel<{ path: string; units: number; notReported: string[] }>()(
    ReportXlsxInput,
    'register:read',
  ),
} as const;
