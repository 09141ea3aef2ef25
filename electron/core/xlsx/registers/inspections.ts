// 保密检查台账 in a sheet: the BMP 保密检查 headings of REFERENCE §2.6 (受检部门, 日期, 检查人员, 情况) and the
// findings' counts, every check the register's filters select. Export only for now.
import { CHECK_KIND_LABELS, CHECK_STATUS_LABELS } from '../../../../db/domain/labels';
import { type InspectionRow, InspectionListInput } from '../../../ipc/schemas/inspections';
import { listInspections } from '../../inspections';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

const COLUMNS = [
  { key: 'title', heading: '检查名称', width: 28 },
  { key: 'kind', heading: '检查类型', width: 12 },
  { key: 'period', heading: '检查期间', width: 12 },
  { key: 'checkedOn', heading: '检查日期', width: 12 },
  { key: 'department', heading: '受检部门', width: 14 },
  { key: 'person', heading: '受检人员', width: 10 },
  { key: 'inspectors', heading: '检查人员', width: 16 },
  { key: 'items', heading: '检查项数', width: 8 },
  { key: 'failed', heading: '不符合项数', width: 8 },
  { key: 'openFindings', heading: '未整改问题数', width: 8 },
  { key: 'status', heading: '状态', width: 8 },
  { key: 'closedOn', heading: '办结日期', width: 12 },
] as const;

function cells(i: InspectionRow) {
  return {
    title: i.title,
    kind: CHECK_KIND_LABELS[i.kind],
    period: i.period,
    checkedOn: i.checkedOn,
    department: i.department ?? '',
    person: i.person ?? '',
    inspectors: i.inspectors,
    items: i.items,
    failed: i.failed,
    openFindings: i.openFindings,
    status: CHECK_STATUS_LABELS[i.status],
    closedOn: i.closedOn ?? '',
  };
}

export const inspectionColumns: RegisterColumns = {
  id: 'inspections',
  title: '保密检查台账',
  entity: 'inspection',
  domain: 'inspections',
  exportAction: 'inspections_export_xlsx',
  columns: COLUMNS,
  query: InspectionListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => InspectionListInput.parse(q),
      (q) => listInspections(db, q, today),
      cells,
    ),
};
