import type * as V from '../vocab';
// ---- Devices and media ----

export const DEVICE_FAMILY_LABELS: Record<V.DeviceFamily, string> = {
  device: '信息设备',
  medium: '存储介质',
};

export const DEVICE_KIND_LABELS: Record<V.DeviceKind, string> = {
  desktop: '台式计算机',
  laptop: '便携式计算机',
  server: '服务器',
  printer: '打印机',
  copier: '复印机',
  scanner: '扫描仪',
  fax: '传真机',
  shredder: '碎纸机',
  multifunction: '多功能一体机',
  security_product: '安全保密产品/技防设备',
  other_device: '其他设备',
  usb: 'U盘',
  portable_disk: '移动硬盘',
  optical: '光盘',
  memory_card: '存储卡',
};

export const DEVICE_CLASS_LABELS: Record<V.DeviceClass, string> = {
  classified: '涉密',
  office: '非涉密',
  internet: '互联网',
};

export const DEVICE_STATUS_LABELS: Record<V.DeviceStatus, string> = {
  in_stock: '在库',
  in_use: '在用',
  on_loan: '借出',
  carried_out: '携带外出',
  in_repair: '维修中',
  retired: '已报废',
  destroyed: '已销毁',
};

export const REPAIR_MODE_LABELS: Record<V.RepairMode, string> = {
  onsite: '现场维修',
  outside: '送外维修',
};

export const DEVICE_CHECK_KIND_LABELS: Record<V.DeviceCheckKind, string> = {
  secrecy: '保密检查',
  antivirus: '病毒查杀',
  audit_log: '审计日志查看',
};

export const DEVICE_EVENT_KIND_LABELS: Record<V.DeviceEventKind, string> = {
  register: '登记',
  issue: '领用',
  give_back: '归还入库',
  borrow: '借用',
  carry_out: '携带外出',
  return: '返回检查',
  change: '变更',
  repair: '维修',
  repair_done: '维修完成',
  retire: '报废',
  destroy: '销毁',
  downgrade: '降密/转为非涉密',
  check: '定期检查',
  inventory: '清点',
};

export const STORAGE_STATE_LABELS: Record<V.StorageState, string> = {
  installed: '在机',
  removed: '已拆除保管',
  replaced: '已更换',
  destroyed: '已销毁',
};
