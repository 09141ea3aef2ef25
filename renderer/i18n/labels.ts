// Chinese labels for the vocabulary's codes (db/domain/vocab.ts). `Record<Code, …>` makes the compiler
// refuse a code without a label, so a new value in the vocabulary cannot reach the screen untranslated.
import type {
  AdminMode,
  ApprovalKind,
  CarrierLevel,
  CarrierSource,
  CarrierStatus,
  CarrierType,
  HostLevel,
  Role,
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
