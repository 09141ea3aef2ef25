// The columns of 涉密计算机和设备台账 and 涉密存储介质台账: the heading each export writes and the other names clerks'
// sheets give the same column (REFERENCE §2.1/§2.4: sxkxy 设备台账, the bigcash 涉密主机 sheet, 终端台账). A column
// feeds the import input's path and the bare field the write refuses on (rules name the form's own fields).
import type { Column } from './types';

const p = (field: string) => [`device.${field}`, field];

const deviceNo = (heading: string, synonyms: string[]): Column => ({
  key: 'deviceNo',
  heading,
  synonyms: [...synonyms, '保密编号', '统一编号', '编号', '保密统一编号'].filter((h) => h !== heading),
  width: 14,
  required: true,
  paths: p('deviceNo'),
});
const level: Column = {
  key: 'level',
  heading: '密级',
  synonyms: ['设备密级', '介质密级', '涉密等级', '密级程度'],
  width: 8,
  paths: p('level'),
};
const brandModel: Column = {
  key: 'brandModel',
  heading: '型号',
  synonyms: ['品牌型号', '品牌及型号', '规格型号', '设备型号', '品牌'],
  width: 16,
  paths: p('brandModel'),
};
const capacity: Column = {
  key: 'capacity',
  heading: '容量',
  synonyms: ['存储容量', '容量大小'],
  width: 10,
  paths: p('capacity'),
};
const department: Column = {
  key: 'department',
  heading: '使用部门',
  synonyms: ['部门', '所属部门', '责任部门', '使用单位', '部门名称'],
  width: 14,
  paths: ['department', ...p('departmentId')],
};
const custodian: Column = {
  key: 'custodian',
  heading: '责任人',
  synonyms: ['负责人', '保管人', '使用人', '责任人姓名'],
  width: 10,
  paths: ['custodian', ...p('custodianId')],
};
const purpose: Column = {
  key: 'purpose',
  heading: '用途',
  synonyms: ['用途说明', '主要用途'],
  width: 16,
  paths: p('purpose'),
};
const registeredOn: Column = {
  key: 'registeredOn',
  heading: '登记日期',
  synonyms: ['登记时间', '配发日期'],
  width: 12,
  paths: p('registeredOn'),
};
const enabledOn: Column = {
  key: 'enabledOn',
  heading: '启用时间',
  synonyms: ['启用日期', '使用日期', '投入使用日期'],
  width: 12,
  paths: p('enabledOn'),
};
const klass: Column = {
  key: 'class',
  heading: '类别',
  synonyms: ['涉密类别', '是否涉密', '设备类别'],
  width: 10,
  paths: p('class'),
};
// 在用 (with a 责任人), 在库 (停用, without) or 已报废 (with its date, reason and, for a 涉密 item, approval): the
// states a past ledger brings in (devices-import.ts); the others are reached through the device's own forms.
const status: Column = {
  key: 'status',
  heading: '状态',
  synonyms: ['使用状态', '设备状态', '介质状态'],
  width: 10,
  paths: ['status', 'deviceId'],
};
const retired: Column[] = [
  { key: 'retiredOn', heading: '报废日期', width: 12, paths: ['retire.retiredOn', 'retiredOn'] },
  { key: 'retireReason', heading: '报废原因', width: 20, paths: ['retire.reason', 'reason'] },
  {
    key: 'retireApprover',
    heading: '报废审批人',
    width: 14,
    paths: ['retire.approval.approver', 'retire.approval.decision', 'approval'],
  },
  {
    key: 'retireApprovedOn',
    heading: '报废审批日期',
    width: 12,
    paths: ['retire.approval.decidedAt'],
  },
];

export const DEVICE_COLUMNS: readonly Column[] = [
  deviceNo('设备编号', ['设备保密编号', '计算机编号', '设备编码']),
  {
    key: 'assetNo',
    heading: '资产编号',
    synonyms: ['固定资产编号', '资产号'],
    width: 14,
    paths: p('assetNo'),
  },
  { key: 'family', heading: '大类', width: 8, exportOnly: true },
  {
    key: 'kind',
    heading: '类型',
    synonyms: ['设备类型', '设备名称', '名称', '设备种类'],
    width: 10,
    required: true,
    paths: p('kind'),
  },
  klass,
  level,
  brandModel,
  {
    key: 'serialNo',
    heading: '序列号',
    synonyms: ['主机序列号', '出厂编号', '设备序列号', 'SN'],
    width: 16,
    paths: p('serialNo'),
  },
  {
    key: 'diskSerials',
    heading: '硬盘序列号',
    synonyms: ['硬盘ID', '硬盘编号', '硬盘号'],
    width: 20,
    paths: p('diskSerials'),
  },
  { key: 'mac', heading: 'MAC地址', synonyms: ['MAC', '网卡地址', '物理地址'], width: 18, paths: p('mac') },
  capacity,
  department,
  custodian,
  {
    key: 'location',
    heading: '房间号',
    synonyms: ['位置', '放置地点', '存放位置', '安放位置', '地点', '位置/房间'],
    width: 12,
    paths: p('location'),
  },
  purpose,
  {
    key: 'os',
    heading: '操作系统',
    synonyms: ['系统版本', '操作系统及版本', '操作系统版本'],
    width: 14,
    paths: p('os'),
  },
  registeredOn,
  enabledOn,
  status,
  ...retired,
  { key: 'onInternet', heading: '是否联网', synonyms: ['是否连接互联网'], width: 8, paths: p('onInternet') },
];

export const MEDIUM_COLUMNS: readonly Column[] = [
  // 保密编号, as the media page heads it; 介质编号 is how many clerks' sheets head it.
  deviceNo('保密编号', ['介质编号', '介质保密编号', '存储介质编号']),
  {
    key: 'kind',
    heading: '介质类型',
    synonyms: ['类型', '介质种类', '介质名称', '名称'],
    width: 10,
    required: true,
    paths: p('kind'),
  },
  klass,
  level,
  brandModel,
  {
    key: 'serialNo',
    heading: '唯一标识序列号',
    synonyms: ['序列号', '介质序列号', '唯一标识', '出厂编号'],
    width: 18,
    paths: p('serialNo'),
  },
  {
    key: 'volumeId',
    heading: '卷标识',
    synonyms: ['卷序列号', '卷标识号', '卷ID'],
    width: 16,
    paths: p('volumeId'),
  },
  capacity,
  department,
  custodian,
  purpose,
  registeredOn,
  enabledOn,
  status,
  ...retired,
];
