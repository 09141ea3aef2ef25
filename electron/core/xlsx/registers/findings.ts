// 整改台账 in a sheet: every finding the board's filters select, with 逾期 as the board reads it today. Export
// only for now: a finding belongs to its 检查, which a sheet row cannot name unambiguously yet.
import {
  CHECK_AREA_LABELS,
  CHECK_KIND_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
} from '../../../../db/domain/labels';
import { FindingListInput, type FindingView } from '../../../ipc/schemas/inspections';
import { listFindings } from '../../inspections';
import type { OutCell, RegisterColumns } from './types';

const COLUMNS = [
  { key: 'inspection', heading: '检查', width: 28 },
  { key: 'kind', heading: '检查类型', width: 12 },
  { key: 'area', heading: '检查领域', width: 28 },
  { key: 'what', heading: '存在问题', width: 40 },
  { key: 'severity', heading: '严重程度', width: 8 },
  { key: 'department', heading: '责任部门', width: 14 },
  { key: 'responsible', heading: '整改责任人', width: 10 },
  { key: 'requirement', heading: '整改要求', width: 30 },
  { key: 'deadline', heading: '整改期限', width: 12 },
  { key: 'state', heading: '状态', width: 12 },
  { key: 'rectification', heading: '整改情况', width: 30 },
  { key: 'verifier', heading: '验收人', width: 10 },
  { key: 'verifiedOn', heading: '验收日期', width: 12 },
  { key: 'carryOverReason', heading: '结转理由', width: 24 },
] as const;

const CHUNK = 500;

function cells(f: FindingView): Record<string, OutCell> {
  return {
    inspection: f.inspectionTitle,
    kind: CHECK_KIND_LABELS[f.inspectionKind],
    area: CHECK_AREA_LABELS[f.area],
    what: f.what,
    severity: FINDING_SEVERITY_LABELS[f.severity],
    department: f.department ?? '',
    responsible: f.responsible ?? '',
    requirement: f.requirement ?? '',
    deadline: f.deadline ?? '',
    state: `${FINDING_STATE_LABELS[f.state]}${f.overdue ? `（${f.overdueDays} 天）` : ''}`,
    rectification: f.rectification ?? '',
    verifier: f.verifier ?? '',
    verifiedOn: f.verifiedOn ?? '',
    carryOverReason: f.carryOverReason ?? '',
  };
}

export const findingColumns: RegisterColumns = {
  id: 'findings',
  title: '整改台账',
  entity: 'finding',
  domain: 'inspections',
  exportAction: 'findings_export_xlsx',
  columns: COLUMNS,
  query: FindingListInput.omit({ page: true, pageSize: true }),
  rows(db, query, today) {
    const q = FindingListInput.parse({ ...(query as object), page: 1, pageSize: CHUNK });
    const out: Record<string, OutCell>[] = [];
    for (let page = 1; ; page++) {
      const r = listFindings(db, { ...q, page }, today);
      out.push(...r.rows.map(cells));
      if (r.rows.length < CHUNK || out.length >= r.total) return out;
    }
  },
};
