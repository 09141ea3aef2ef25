import type { AuditEntity } from '../domains';
import type * as V from '../vocab';
// ---- Reporting (报送) ----

export const COUNTERPART_ROLE_LABELS: Record<V.CounterpartRole, string> = {
  supervisor: '上级单位',
  subordinate: '下级单位',
};

export const EXCHANGE_PROFILE_LABELS: Record<V.ExchangeProfile, string> = {
  full: '全量',
  incremental: '增量',
  annual: '年度报告',
};

/** Each refusal's short title (the core's message says what to do about it). */
export const REFUSAL_LABELS: Record<V.RefusalReason, string> = {
  NOT_PACKAGE: '不是报送数据包',
  UNKNOWN_FORMAT: '格式版本不支持',
  UNKNOWN_SENDER_KEY: '发送单位或其密钥未登记',
  BAD_SIGNATURE: '签名无效',
  WRONG_RECEIVER: '不是发给本单位的',
  DECRYPT_FAILED: '解密失败（文件被改动或不完整）',
  PART_HASH_MISMATCH: '内容校验值不符',
  REPLAY: '重复导入（该序号已接收）',
  GAP: '序号不连续（缺少数据包）',
  FORK: '与已接收的数据包不衔接',
  UNKNOWN_SCHEMA: '数据结构版本不支持',
  AUDIT_NOT_EXTENDED: '审计记录与上次报送不衔接',
};

/** The audit log: what an audit entry names as changed (the keys of ENTITY_DOMAINS in domains.ts), as the auditor reads it. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  account: '账户',
  agreement: '保密协议',
  appraisal: '保密考核',
  allowance_statement: '保密津贴发放表',
  approval: '审批',
  approval_request: '审批申请',
  attachment: '附件',
  audit: '审计日志清理',
  audit_log: '审计日志',
  carrier: '涉密载体',
  classification_item: '国家秘密事项',
  clearance_decision: '涉密等级审定',
  counterpart: '对方单位',
  database: '数据库',
  department: '部门',
  device: '信息设备与存储介质',
  device_inventory: '设备与介质清点',
  destruction: '销毁批次',
  exchange_package: '报送数据包',
  notice: '上级单位通知',
  inventory: '清点',
  keyring: '登录密钥文件',
  leaving: '离岗离职',
  passport: '因私证照',
  person: '涉密人员',
  print: '打印',
  private_travel: '因私出国(境)',
  sanction: '奖惩',
  settings: '系统设置',
  staff_member: '在职人员',
  training_session: '保密教育培训',
  unit: '本单位',
  unit_key: '本单位密钥',
  inspection: '保密检查',
  finding: '检查发现问题',
  incident: '泄密事件/违规',
  review: '保密审查',
  key_site: '要害部门部位',
  committee_member: '保密委员会成员',
  committee_meeting: '保密委员会会议',
  committee_task: '委员会督办事项',
  committee_year: '年度工作计划与总结',
  responsibility_letter: '部门保密工作责任书',
  leader_check: '领导干部履行保密工作责任制情况检查',
  classified_meeting: '涉密会议与活动',
  rule_document: '保密制度',
  archive_item: '保密工作档案',
  self_assessment: '年度保密自查自评报告',
  yearbook: '年度保密工作台账',
};
