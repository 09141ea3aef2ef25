import type * as V from '../vocab';
// ---- 保密审查, 要害部门部位, 保密委员会, 涉密会议与活动 ----

export const REVIEW_PURPOSE_LABELS: Record<V.ReviewPurpose, string> = {
  disclosure: '信息公开',
  website: '网站发布',
  press: '新闻稿',
  publication: '论文/出版',
  exhibition: '参展',
  external: '对外提供资料',
  abroad: '向境外提供',
  other: '其他',
};

export const REVIEW_STEP_LABELS: Record<V.ReviewStep, string> = {
  dept: '部门初审',
  office: '保密办审查',
  expert: '专家意见',
  leader: '单位领导签批',
  committee: '保密委员会',
};

export const REVIEW_STATUS_LABELS: Record<V.ReviewStatus, string> = {
  in_review: '审查中',
  decided: '已办结',
  withdrawn: '已撤回',
};

export const REVIEW_OUTCOME_LABELS: Record<V.ReviewOutcome, string> = {
  publish: '同意公开',
  publish_amended: '删改后公开',
  withhold: '不予公开',
  classified: '按涉密办理',
};

export const KEY_SITE_KIND_LABELS: Record<V.KeySiteKind, string> = {
  department: '要害部门',
  place: '要害部位',
};

export const KEY_SITE_STATUS_LABELS: Record<V.KeySiteStatus, string> = {
  proposed: '已申报',
  approved: '已审定',
  rejected: '未获审定',
  revoked: '已撤销',
};

export const PROTECTION_CATEGORY_LABELS: Record<V.ProtectionCategory, string> = {
  manual: '人工防护',
  physical: '物理防护',
  technical: '技术防护',
};

export const SITE_CHECK_RESULT_LABELS: Record<V.SiteCheckResult, string> = {
  ok: '正常',
  issues: '发现问题',
};

export const COMMITTEE_ROLE_LABELS: Record<V.CommitteeRole, string> = {
  chair: '主任',
  vice_chair: '副主任',
  member: '委员',
  office_head: '保密办负责人',
};

export const TASK_KIND_LABELS: Record<V.TaskKind, string> = {
  decision: '会议决定事项',
  plan_item: '年度计划事项',
};

export const TASK_STATUS_LABELS: Record<V.TaskStatus, string> = {
  open: '办理中',
  done: '已完成',
};

export const MEETING_KIND_LABELS: Record<V.MeetingKind, string> = {
  meeting: '涉密会议',
  visit: '外单位参观考察',
  exhibition: '参展',
};

export const MEETING_STATUS_LABELS: Record<V.MeetingStatus, string> = {
  planned: '筹备中',
  approved: '已批准',
  closed: '已结束',
};

export const ARCHIVE_KIND_LABELS: Record<V.ArchiveKind, string> = {
  document: '文件',
  bulletin: '通报',
  memo: '备忘录',
  minutes: '会议记录',
  inspection_report: '检查报告',
  summary: '总结',
};

export const LEADER_DUTY_LABELS: Record<V.LeaderDuty, string> = {
  lead_responsibility: '履行保密工作领导责任（主要负责人负总责，分管负责人在职责范围内负领导责任）',
  study_deploy: '学习贯彻保密法律法规，传达落实上级保密工作部署',
  committee_meetings: '主持或参加保密委员会会议，研究解决保密工作重要问题',
  rules: '督促健全本单位（分管领域）保密制度并抓好落实',
  business_secrecy: '管业务同时管保密，分管业务工作中落实保密要求',
  training: '参加保密教育培训，带头宣传保密知识',
  inspection: '督促开展保密检查，推动问题整改',
  own_conduct: '本人严格遵守保密纪律（涉密载体、涉密设备、通信和网络使用）',
};

export const DUTY_RATING_LABELS: Record<V.DutyRating, string> = {
  done: '落实',
  partly: '基本落实',
  not_done: '未落实',
};

export const LEADER_GRADE_LABELS: Record<V.LeaderGrade, string> = {
  good: '好',
  fair: '较好',
  average: '一般',
  poor: '差',
};
