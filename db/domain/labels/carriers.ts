import type * as V from '../vocab';
// ---- Carriers and 定密 ----

/** Also the labels of the national levels and of the host's level (both are carrier levels). */
export const LEVEL_LABELS: Record<V.CarrierLevel, string> = {
  top_secret: '绝密',
  secret: '机密',
  confidential: '秘密',
  commercial_core: '核心商密',
  commercial_general: '普通商密',
  work_secret: '工作秘密',
  internal: '内部',
};

/** Also the labels of the media a package is written to (each is registered as a carrier of its type). */
export const CARRIER_TYPE_LABELS: Record<V.CarrierType, string> = {
  paper: '纸质',
  cd: '光盘',
  usb: 'U盘',
  disk: '硬盘',
  tape: '磁带',
  sample: '密品',
  other: '其他',
};

export const CARRIER_SOURCE_LABELS: Record<V.CarrierSource, string> = {
  received: '收文',
  produced: '自制',
  copied: '复制',
};

export const TERM_KIND_LABELS: Record<V.TermKind, string> = {
  period: '年限',
  until_date: '解密日期',
  condition: '解密条件',
  long_term: '长期',
};

/** A copy's status, and so a carrier's. */
export const CARRIER_STATUS_LABELS: Record<V.CarrierStatus, string> = {
  in_custody: '在管',
  on_loan: '借出',
  carried_out: '外出携带',
  returned_to_issuer: '已清退',
  handed_over: '已移交',
  destroyed: '已销毁',
};

export const CLASS_STATE_LABELS: Record<V.ClassState, string> = {
  classified: '未解密',
  declassified: '已解密',
};

/** Also the labels of the 定密 decisions and of the movement kinds (each is an event of the history). */
export const CARRIER_EVENT_LABELS: Record<V.CarrierEventKind, string> = {
  register: '登记',
  distribute: '分发',
  recall: '收回',
  borrow: '借阅',
  return: '归还',
  carry_out: '外出携带',
  copy: '复制',
  return_to_issuer: '清退',
  hand_over: '移交',
  destroy: '销毁',
  edit: '修改',
  classify: '定密',
  reclassify: '变更密级',
  declassify: '解密',
  extend: '延长保密期限',
  maintain: '维持',
  knower: '知悉人员登记',
  attach: '附件',
  inventory: '清点',
};

export const COPY_MODE_LABELS: Record<V.CopyMode, string> = { copy: '复制', excerpt: '摘录' };

export const REVIEW_DECISION_LABELS: Record<V.ReviewDecision, string> = {
  maintain: '维持',
  reclassify: '变更',
  declassify: '解密',
  extend: '延期',
};

export const REVIEW_REASON_LABELS: Record<V.ReviewReason, string> = {
  yearly: '年度审核',
  term_ending: '期限将满',
  term_expired: '已到期',
};

export const DESTRUCTION_METHOD_LABELS: Record<V.DestructionMethod, string> = {
  shred: '粉碎',
  incinerate: '焚烧',
  pulp: '化浆',
  degauss: '消磁',
  physical: '物理破坏',
  facility: '送销毁机构',
};

export const INVENTORY_SCOPE_LABELS: Record<V.InventoryScope, string> = {
  all: '全部载体',
  department: '按部门',
  custodian: '按保管人',
};

export const INVENTORY_RESULT_LABELS: Record<V.InventoryResult, string> = {
  pending: '未清点',
  present: '在位',
  missing: '缺失',
  discrepant: '不符',
};

export const INVENTORY_STATUS_LABELS: Record<V.InventoryStatus, string> = {
  open: '进行中',
  closed: '已结束',
};

export const INVENTORY_FREQUENCY_LABELS: Record<V.InventoryFrequency, string> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
};

export const CARRIER_DUE_LABELS: Record<V.CarrierDueFilter, string> = {
  loan_overdue: '借出逾期',
  term_ending: '保密期限将满',
  term_expired: '已到期',
  review_due: '待年度审核',
};
