// 国家秘密事项一览表 in a sheet (regulation art. 13; the year book's first register of REFERENCE §2.1): each entry's
// name, 密级 and 保密期限 (or 解密条件), its 定密责任人, 产生部门 and basis. A row imports through the register's own
// 新增 (createItemInTx), so a term above its level's cap or a 解密日期 instead of a length is refused as on the
// form; the entry's name is its key. 在用/停用 and the count of carriers citing it are written for the reader.
import { eq } from 'drizzle-orm';
import { LEVEL_LABELS } from '../../../../db/domain/labels';
import { classificationItems } from '../../../../db/schema';
import {
  ClassificationItemInput,
  ClassificationListInput,
  type ClassificationItemView,
} from '../../../ipc/schemas/classification';
import { termLabel } from '../../carriers';
import { createItemInTx, listItems } from '../../classification';
import { reader } from './common';
import { allRows, yesNo } from './paged';
import type { Column, RegisterColumns, RegisterImport } from './types';

const COLUMNS: readonly Column[] = [
  {
    key: 'name',
    heading: '事项名称',
    synonyms: ['国家秘密事项名称', '国家秘密事项', '事项', '名称'],
    width: 36,
    required: true,
    paths: ['name'],
  },
  { key: 'level', heading: '密级', synonyms: ['密级程度'], width: 8, required: true, paths: ['level'] },
  {
    key: 'term',
    heading: '保密期限',
    synonyms: ['期限', '保密期限或解密条件', '解密条件'],
    width: 16,
    paths: ['term'],
  },
  {
    key: 'classifierName',
    heading: '定密责任人',
    synonyms: ['定密人', '确定人'],
    width: 10,
    required: true,
    paths: ['classifierName'],
  },
  {
    key: 'department',
    heading: '产生部门',
    synonyms: ['部门', '产生单位', '所属部门', '责任部门'],
    width: 14,
    paths: ['department'],
  },
  {
    key: 'basis',
    heading: '定密依据',
    synonyms: ['保密事项范围依据', '依据', '保密事项范围条目'],
    width: 30,
    paths: ['basis'],
  },
  {
    key: 'keyDepartment',
    heading: '要害部门',
    synonyms: ['是否要害部门'],
    width: 8,
    paths: ['keyDepartment'],
  },
  { key: 'notes', heading: '备注', width: 20, paths: ['notes'] },
  { key: 'carriers', heading: '引用载体数', width: 8, exportOnly: true },
  { key: 'active', heading: '状态', width: 8, exportOnly: true },
];

const YES_NO = { yes: '是', no: '否' } as const;
type ItemInput = (typeof ClassificationItemInput)['_output'];

const itemImport: RegisterImport<ItemInput> = {
  schema: ClassificationItemInput,
  read(cells) {
    const r = reader(cells, COLUMNS);
    const level = r.level('level');
    // 机密★10年 in the 密级 cell carries the term; a 保密期限 cell says it on its own.
    const term = r.text('term')
      ? r.term('term')
      : (level?.term ??
        (level ? r.missing('term', '请填写保密期限（或在密级后写明，如 机密★10年）') : undefined));
    const input = {
      name: r.prose('name'),
      level: level?.level,
      term,
      classifierName: r.name('classifierName'),
      department: r.text('department') || undefined,
      basis: r.prose('basis') || undefined,
      keyDepartment: r.text('keyDepartment') ? r.choice('keyDepartment', YES_NO) === 'yes' : false,
      notes: r.prose('notes') || undefined,
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  key: (i) => i.name,
  exists: (tx, i) =>
    tx
      .select({ id: classificationItems.id })
      .from(classificationItems)
      .where(eq(classificationItems.name, i.name))
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, i) => {
    createItemInTx(tx, ctx, i);
  },
};

export const classificationItemColumns: RegisterColumns = {
  id: 'classification_items',
  title: '国家秘密事项一览表',
  entity: 'classification_item',
  domain: 'classification',
  exportAction: 'classification_items_export_xlsx',
  columns: COLUMNS,
  query: ClassificationListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => ClassificationListInput.parse(q),
      (q) => listItems(db, q),
      (i: ClassificationItemView) => ({
        name: i.name,
        level: LEVEL_LABELS[i.level],
        term: termLabel(i.term),
        classifierName: i.classifierName,
        department: i.department ?? '',
        basis: i.basis ?? '',
        keyDepartment: yesNo(i.keyDepartment),
        notes: i.notes ?? '',
        carriers: i.carriers,
        active: i.active ? '在用' : '已停用',
      }),
    ),
  import: itemImport as RegisterImport<unknown>,
};
