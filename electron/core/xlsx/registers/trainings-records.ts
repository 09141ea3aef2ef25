// 保密考核 and 奖惩 ledgers in sheets (the training domain keeps them): REFERENCE §2.2's 奖惩, every record the
// register's filters select. Export only for now (在职人员 and 保密协议 import: staff.ts, agreements.ts).
import {
  APPRAISAL_KIND_LABELS,
  APPRAISAL_RESULT_LABELS,
  CLEARANCE_LABELS,
  SANCTION_APPROVER_LABELS,
  SANCTION_KIND_LABELS,
} from '../../../../db/domain/labels';
import {
  type AppraisalView,
  AppraisalListInput,
  type SanctionView,
  SanctionListInput,
} from '../../../ipc/schemas/trainings-records';
import { listAppraisals, listSanctions } from '../../trainings';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

export const appraisalColumns: RegisterColumns = {
  id: 'appraisals',
  title: '保密考核台账',
  entity: 'appraisal',
  domain: 'trainings',
  exportAction: 'appraisals_export_xlsx',
  columns: [
    { key: 'name', heading: '姓名', width: 10 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'clearance', heading: '涉密等级', width: 10 },
    { key: 'kind', heading: '考核类型', width: 12 },
    { key: 'year', heading: '年度', width: 6 },
    { key: 'appraisedOn', heading: '考核日期', width: 12 },
    { key: 'result', heading: '考核结果', width: 8 },
    { key: 'score', heading: '成绩', width: 6 },
    { key: 'appraiser', heading: '考核人', width: 10 },
    { key: 'remarks', heading: '备注', width: 20 },
  ],
  query: AppraisalListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => AppraisalListInput.parse(q),
      (q) => listAppraisals(db, q),
      (a: AppraisalView) => ({
        name: a.name,
        department: a.department,
        clearance: a.clearance ? CLEARANCE_LABELS[a.clearance] : '',
        kind: APPRAISAL_KIND_LABELS[a.kind],
        year: a.year,
        appraisedOn: a.appraisedOn,
        result: APPRAISAL_RESULT_LABELS[a.result],
        score: a.score ?? '',
        appraiser: a.appraiser,
        remarks: a.remarks ?? '',
      }),
    ),
};

export const sanctionColumns: RegisterColumns = {
  id: 'sanctions',
  title: '保密奖惩台账',
  entity: 'sanction',
  domain: 'trainings',
  exportAction: 'sanctions_export_xlsx',
  columns: [
    { key: 'kind', heading: '奖惩类型', width: 8 },
    { key: 'subject', heading: '对象', width: 14 },
    { key: 'matter', heading: '事由', width: 30 },
    { key: 'category', heading: '奖惩种类', width: 12 },
    { key: 'basis', heading: '依据', width: 24 },
    { key: 'on', heading: '日期', width: 12 },
    { key: 'approver', heading: '批准机关', width: 12 },
    { key: 'approvedOn', heading: '批准日期', width: 12 },
    { key: 'documentNo', heading: '文号', width: 16 },
  ],
  query: SanctionListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => SanctionListInput.parse(q),
      (q) => listSanctions(db, q),
      (s: SanctionView) => ({
        kind: SANCTION_KIND_LABELS[s.kind],
        subject: s.subject,
        matter: s.matter,
        category: s.category,
        basis: s.basis,
        on: s.on,
        approver: SANCTION_APPROVER_LABELS[s.approver],
        approvedOn: s.approvedOn,
        documentNo: s.documentNo ?? '',
      }),
    ),
};
