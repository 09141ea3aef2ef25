// 因私出国（境）台账 in a sheet: the headings REFERENCE §2.2 names for it (出境日期, 目的地, 事由 …) and each
// trip's whole course — the two approvals (who, when, 同意 or not), the 出境前教育, the 出国(境)承诺书, departure
// and return with the 回国(境)报告 — so export → import is a lossless round trip (travel-import.ts reads it).
import { TRAVEL_STATUS_LABELS } from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { pledges } from '../../../../db/schema';
import type { StepView } from '../../../ipc/schemas/approvals';
import { type TravelView, TravelListInput } from '../../../ipc/schemas/travel';
import { listTravel } from '../../travel';
import { allRows } from './paged';
import { travelImport } from './travel-import';
import type { Column, OutCell, RegisterColumns, RegisterImport } from './types';
import { inList } from '../../util/in-list';

/** The cells of one approval step: 同意/不同意, 审批人 (with the title in brackets), 审批日期. */
function stepColumns(prefix: 'dept' | 'committee', label: string): Column[] {
  return [
    {
      key: `${prefix}Decision`,
      heading: `${label}意见`,
      synonyms: [`${label}审批意见`, `${label}审批`],
      width: 8,
      paths: [`${prefix}.approval.decision`, `${prefix}.step`, prefix],
    },
    {
      key: `${prefix}Approver`,
      heading: `${label}审批人`,
      width: 14,
      paths: [`${prefix}.approval.approver`],
    },
    {
      key: `${prefix}On`,
      heading: `${label}审批日期`,
      width: 12,
      paths: [`${prefix}.approval.decidedAt`],
    },
  ];
}

export const TRAVEL_COLUMNS: readonly Column[] = [
  {
    key: 'person',
    heading: '姓名',
    synonyms: ['人员姓名', '出国(境)人员', '出国（境）人员', '申请人'],
    width: 10,
    required: true,
    paths: ['person', 'apply.personId', 'personId'],
  },
  { key: 'department', heading: '部门', width: 14, exportOnly: true },
  {
    key: 'destination',
    heading: '目的地',
    synonyms: ['前往国家(地区)', '前往国家（地区）', '国家(地区)', '国家（地区）', '前往国家或地区'],
    width: 16,
    required: true,
    paths: ['apply.destination'],
  },
  {
    key: 'purpose',
    heading: '事由',
    synonyms: ['出国(境)事由', '出国（境）事由', '出境事由'],
    width: 20,
    required: true,
    paths: ['apply.purpose'],
  },
  { key: 'appliedOn', heading: '申请日期', synonyms: ['申请时间'], width: 12, paths: ['apply.appliedOn'] },
  {
    key: 'plannedDepartOn',
    heading: '拟出境日期',
    synonyms: ['计划出境日期', '拟出发日期'],
    width: 12,
    paths: ['apply.plannedDepartOn'],
  },
  {
    key: 'plannedReturnOn',
    heading: '拟返回日期',
    synonyms: ['计划返回日期', '拟回国(境)日期', '拟回国日期'],
    width: 12,
    paths: ['apply.plannedReturnOn'],
  },
  ...stepColumns('dept', '部门领导'),
  ...stepColumns('committee', '保密委员会'),
  {
    key: 'educatedOn',
    heading: '行前教育日期',
    synonyms: ['出境前教育日期', '行前保密教育日期'],
    width: 12,
    paths: ['educate.educatedOn', 'educate'],
  },
  {
    key: 'educatedBy',
    heading: '教育人',
    synonyms: ['行前教育人', '谈话人'],
    width: 10,
    paths: ['educate.educatedBy'],
  },
  {
    key: 'pledgedOn',
    heading: '承诺书签订日期',
    synonyms: ['保密承诺书签订日期', '承诺书日期'],
    width: 12,
    paths: ['pledgedOn', 'pledge'],
  },
  {
    key: 'departedOn',
    heading: '出境日期',
    synonyms: ['实际出境日期', '出境时间'],
    width: 12,
    paths: ['departedOn', 'depart'],
  },
  {
    key: 'returnedOn',
    heading: '返回日期',
    synonyms: ['实际返回日期', '回国(境)日期', '回国日期', '入境日期'],
    width: 12,
    paths: ['returned.returnedOn', 'return'],
  },
  {
    key: 'report',
    heading: '回国(境)报告',
    synonyms: ['回国（境）报告', '境外情况报告', '返回报告'],
    width: 30,
    paths: ['returned.report'],
  },
  { key: 'status', heading: '状态', width: 10, exportOnly: true },
];

const approverCell = (s: StepView | undefined) =>
  s ? (s.approverTitle ? `${s.approverName}（${s.approverTitle}）` : s.approverName) : '';

function stepCells(prefix: string, s: StepView | undefined): Record<string, OutCell> {
  return {
    [`${prefix}Decision`]: s ? (s.decision === 'approved' ? '同意' : '不同意') : '',
    [`${prefix}Approver`]: approverCell(s),
    [`${prefix}On`]: s?.decidedAt ?? '',
  };
}

/** The 出国(境)承诺书 of each trip of a page: the trip view names it by id only. */
function pledgeDates(db: Pick<Db, 'select'>, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = db
    .select({ id: pledges.id, signedOn: pledges.signedOn })
    .from(pledges)
    .where(inList(pledges.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r.signedOn]));
}

export const travelColumns: RegisterColumns = {
  id: 'travel',
  title: '因私出国（境）台账',
  entity: 'private_travel',
  domain: 'travel',
  exportAction: 'travel_export_xlsx',
  columns: TRAVEL_COLUMNS,
  query: TravelListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => TravelListInput.parse(q),
      (q) => {
        const page = listTravel(db, q, today);
        const signed = pledgeDates(
          db,
          page.rows.flatMap((t) => (t.pledgeId === null ? [] : [t.pledgeId])),
        );
        return {
          ...page,
          rows: page.rows.map((t) => ({ ...t, pledgedOn: t.pledgeId ? (signed.get(t.pledgeId) ?? '') : '' })),
        };
      },
      (t: TravelView & { pledgedOn: string }) => ({
        person: t.personName,
        department: t.department,
        destination: t.destination,
        purpose: t.purpose,
        appliedOn: t.appliedOn,
        plannedDepartOn: t.plannedDepartOn,
        plannedReturnOn: t.plannedReturnOn,
        ...stepCells(
          'dept',
          t.steps.find((s) => s.step === 'dept_leader'),
        ),
        ...stepCells(
          'committee',
          t.steps.find((s) => s.step === 'committee'),
        ),
        educatedOn: t.educatedOn ?? '',
        educatedBy: t.educatedBy ?? '',
        pledgedOn: t.pledgedOn,
        departedOn: t.departedOn ?? '',
        returnedOn: t.returnedOn ?? '',
        report: t.returnReport ?? '',
        status: TRAVEL_STATUS_LABELS[t.status],
      }),
    ),
  import: travelImport(TRAVEL_COLUMNS) as RegisterImport<unknown>,
};
