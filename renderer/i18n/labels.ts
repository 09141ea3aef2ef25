// Chinese labels for the vocabulary's codes (db/domain/vocab.ts). `Record<Code, …>` makes the compiler
// refuse a code without a label, so a new value in the vocabulary cannot reach the screen untranslated.
import type {
  AdminMode,
  ApprovalKind,
  CarrierDueFilter,
  CarrierEventKind,
  CarrierLevel,
  CarrierSource,
  CarrierStatus,
  CarrierType,
  HostLevel,
  Role,
  TermView,
  UnitKind,
} from '../../electron/ipc/contract';

export const LEVEL_LABELS: Record<CarrierLevel, string> = {
  top_secret: '绝密',
  secret: '机密',
  confidential: '秘密',
  commercial_core: '核心商密',
  commercial_general: '普通商密',
  work_secret: '工作秘密',
  internal: '内部',
};

export const HOST_LEVEL_LABELS: Record<HostLevel, string> = { confidential: '秘密', secret: '机密' };

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '保密员',
  leader: '单位领导',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditor: '安全审计员',
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  organ: '机关',
  institution: '事业单位',
  enterprise: '企业',
};

export const ADMIN_MODE_LABELS: Record<AdminMode, string> = {
  strict: '三员分立（系统管理员、安全保密管理员、安全审计员各设账户）',
  small: '小单位模式（保密员兼任系统和安全保密管理员）',
};

export const CARRIER_STATUS_LABELS: Record<CarrierStatus, string> = {
  in_custody: '在库',
  on_loan: '借出',
  carried_out: '外出携带',
  returned_to_issuer: '已清退',
  handed_over: '已移交',
  destroyed: '已销毁',
};

export const CARRIER_TYPE_LABELS: Record<CarrierType, string> = {
  paper: '纸质',
  cd: '光盘',
  usb: 'U 盘',
  disk: '硬盘',
  tape: '磁带',
  sample: '密品',
  other: '其他',
};

export const CARRIER_SOURCE_LABELS: Record<CarrierSource, string> = {
  received: '收文',
  produced: '自制',
  copied: '复制',
};

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  borrow: '借阅',
  copy: '复制',
  destroy: '销毁',
  carry_out: '外出携带',
  leave: '离岗',
  travel: '因私出国(境)',
  clearance: '涉密等级确定',
  classify: '定密',
  other: '其他',
};

export const DECISION_LABELS: Record<'approved' | 'rejected', string> = {
  approved: '同意',
  rejected: '不同意',
};

/** Options for a Select from a label table, in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export const CARRIER_EVENT_LABELS: Record<CarrierEventKind, string> = {
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

export const CARRIER_DUE_LABELS: Record<CarrierDueFilter, string> = {
  loan_overdue: '借出逾期',
  term_ending: '保密期限将满',
  term_expired: '已到期',
  review_due: '待年度审核',
};

/** 保密期限 as written on the carrier: 10年 / 10年6个月 / 至2030-01-01 / 条件 / 长期. */
export function termText(t: TermView): string {
  switch (t.kind) {
    case 'period':
      return `${t.years ? `${t.years}年` : ''}${t.months ? `${t.months}个月` : ''}`;
    case 'until_date':
      return `至 ${t.until ?? ''}`;
    case 'condition':
      return t.condition ?? '';
    case 'long_term':
      return '长期';
  }
}
