import type * as V from '../vocab';
// ---- 保密检查与整改 ----

export const CHECK_KIND_LABELS: Record<V.CheckKind, string> = {
  self_dept: '部门自查',
  self_person: '个人自查',
  spot: '抽查',
  special: '专项检查',
  joint: '联合检查',
  annual: '年度自查自评',
  superior: '上级检查',
};

export const CHECK_AREA_LABELS: Record<V.CheckArea, string> = {
  responsibility: '保密工作责任制落实情况',
  rules: '保密制度建设情况',
  training: '保密宣传教育培训情况',
  personnel: '涉密人员保密管理情况',
  classification: '国家秘密确定、变更、解除情况',
  carriers: '国家秘密载体管理情况',
  systems: '信息系统和信息设备保密管理情况',
  internet: '互联网使用保密管理情况',
  key_sites: '涉密场所及保密要害部门、部位管理情况',
  procurement: '涉密采购和委托业务管理情况',
  meetings: '涉及国家秘密会议、活动管理情况',
  publication: '信息公开保密审查情况',
  other: '其他遵守保密法律法规和相关制度的情况',
};

export const CHECK_ANSWER_LABELS: Record<V.CheckAnswer, string> = {
  pass: '符合',
  fail: '不符合',
  na: '不适用',
};

export const CHECK_STATUS_LABELS: Record<V.CheckStatus, string> = { open: '检查中', closed: '已结束' };

export const CHECK_FREQUENCY_LABELS: Record<V.CheckFrequency, string> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
  none: '不定期',
};

export const FINDING_SEVERITY_LABELS: Record<V.FindingSeverity, string> = {
  minor: '一般',
  serious: '较重',
  major: '严重',
};

export const FINDING_STATE_LABELS: Record<V.FindingState, string> = {
  pending: '待整改',
  rectifying: '整改中',
  to_verify: '待验收',
  closed: '已整改',
  carried_over: '已结转',
  overdue: '逾期',
};

export const FINDING_EVENT_LABELS: Record<V.FindingEventKind, string> = {
  found: '发现问题',
  assigned: '下达整改',
  started: '开始整改',
  submitted: '整改完成待验收',
  returned: '验收未通过',
  verified: '验收通过',
  carried_over: '结转',
};
