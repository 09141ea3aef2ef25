import type * as V from '../vocab';

export const UNIT_KIND_LABELS: Record<V.UnitKind, string> = {
  organ: '机关',
  institution: '事业单位',
  enterprise: '企业',
};

export const ROLE_LABELS: Record<V.Role, string> = {
  clerk: '保密员',
  leader: '单位领导',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditor: '安全审计员',
};

export const ADMIN_MODE_LABELS: Record<V.AdminMode, string> = {
  strict: '三员分立（系统管理员、安全保密管理员、安全审计员各设账户）',
  small: '小单位模式（保密员兼任系统和安全保密管理员）',
};

export const APP_MODE_LABELS: Record<V.AppMode, string> = {
  unit: '本单位',
  supervisor: '上级单位（保密局）',
};

export const ACCOUNT_STATUS_LABELS: Record<V.AccountStatus, string> = { active: '启用', disabled: '已停用' };

/** Every page by its name in the navigation: the registers of DOMAIN.md, the administration pages, 修改密码. */
export const PAGE_LABELS: Record<V.PageId, string> = {
  carriers: '涉密载体',
  classification_items: '国家秘密事项一览表/定密',
  persons: '涉密人员',
  private_travel: '因私出国(境)',
  allowance: '保密津贴',
  classified_devices: '涉密计算机及设备',
  classified_media: '涉密移动存储介质',
  usage_logs: '使用登记',
  repairs: '维修',
  trainings: '保密教育培训',
  inspections: '保密检查与整改',
  incidents: '泄密事件/违规',
  reviews: '保密审查',
  key_sites: '要害部门部位',
  committee: '保密委员会',
  approvals: '审批',
  exchange: '报送与接收',
  yearbook: '年度台账与自查自评',
  accounts: '账户管理',
  settings: '系统设置',
  audit: '审计日志',
  backup: '备份与恢复',
  password: '修改密码',
};
