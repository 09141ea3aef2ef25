// 涉密人员台账 in a sheet: the headings of REFERENCE §2.2 (sxkxy 台账 and the BMP person record), every person the
// register's filters select; a sheet of persons imports as 登记拟任 through the form's own write (rules included).
// The form names its department by id, but a sheet names it by name and the department may be one the import
// creates: the row keeps the name, and the writer resolves it inside the import's transaction, after the
// confirmed new departments are created there and before the rows.
import {
  CLEARANCE_LABELS,
  GENDER_LABELS,
  LEVEL_LABELS,
  PERSON_STATUS_LABELS,
} from '../../../../db/domain/labels';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { departments, persons } from '../../../../db/schema';
import { requiredText } from '../../../ipc/schemas/common';
import { PersonCreateInput, type PersonRow, PersonListInput } from '../../../ipc/schemas/persons';
import { createPersonInTx, listPersons, personnelSettings } from '../../persons';
import { departmentOf, reader } from './common';
import { allRows, yesNo } from './paged';
import type { RegisterColumns, RegisterImport } from './types';

const COLUMNS = [
  { key: 'name', heading: '姓名', width: 10, required: true, paths: ['person.name'] },
  { key: 'gender', heading: '性别', width: 6, required: true, paths: ['person.gender'] },
  {
    key: 'idNumber',
    heading: '证件号码',
    synonyms: ['身份证号', '身份证号码', '公民身份号码', '证件号'],
    width: 20,
    required: true,
    paths: ['person.idNumber'],
  },
  {
    key: 'department',
    heading: '所属部门',
    synonyms: ['部门', '单位部门', '工作部门'],
    width: 14,
    required: true,
    paths: ['department', 'person.departmentId'],
  },
  { key: 'clearance', heading: '涉密等级', width: 10, exportOnly: true },
  {
    key: 'clearedOn',
    heading: '确定为涉密人员时间',
    synonyms: ['拟任日期', '登记日期'],
    width: 14,
    paths: ['person.proposedOn'],
  },
  {
    key: 'highestLevel',
    heading: '接触最高密级',
    synonyms: ['岗位密级', '最高密级'],
    width: 10,
    paths: ['person.highestLevel'],
  },
  { key: 'isClassifier', heading: '是否定密责任人', width: 8, paths: ['person.isClassifier'] },
  { key: 'isKeyDeptStaff', heading: '是否要害部门工作人员', width: 8, paths: ['person.isKeyDeptStaff'] },
  { key: 'postCertNo', heading: '上岗证编号', width: 14, exportOnly: true },
  { key: 'status', heading: '涉密状态', width: 10, exportOnly: true },
  { key: 'separationEndsOn', heading: '脱密期限', width: 12, exportOnly: true },
  { key: 'nextVettingOn', heading: '复审日期', width: 12, exportOnly: true },
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

/** A row of the sheet: the form's input, and its department by name until the import's transaction resolves it. */
const PersonImportInput = z.object({
  department: requiredText('所属部门', 60),
  person: PersonCreateInput,
});
type PersonImportInput = z.output<typeof PersonImportInput>;

/** The form needs a department id; the row's is decided in the transaction (see the writer). */
const RESOLVED_IN_TRANSACTION = 1;

const YES_NO = { yes: '是', no: '否' } as const;
const YES_NO_ALIASES = { Y: 'yes', N: 'no', '√': 'yes', 有: 'yes', 无: 'no' } as const;

const personImport: RegisterImport<PersonImportInput> = {
  schema: PersonImportInput,
  read(cells, ctx) {
    const r = reader(cells, COLUMNS);
    const flag = (key: string) =>
      r.text(key) === '' ? false : r.choice(key, YES_NO, YES_NO_ALIASES) === 'yes';
    const levelText = r.text('highestLevel').replace(/级$/, '');
    const input = {
      department: departmentOf(r, 'department', ctx),
      person: {
        name: r.name('name'),
        gender: r.choice('gender', GENDER_LABELS, { 男性: 'male', 女性: 'female' }),
        idNumber: r.text('idNumber').toUpperCase().replace(/\s/g, ''),
        departmentId: RESOLVED_IN_TRANSACTION,
        highestLevel: levelText
          ? r.choice('highestLevel', LEVEL_LABELS, {
              绝密级: 'top_secret',
              机密级: 'secret',
              秘密级: 'confidential',
            })
          : undefined,
        isClassifier: flag('isClassifier'),
        isKeyDeptStaff: flag('isKeyDeptStaff'),
        proposedOn: r.text('clearedOn') ? r.date('clearedOn') : ctx.today,
      },
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  key: (input) => input.person.idNumber,
  exists: (tx, input) =>
    tx.select({ id: persons.id }).from(persons).where(eq(persons.idNumber, input.person.idNumber)).get() !==
    undefined,
  writer: (_tx, ctx) => (tx, input) => {
    const dept = tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.name, input.department))
      .get();
    // The name is an existing department's own spelling or one just created under it (the engine refuses a row
    // whose new department was not confirmed), so it is always found.
    if (!dept) throw new Error(`department ${input.department} not resolved in the import`);
    createPersonInTx(tx, ctx, { ...input.person, departmentId: dept.id });
  },
};

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
  import: personImport as RegisterImport<unknown>,
};
