// The columns of the device and media registers: filters (类型, 类别, 密级, 状态) in the headers, sort by
// 保密编号, 密级 and 登记日期 (each has an index behind it).
import type { DeviceFamily, DeviceRow } from '../../../electron/ipc/contract';
import { LevelTag } from '../../components/LevelTag';
import type { RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import {
  DEVICE_CLASS_LABELS,
  DEVICE_KIND_LABELS,
  DEVICE_STATUS_LABELS,
  LEVEL_LABELS,
} from '../../../db/domain/labels';
import { DEVICE_KINDS, MEDIUM_KINDS, NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { optionsOf } from '../../i18n/labels';
import { Chip } from '../../components/Chip';

export function statusTag(r: Pick<DeviceRow, 'status' | 'overdue'>) {
  const label = DEVICE_STATUS_LABELS[r.status];
  if (r.overdue) return <Chip color="red">{label}·逾期</Chip>;
  if (r.status === 'in_use' || r.status === 'in_stock') return label;
  return (
    <Chip color={r.status === 'destroyed' || r.status === 'retired' ? 'default' : 'orange'}>{label}</Chip>
  );
}

export function classTag(r: Pick<DeviceRow, 'class' | 'level'>) {
  if (r.class === 'classified' && r.level) return <LevelTag level={r.level} />;
  return <Chip color={r.class === 'internet' ? 'blue' : 'default'}>{DEVICE_CLASS_LABELS[r.class]}</Chip>;
}

const yes = (b: boolean) => (b ? '是' : '否');

export function deviceColumns(family: DeviceFamily): RegisterColumn<DeviceRow>[] {
  const kinds =
    family === 'medium'
      ? MEDIUM_KINDS
      : DEVICE_KINDS.filter((k) => !(MEDIUM_KINDS as readonly string[]).includes(k));
  const cols: (RegisterColumn<DeviceRow> | null)[] = [
    { key: 'deviceNo', title: '保密编号', width: 120, sortField: 'deviceNo', render: (r) => r.deviceNo },
    {
      key: 'level',
      title: '密级/类别',
      width: 112,
      sortField: 'levelRank',
      render: classTag,
      filterOptions: optionsOf(LEVEL_LABELS, NATIONAL_LEVELS),
    },
    {
      key: 'kind',
      title: '类型',
      width: 120,
      render: (r) => DEVICE_KIND_LABELS[r.kind],
      filterOptions: optionsOf(DEVICE_KIND_LABELS, kinds),
    },
    {
      key: 'class',
      title: '涉密/非涉密',
      width: 116,
      render: (r) => DEVICE_CLASS_LABELS[r.class],
      filterOptions: optionsOf(DEVICE_CLASS_LABELS),
      defaultHidden: family === 'medium',
    },
    { key: 'brandModel', title: '品牌型号', width: 150, render: (r) => r.brandModel ?? '' },
    {
      key: 'serialNo',
      title: family === 'medium' ? '序列号/唯一标识' : '序列号',
      width: 140,
      render: (r) => r.serialNo ?? '',
    },
    family === 'device'
      ? { key: 'disks', title: '硬盘序列号', width: 160, render: (r) => r.diskSerials.join('、') }
      : { key: 'capacity', title: '容量', width: 80, render: (r) => r.capacity ?? '' },
    { key: 'custodian', title: '责任人', width: 90, render: (r) => r.custodianName ?? '' },
    { key: 'department', title: '使用部门', width: 110, render: (r) => r.department ?? '' },
    family === 'device'
      ? { key: 'location', title: '位置/房间', width: 110, render: (r) => r.location ?? '' }
      : null,
    {
      key: 'status',
      title: '状态',
      width: 100,
      render: statusTag,
      filterOptions: optionsOf(DEVICE_STATUS_LABELS),
    },
    { key: 'holder', title: '借用/携带人', width: 100, render: (r) => r.holderName ?? '' },
    { key: 'dueOn', title: '应还日期', width: 100, render: (r) => tableDate(r.dueOn) },
    family === 'device'
      ? {
          key: 'monitor',
          title: '三合一',
          width: 70,
          render: (r) => yes(r.monitorInstalled),
          defaultHidden: true,
        }
      : null,
    family === 'device'
      ? {
          key: 'network',
          title: '接入涉密网',
          width: 90,
          render: (r) => yes(r.secretNetwork),
          defaultHidden: true,
        }
      : null,
    {
      key: 'registeredOn',
      title: '登记日期',
      width: 100,
      sortField: 'registeredOn',
      render: (r) => tableDate(r.registeredOn),
    },
  ];
  return cols.filter((c): c is RegisterColumn<DeviceRow> => c !== null);
}
