// 泄密事件台账 in a sheet: the headings of the 泄密事件报告登记表 (REFERENCE §2.6: 填报部门, 发现时间, 泄密密级,
// 事件), every event the register's filters select. Export only for now.
import { INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS, LEVEL_LABELS } from '../../../../db/domain/labels';
import { type IncidentRow, IncidentListInput } from '../../../ipc/schemas/incidents';
import { listIncidents } from '../../incidents';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

const COLUMNS = [
  { key: 'title', heading: '事件名称', width: 30 },
  { key: 'kind', heading: '事件类型', width: 14 },
  { key: 'department', heading: '填报部门', width: 14 },
  { key: 'discoveredAt', heading: '发现时间', width: 16 },
  { key: 'level', heading: '泄密密级', width: 8 },
  { key: 'status', heading: '状态', width: 10 },
  { key: 'closedOn', heading: '办结日期', width: 12 },
] as const;

function cells(i: IncidentRow) {
  return {
    title: i.title,
    kind: INCIDENT_KIND_LABELS[i.kind],
    department: i.department ?? '',
    discoveredAt: i.discoveredAt.slice(0, 16).replace('T', ' '),
    level: i.level ? LEVEL_LABELS[i.level] : '',
    status: INCIDENT_STATUS_LABELS[i.status],
    closedOn: i.closedOn ?? '',
  };
}

export const incidentColumns: RegisterColumns = {
  id: 'incidents',
  title: '泄密事件台账',
  entity: 'incident',
  domain: 'incidents',
  exportAction: 'incidents_export_xlsx',
  columns: COLUMNS,
  query: IncidentListInput.omit({ page: true, pageSize: true }),
  // The report clock (上报时限) is computed at noon of the export day: it is not a column of the sheet.
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => IncidentListInput.parse(q),
      (q) => listIncidents(db, q, new Date(`${today}T12:00:00`)),
      cells,
    ),
};
