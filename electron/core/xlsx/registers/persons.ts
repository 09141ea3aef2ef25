// 涉密人员台账 in a sheet: the headings of REFERENCE §2.2 (sxkxy 台账 and the BMP person record), every person the
// register's filters select. Export only for now; the import reads the same headings (issue 18, point 2).
import {
  CLEARANCE_LABELS,
  GENDER_LABELS,
  LEVEL_LABELS,
  PERSON_STATUS_LABELS,
} from '../../../../db/domain/labels';
import { type PersonRow, PersonListInput } from '../../../ipc/schemas/persons';
import { listPersons, personnelSettings } from '../../persons';
import { allRows, yesNo } from './paged';
import type { RegisterColumns } from './types';

const COLUMNS = [
  { key: 'name', heading: '姓名', width: 10 },
  { key: 'gender', heading: '性别', width: 6 },
  { key: 'idNumber', heading: '证件号码', width: 20 },
  { key: 'department', heading: '所属部门', width: 14 },
  { key: 'clearance', heading: '涉密等级', width: 10 },
  { key: 'clearedOn', heading: '确定为涉密人员时间', width: 14 },
  { key: 'highestLevel', heading: '接触最高密级', width: 10 },
  { key: 'isClassifier', heading: '是否定密责任人', width: 8 },
  { key: 'isKeyDeptStaff', heading: '是否要害部门工作人员', width: 8 },
  { key: 'postCertNo', heading: '上岗证编号', width: 14 },
  { key: 'status', heading: '涉密状态', width: 10 },
  { key: 'separationEndsOn', heading: '脱密期限', width: 12 },
  { key: 'nextVettingOn', heading: '复审日期', width: 12 },
] as const;

function cells(p: PersonRow) {
  return {
    name: p.name,
    gender: GENDER_LABELS[p.gender],
    idNumber: p.idNumber,
    department: p.department,
    clearance: p.clearance ? CLEARANCE_LABELS[p.clearance] : '',
    clearedOn: p.clearedOn ?? '',
    highestLevel: p.highestLevel ? LEVEL_LABELS[p.highestLevel] : '',
    isClassifier: yesNo(p.isClassifier),
    isKeyDeptStaff: yesNo(p.isKeyDeptStaff),
    postCertNo: p.postCertNo ?? '',
    status: PERSON_STATUS_LABELS[p.status],
    separationEndsOn: p.separationEndsOn ?? '',
    nextVettingOn: p.nextVettingOn ?? '',
  };
}

export const personColumns: RegisterColumns = {
  id: 'persons',
  title: '涉密人员台账',
  entity: 'person',
  domain: 'persons',
  exportAction: 'persons_export_xlsx',
  columns: COLUMNS,
  query: PersonListInput.omit({ page: true, pageSize: true }),
  rows: (db, query, today) =>
    allRows(
      query,
      (q) => PersonListInput.parse(q),
      (q) => listPersons(db, q, today, personnelSettings(db).warningDays),
      cells,
    ),
};
