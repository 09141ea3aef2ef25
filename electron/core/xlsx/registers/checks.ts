// 保密检查台账 in a sheet: one row per finding, its check's columns on every row (a check that found nothing is
// one row with the finding's columns blank). The BMP 保密检查 headings of REFERENCE §2.6 (受检部门, 检查日期,
// 检查人员, 情况) and each finding's 整改 from 下达 to 验收 or 结转, so export → import is a lossless round trip
// (checks-import.ts reads it). A check's checklist (the 自查表) is printed from the check, not kept in the sheet.
import { CHECK_AREAS } from '../../../../db/domain/vocab';
import {
  CHECK_AREA_LABELS,
  CHECK_KIND_LABELS,
  CHECK_STATUS_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
} from '../../../../db/domain/labels';
import type { CheckArea, CheckKind, FindingSeverity, FindingStatus } from '../../../../db/domain/vocab';
import type { Db } from '../../../../db/open';
import { type InspectionRow, InspectionListInput } from '../../../ipc/schemas/inspections';
import { listInspections } from '../../inspections';
import { checkImport } from './checks-import';
import type { Column, OutCell, RegisterColumns, RegisterImport } from './types';

const CHUNK = 500;

export const CHECK_COLUMNS: readonly Column[] = [
  {
    key: 'title',
    heading: '检查名称',
    synonyms: ['检查项目', '检查事项', '检查主题'],
    width: 28,
    required: true,
    paths: ['check.title'],
  },
  { key: 'kind', heading: '检查类型', synonyms: ['检查形式', '检查方式'], width: 12, paths: ['check.kind'] },
  {
    key: 'period',
    heading: '检查期间',
    synonyms: ['检查周期', '所属期间'],
    width: 10,
    paths: ['check.period'],
  },
  {
    key: 'checkedOn',
    heading: '检查日期',
    synonyms: ['检查时间', '日期', '时间'],
    width: 12,
    required: true,
    paths: ['check.checkedOn'],
  },
  {
    key: 'department',
    heading: '受检部门',
    synonyms: ['被检查部门', '检查部门', '被查部门'],
    width: 14,
    paths: ['check.department', 'check.departmentId'],
  },
  {
    // A 联合检查 or 抽查 of several departments: every one, as 办公室、保密办、财务处.
    key: 'departments',
    heading: '检查范围（部门）',
    synonyms: ['受检部门范围', '检查部门范围'],
    width: 24,
    paths: ['check.departments', 'check.departmentIds'],
  },
  {
    key: 'person',
    heading: '受检人员',
    synonyms: ['被检查人员', '自查人员'],
    width: 10,
    paths: ['check.person', 'check.personId'],
  },
  {
    key: 'inspectors',
    heading: '检查人员',
    synonyms: ['检查人', '检查组成员'],
    width: 16,
    required: true,
    paths: ['check.inspectors'],
  },
  { key: 'authority', heading: '检查机关', synonyms: ['检查单位'], width: 16, paths: ['check.authority'] },
  {
    key: 'opinion',
    heading: '检查意见',
    synonyms: ['检查情况', '检查结论', '情况'],
    width: 30,
    paths: ['check.opinion'],
  },
  { key: 'areas', heading: '检查范围', synonyms: ['检查内容'], width: 20, paths: ['check.areas'] },
  { key: 'status', heading: '检查状态', width: 8, exportOnly: true },
  {
    key: 'closedOn',
    heading: '办结日期',
    synonyms: ['结束日期', '检查结束日期'],
    width: 12,
    paths: ['check.closedOn', 'inspectionId'],
  },
  {
    key: 'area',
    heading: '问题领域',
    synonyms: ['问题类别', '问题类型'],
    width: 24,
    paths: ['finding.area'],
  },
  {
    key: 'what',
    heading: '存在问题',
    synonyms: ['发现问题', '问题', '问题描述', '存在的问题'],
    width: 40,
    paths: ['finding.what', 'finding'],
  },
  { key: 'severity', heading: '严重程度', width: 8, paths: ['finding.severity'] },
  {
    key: 'fdepartment',
    heading: '责任部门',
    synonyms: ['整改部门'],
    width: 14,
    paths: ['finding.department', 'finding.departmentId'],
  },
  {
    key: 'responsible',
    heading: '整改责任人',
    synonyms: ['责任人'],
    width: 10,
    paths: ['finding.responsible', 'finding.responsiblePersonId', 'responsiblePersonId'],
  },
  {
    key: 'requirement',
    heading: '整改要求',
    synonyms: ['整改意见', '整改措施'],
    width: 30,
    paths: ['finding.requirement'],
  },
  {
    key: 'deadline',
    heading: '整改期限',
    synonyms: ['整改时限', '期限'],
    width: 12,
    paths: ['finding.deadline', 'deadline'],
  },
  {
    key: 'fstatus',
    heading: '整改状态',
    synonyms: ['是否整改', '整改结果'],
    width: 10,
    paths: ['finding.status', 'status', 'carryOver'],
  },
  { key: 'rectification', heading: '整改情况', width: 30, paths: ['finding.rectification'] },
  {
    key: 'rectifiedOn',
    heading: '整改完成日期',
    synonyms: ['完成日期', '整改日期'],
    width: 12,
    paths: ['finding.rectifiedOn'],
  },
  {
    key: 'rectifiedBy',
    heading: '整改人',
    synonyms: ['完成人'],
    width: 10,
    paths: ['finding.rectifiedBy', 'finding.rectifiedById', 'rectifiedById'],
  },
  {
    key: 'verifier',
    heading: '验收人',
    width: 10,
    paths: ['finding.verifier', 'finding.verifierId', 'verifierId'],
  },
  { key: 'verifiedOn', heading: '验收日期', width: 12, paths: ['finding.verifiedOn'] },
  {
    key: 'evidence',
    heading: '验收意见',
    synonyms: ['验收依据', '验收情况'],
    width: 24,
    paths: ['finding.evidence'],
  },
  {
    key: 'carryOverReason',
    heading: '结转理由',
    synonyms: ['结转原因'],
    width: 24,
    paths: ['finding.carryOverReason', 'carryOverReason'],
  },
];

