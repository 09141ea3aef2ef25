// Chinese labels of the training, appraisal, 奖惩 and agreement codes (../vocab/trainings.ts).
import type * as V from '../vocab';

export const SESSION_FORM_LABELS: Record<V.SessionForm, string> = {
  group_study: '集中学习',
  lecture: '讲座',
  special: '专题培训',
  warning: '警示教育',
  superior: '上级培训',
  online_exam: '在线考试',
  publicity_month: '宣传月活动',
  foreign_affairs: '涉外活动前教育',
  other: '其他',
};

export const SESSION_STATUS_LABELS: Record<V.SessionStatus, string> = {
  planned: '计划',
  held: '已举办',
  cancelled: '已取消',
};

export const ATTENDANCE_STATUS_LABELS: Record<V.AttendanceStatus, string> = {
  present: '出席',
  absent: '缺席',
  make_up: '补学',
};

export const APPRAISAL_KIND_LABELS: Record<V.AppraisalKind, string> = {
  annual: '涉密人员年度考核',
  clerk_annual: '保密员年度考核',
  special: '专项考核',
  pre_post: '岗前培训考核',
};

export const APPRAISAL_RESULT_LABELS: Record<V.AppraisalResult, string> = {
  excellent: '优秀',
  pass: '合格',
  basic_pass: '基本合格',
  fail: '不合格',
};

export const SANCTION_KIND_LABELS: Record<V.SanctionKind, string> = { reward: '奖励', penalty: '惩处' };

export const SANCTION_APPROVER_LABELS: Record<V.SanctionApprover, string> = {
  committee: '保密委员会',
  leading_group: '保密工作领导小组',
};

export const AGREEMENT_KIND_LABELS: Record<V.AgreementKind, string> = {
  tech_secrecy: '技术保密协议',
  ip_protection: '知识产权保护协议',
  non_compete: '竞业限制协议',
  partner: '合作方保密协议',
};
