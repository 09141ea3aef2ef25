// 在职人员名单 in a sheet: 姓名, 部门, 岗位, 入职日期 (the staff list a unit keeps for training and agreements);
// a row imports through the list's own add (addStaffInTx). The sheet names the department by name and the
// writer resolves it inside the import's transaction, after the confirmed new departments are created there.
// A column feeds the input path and the bare field the write refuses on (rules name the form's own fields).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { departments, staffMembers } from '../../../../db/schema';
import { requiredText } from '../../../ipc/schemas/common';
import { StaffAddInput, StaffListInput, type StaffView } from '../../../ipc/schemas/trainings-records';
import { addStaffInTx, listStaff } from '../../trainings';
import { departmentIdIn, departmentOf, optionalDate, reader } from './common';
import { allRows } from './paged';
import type { RegisterColumns, RegisterImport } from './types';

const COLUMNS = [
  {
    key: 'name',
    heading: '姓名',
    synonyms: ['人员姓名'],
    width: 10,
    required: true,
    paths: ['staff.name', 'name'],
  },
  {
    key: 'department',
    heading: '部门',
    synonyms: ['所属部门', '部门名称', '单位部门', '工作部门'],
    width: 14,
    required: true,
    paths: ['department', 'staff.departmentId', 'departmentId'],
  },
  {
    key: 'post',
    heading: '岗位',
    synonyms: ['职务', '岗位名称', '职务（岗位）'],
    width: 14,
    paths: ['staff.post', 'post'],
  },
  {
    key: 'joinedOn',
    heading: '入职日期',
    synonyms: ['入职时间', '到岗日期', '进入本单位日期'],
    width: 12,
    paths: ['staff.joinedOn', 'joinedOn'],
  },
  { key: 'leftOn', heading: '离职日期', width: 12, exportOnly: true },
  { key: 'classified', heading: '是否涉密人员', width: 8, exportOnly: true },
] as const;

const StaffImportInput = z.object({
  department: requiredText('部门', 60),
  staff: StaffAddInput,
});
type StaffImportInput = z.output<typeof StaffImportInput>;

/** The add needs a department id; the row's is decided in the transaction (see the writer). */
const RESOLVED_IN_TRANSACTION = 1;

const staffImport: RegisterImport<StaffImportInput> = {
  schema: StaffImportInput,
  read(cells, ctx) {
    const r = reader(cells, COLUMNS);
    const input = {
      department: departmentOf(r, 'department', ctx),
      staff: {
        name: r.name('name'),
        departmentId: RESOLVED_IN_TRANSACTION,
        post: r.text('post') || undefined,
        joinedOn: optionalDate(r, 'joinedOn'),
      },
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  // One name per department is one person on this list (two of the same name in one department are rare
  // enough for the clerk to tell apart by hand).
  key: (input) => `${input.department}|${input.staff.name}`,
  exists: (tx, input) =>
    tx
      .select({ id: staffMembers.id })
      .from(staffMembers)
      .innerJoin(departments, eq(departments.id, staffMembers.departmentId))
      .where(and(eq(staffMembers.name, input.staff.name), eq(departments.name, input.department)))
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, input) => {
    addStaffInTx(tx, ctx, { ...input.staff, departmentId: departmentIdIn(tx, input.department) });
  },
};

export const staffColumns: RegisterColumns = {
  id: 'staff',
  title: '在职人员名单',
  entity: 'staff_member',
  domain: 'trainings',
  exportAction: 'staff_export_xlsx',
  columns: COLUMNS,
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
  import: staffImport as RegisterImport<unknown>,
};