/** 全部 for the thirteen areas of art. 58, else the areas named, in the article's order. */
export function areasCell(areas: readonly CheckArea[]): string {
  if (CHECK_AREAS.every((a) => areas.includes(a))) return '全部';
  return CHECK_AREAS.filter((a) => areas.includes(a))
    .map((a) => CHECK_AREA_LABELS[a])
    .join('、');
}

interface CheckExtra {
  areas: string;
  authority: string | null;
  opinion: string | null;
}

interface FindingLine {
  inspection_id: number;
  area: CheckArea;
  what: string;
  severity: FindingSeverity;
  department: string | null;
  responsible: string | null;
  requirement: string | null;
  deadline: string | null;
  status: FindingStatus;
  rectification: string | null;
  rectified_on: string | null;
  rectified_by: string | null;
  verifier: string | null;
  verified_on: string | null;
  evidence: string | null;
  carry_over_reason: string | null;
}

/** What the register's rows leave out: each check's scope, 检查机关 and 检查意见, and its findings in order. */
function sheetExtras(db: Db, ids: number[]) {
  const marks = ids.map(() => '?').join(',');
  const extras = db.$client
    .prepare(`SELECT id, areas, authority, opinion FROM inspections WHERE id IN (${marks})`)
    .all(...ids) as (CheckExtra & { id: number })[];
  const lines = db.$client
    .prepare(
      `SELECT f.inspection_id, f.area, f.what, f.severity, d.name AS department, r.name AS responsible,
         f.requirement, f.deadline, f.status, f.rectification, f.rectified_on, b.name AS rectified_by,
         v.name AS verifier, f.verified_on, f.evidence, f.carry_over_reason
       FROM findings f
       LEFT JOIN departments d ON d.id = f.department_id
       LEFT JOIN persons r ON r.id = f.responsible_person_id
       LEFT JOIN persons b ON b.id = f.rectified_by_id
       LEFT JOIN persons v ON v.id = f.verifier_id
       WHERE f.inspection_id IN (${marks}) ORDER BY f.inspection_id, f.id`,
    )
    .all(...ids) as FindingLine[];
  const byCheck = new Map<number, FindingLine[]>();
  for (const l of lines) byCheck.set(l.inspection_id, [...(byCheck.get(l.inspection_id) ?? []), l]);
  return { extras: new Map(extras.map((e) => [e.id, e])), byCheck };
}

function checkCells(i: InspectionRow, e: CheckExtra | undefined): Record<string, OutCell> {
  return {
    title: i.title,
    kind: CHECK_KIND_LABELS[i.kind as CheckKind],
    period: i.period,
    checkedOn: i.checkedOn,
    department: i.department ?? '',
    departments: i.departments.join('、'),
    person: i.person ?? '',
    inspectors: i.inspectors,
    authority: e?.authority ?? '',
    opinion: e?.opinion ?? '',
    areas: e ? areasCell(JSON.parse(e.areas) as CheckArea[]) : '',
    status: CHECK_STATUS_LABELS[i.status],
    closedOn: i.closedOn ?? '',
  };
}

function findingCells(f: FindingLine): Record<string, OutCell> {
  return {
    area: CHECK_AREA_LABELS[f.area],
    what: f.what,
    severity: FINDING_SEVERITY_LABELS[f.severity],
    fdepartment: f.department ?? '',
    responsible: f.responsible ?? '',
    requirement: f.requirement ?? '',
    deadline: f.deadline ?? '',
    // The stored step, not 逾期: that is today's reading of it, and the import reads the step back.
    fstatus: FINDING_STATE_LABELS[f.status],
    rectification: f.rectification ?? '',
    rectifiedOn: f.rectified_on ?? '',
    rectifiedBy: f.rectified_by ?? '',
    verifier: f.verifier ?? '',
    verifiedOn: f.verified_on ?? '',
    evidence: f.evidence ?? '',
    carryOverReason: f.carry_over_reason ?? '',
  };
}

export const checkColumns: RegisterColumns = {
  id: 'inspections',
  title: '保密检查台账',
  entity: 'inspection',
  domain: 'inspections',
  exportAction: 'inspections_export_xlsx',
  columns: CHECK_COLUMNS,
  query: InspectionListInput.omit({ page: true, pageSize: true }),
  rows(db, query, today) {
    const q = InspectionListInput.parse({ ...(query as object), page: 1, pageSize: CHUNK });
    const out: Record<string, OutCell>[] = [];
    let seen = 0;
    for (let page = 1; ; page++) {
      const r = listInspections(db, { ...q, page }, today);
      if (r.rows.length) {
        const { extras, byCheck } = sheetExtras(
          db,
          r.rows.map((i) => i.id),
        );
        for (const i of r.rows) {
          const check = checkCells(i, extras.get(i.id));
          const fs = byCheck.get(i.id) ?? [];
          if (fs.length === 0) out.push(check);
          for (const f of fs) out.push({ ...check, ...findingCells(f) });
        }
      }
      seen += r.rows.length;
      if (r.rows.length < CHUNK || seen >= r.total) return out;
    }
  },
  import: checkImport(CHECK_COLUMNS) as RegisterImport<unknown>,
};
