// 在职人员, 保密考核、奖惩 and 保密协议 ledgers in sheets (the training domain keeps all four): REFERENCE §2.2's 奖惩 and
// 是否签订保密协议+日期, every record the register's filters select. Export only for now.
import {
  AGREEMENT_KIND_LABELS,
  APPRAISAL_KIND_LABELS,
  APPRAISAL_RESULT_LABELS,
  CLEARANCE_LABELS,
  SANCTION_APPROVER_LABELS,
  SANCTION_KIND_LABELS,
} from '../../../../db/domain/labels';
import {
  type AgreementView,
  AgreementListInput,
  type AppraisalView,
  AppraisalListInput,
  type SanctionView,
  SanctionListInput,
  type StaffView,
  StaffListInput,
} from '../../../ipc/schemas/trainings-records';
import { listAgreements, listAppraisals, listSanctions, listStaff } from '../../trainings';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

/** 在职人员: export only, as the staff list's own write belongs to the training domain (no in-transaction form yet). */
export const staffColumns: RegisterColumns = {
  id: 'staff',
  title: '在职人员名单',
  entity: 'staff_member',
  domain: 'trainings',
  exportAction: 'staff_export_xlsx',
  columns: [
    { key: 'name', heading: '姓名', width: 10 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'post', heading: '岗位', width: 14 },
    { key: 'joinedOn', heading: '入职日期', width: 12 },
    { key: 'leftOn', heading: '离职日期', width: 12 },
    { key: 'classified', heading: '是否涉密人员', width: 8 },
  ],
  query: StaffListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => StaffListInput.parse(q),
      (q) => listStaff(db, q),
      (s: StaffView) => ({
        name: s.name,
        department: s.department,
        post: s.post ?? '',
        joinedOn: s.joinedOn ?? '',
        leftOn: s.leftOn ?? '',
        classified: s.personId === null ? '否' : '是',
      }),
    ),
};

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

export const agreementColumns: RegisterColumns = {
  id: 'agreements',
  title: '保密协议台账',
  entity: 'agreement',
  domain: 'trainings',
  exportAction: 'agreements_export_xlsx',
  columns: [
    { key: 'kind', heading: '协议类型', width: 14 },
    { key: 'subject', heading: '签订人', width: 14 },
    { key: 'partner', heading: '对方单位', width: 18 },
    { key: 'signedOn', heading: '签订日期', width: 12 },
    { key: 'termEndsOn', heading: '有效期至', width: 12 },
    { key: 'nonCompeteFrom', heading: '竞业限制起', width: 12 },
    { key: 'nonCompeteEndsOn', heading: '竞业限制止', width: 12 },
    { key: 'notes', heading: '备注', width: 20 },
  ],
  query: AgreementListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => AgreementListInput.parse(q),
      (q) => listAgreements(db, q),
      (a: AgreementView) => ({
        kind: AGREEMENT_KIND_LABELS[a.kind],
        subject: a.subject,
        partner: a.partner ?? '',
        signedOn: a.signedOn,
        termEndsOn: a.termEndsOn ?? '',
        nonCompeteFrom: a.nonCompeteFrom ?? '',
        nonCompeteEndsOn: a.nonCompeteEndsOn ?? '',
        notes: a.notes ?? '',
      }),
    ),
};
