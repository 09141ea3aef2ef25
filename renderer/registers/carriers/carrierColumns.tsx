import type { CarrierRow } from '../../../electron/ipc/contract';
import { Chip } from '../../components/Chip';
import { LevelTag } from '../../components/LevelTag';
import type { RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import {
  CARRIER_DUE_LABELS,
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  LEVEL_LABELS,
} from '../../../db/domain/labels';
import { optionsOf, termText } from '../../i18n/labels';

function statusTag(r: CarrierRow) {
  const label = CARRIER_STATUS_LABELS[r.status];
  if (r.loanOverdue) return <Chip color="red">{label}·逾期</Chip>;
  return r.status === 'in_custody' ? label : <Chip>{label}</Chip>;
}

// The order is the clerk's priority (issue 23 point 6): 编号, 密级, 名称 (pinned), then 份数, 保管人, 状态 and
// 到期事项, which fit beside them at 1366 without scrolling; the particulars follow.
export const CARRIER_COLUMNS: RegisterColumn<CarrierRow>[] = [
  {
    key: 'carrierNo',
    title: '编号',
    width: 130,
    sortField: 'carrierNo',
    render: (r) => r.carrierNo,
    pinned: true,
  },
  {
    key: 'level',
    title: '密级',
    width: 90,
    sortField: 'level',
    render: (r) => <LevelTag level={r.level} />,
    filterOptions: optionsOf(LEVEL_LABELS),
  },
  { key: 'name', title: '名称', width: 280, sortField: 'name', render: (r) => r.name, pinned: true },
  {
    key: 'liveCopies',
    title: '在册份数',
    width: 85,
    align: 'right',
    render: (r) => `${r.liveCopies}/${r.copyCount}`,
  },
  { key: 'custodian', title: '保管人', width: 90, render: (r) => r.custodianName },
  {
    key: 'status',
    title: '状态',
    width: 110,
    render: statusTag,
    filterOptions: optionsOf(CARRIER_STATUS_LABELS),
  },
  {
    key: 'due',
    title: '到期事项',
    width: 110,
    render: (r) => (r.loanDueOn ? `应还 ${tableDate(r.loanDueOn)}` : ''),
    filterOptions: optionsOf(CARRIER_DUE_LABELS),
  },
  { key: 'docNo', title: '文号', width: 150, render: (r) => r.docNo ?? '' },
  {
    key: 'type',
    title: '类别',
    width: 80,
    render: (r) => CARRIER_TYPE_LABELS[r.type],
    filterOptions: optionsOf(CARRIER_TYPE_LABELS),
  },
  {
    key: 'term',
    title: '保密期限',
    width: 110,
    render: (r) => (r.expired ? <Chip>已到期</Chip> : termText(r.term)),
  },
  {
    key: 'issuedOn',
    title: '制发日',
    width: 105,
    sortField: 'issuedOn',
    render: (r) => tableDate(r.issuedOn),
  },
  {
    key: 'termEndsOn',
    title: '期限届满',
    width: 105,
    sortField: 'termEndsOn',
    render: (r) => tableDate(r.termEndsOn),
  },
  { key: 'department', title: '部门', width: 120, render: (r) => r.department },
  {
    key: 'source',
    title: '来源',
    width: 70,
    render: (r) => CARRIER_SOURCE_LABELS[r.source],
    defaultHidden: true,
  },
  { key: 'issuer', title: '制作/发文单位', width: 160, render: (r) => r.issuer ?? '', defaultHidden: true },
  { key: 'location', title: '存放位置', width: 120, render: (r) => r.location ?? '', defaultHidden: true },
  {
    key: 'registeredOn',
    title: '登记日期',
    width: 105,
    sortField: 'registeredOn',
    render: (r) => tableDate(r.registeredOn),
  },
];
