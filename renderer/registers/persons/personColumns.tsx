import type { Clearance, DepartmentView, PersonRow, PersonStatus } from '../../../electron/ipc/contract';
import type { RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import {
  CLEARANCE_LABELS,
  GENDER_LABELS,
  LEVEL_LABELS,
  PERSON_DUE_LABELS,
  PERSON_STATUS_LABELS,
} from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { CLEARANCE_COLORS } from './personLabels';
import { Chip } from '../../components/Chip';

export function ClearanceTag({ clearance }: { clearance: Clearance | null }) {
  if (!clearance) return <Chip>未确定</Chip>;
  return (
    <Chip color={CLEARANCE_COLORS[clearance]} className="clearance-tag">
      {CLEARANCE_LABELS[clearance]}
    </Chip>
  );
}

export function StatusTag({ status }: { status: PersonStatus }) {
  const color = status === 'in_post' ? 'green' : status === 'separation' ? 'orange' : undefined;
  return (
    <Chip color={color} className="person-status">
      {PERSON_STATUS_LABELS[status]}
    </Chip>
  );
}

export function personColumns(departments: DepartmentView[]): RegisterColumn<PersonRow>[] {
  return [
    {
      key: 'name',
      title: '姓名',
      width: 100,
      sortField: 'name',
      render: (r) => <a href={`#/reg/persons/${r.id}`}>{r.name}</a>,
    },
    { key: 'gender', title: '性别', width: 60, render: (r) => GENDER_LABELS[r.gender] },
    {
      key: 'departmentId',
      title: '部门',
      width: 140,
      sortField: 'department',
      render: (r) => r.department,
      filterOptions: departments.map((d) => ({ value: String(d.id), label: d.name })),
    },
    {
      key: 'clearance',
      title: '涉密等级',
      width: 100,
      sortField: 'clearance',
      render: (r) => <ClearanceTag clearance={r.clearance} />,
      filterOptions: optionsOf(CLEARANCE_LABELS),
    },
    {
      key: 'clearedOn',
      title: '确定时间',
      width: 105,
      sortField: 'clearedOn',
      render: (r) => tableDate(r.clearedOn),
    },
    {
      key: 'highestLevel',
      title: '接触最高密级',
      width: 105,
      render: (r) => (r.highestLevel ? LEVEL_LABELS[r.highestLevel] : ''),
    },
    {
      key: 'status',
      title: '状态',
      width: 110,
      render: (r) => <StatusTag status={r.status} />,
      filterOptions: optionsOf(PERSON_STATUS_LABELS),
    },
    {
      key: 'due',
      title: '脱密期/复审',
      width: 150,
      render: (r) =>
        r.separationEndsOn
          ? `脱密期至 ${tableDate(r.separationEndsOn)}`
          : r.vettingDue
            ? `待复审（${tableDate(r.nextVettingOn)}）`
            : '',
      filterOptions: optionsOf(PERSON_DUE_LABELS),
    },
    { key: 'idNumber', title: '证件号', width: 175, render: (r) => r.idNumber, defaultHidden: true },
    { key: 'postCertNo', title: '上岗证', width: 120, render: (r) => r.postCertNo ?? '' },
    {
      key: 'flags',
      title: '定密责任人/要害部门',
      width: 150,
      render: (r) => [r.isClassifier ? '定密责任人' : '', r.isKeyDeptStaff ? '要害部门' : ''].join(' '),
      defaultHidden: true,
    },
  ];
}
