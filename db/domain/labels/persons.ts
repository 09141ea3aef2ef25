import type * as V from '../vocab';
// ---- Personnel ----

export const CLEARANCE_LABELS: Record<V.Clearance, string> = {
  core: '核心',
  important: '重要',
  general: '一般',
};

export const GENDER_LABELS: Record<V.Gender, string> = { male: '男', female: '女' };

export const PERSON_STATUS_LABELS: Record<V.PersonStatus, string> = {
  proposed: '拟任',
  in_post: '在岗',
  separation: '离岗脱密期',
  released: '脱密期满',
  transferred: '调离',
  resigned: '离职',
  retired: '退休',
  rejected: '未通过审查',
};

export const PERSON_DUE_LABELS: Record<V.PersonDueFilter, string> = {
  vetting_due: '待复审',
  in_separation: '脱密期内',
  separation_ending: '脱密期将满',
};

export const CLEARANCE_STEP_LABELS: Record<V.ClearanceStep, string> = {
  nominate: '部门提名',
  dept_review: '部门负责人审核',
  leader_approve: '单位领导审批',
  file: '备案',
};

export const CLEARANCE_DECISION_STATUS_LABELS: Record<V.ClearanceDecisionStatus, string> = {
  open: '办理中',
  filed: '已备案',
  rejected: '未同意',
};

export const VETTING_KIND_LABELS: Record<V.VettingKind, string> = { initial: '审查', review: '复审' };

export const VETTING_RESULT_LABELS: Record<V.VettingResult, string> = { passed: '通过', failed: '未通过' };

export const TRAINING_KIND_LABELS: Record<V.TrainingKind, string> = {
  pre_post: '岗前培训',
  annual: '年度培训',
  other: '其他培训',
};

export const PLEDGE_KIND_LABELS: Record<V.PledgeKind, string> = {
  onboarding: '上岗保密承诺书',
  in_post: '在岗保密承诺书',
  leaving: '离岗保密承诺书',
  travel: '出国(境)保密承诺书',
  responsibility_letter: '保密责任书',
};

export const TRAVEL_STATUS_LABELS: Record<V.TravelStatus, string> = {
  applied: '已申请',
  dept_approved: '部门已同意',
  approved: '已批准',
  refused: '未批准',
  departed: '已出境',
  returned: '已返回',
  cancelled: '已撤销',
};

export const TRAVEL_STEP_LABELS: Record<V.TravelStep, string> = {
  dept_leader: '部门领导审批',
  committee: '保密委员会审批',
};

export const PASSPORT_KIND_LABELS: Record<V.PassportKind, string> = {
  passport: '护照',
  hk_macau: '港澳通行证',
  taiwan: '台湾通行证',
};

export const LEAVING_KIND_LABELS: Record<V.LeavingKind, string> = {
  off_post: '离岗',
  resign: '离职',
  retire: '退休',
  transfer: '调动',
};

export const LEAVING_STATUS_LABELS: Record<V.LeavingStatus, string> = {
  open: '办理中',
  approved: '已审批',
  cancelled: '已撤销',
};

/** In the words of regulation art. 53, so a refusal that lists the missing steps reads as the regulation does. */
export const LEAVING_STEP_LABELS: Record<V.LeavingStep, string> = {
  talk: '保密提醒谈话',
  carriers: '清退涉密载体',
  devices: '交回涉密设备',
  account: '取消涉密信息系统访问权限',
  pledge: '签订离岗保密承诺书',
};

export const DEPARTURE_KIND_LABELS: Record<V.DepartureKind, string> = {
  transfer: '调离',
  resign: '离职',
  retire: '退休',
};

export const PERSON_EVENT_LABELS: Record<V.PersonEventKind, string> = {
  create: '登记',
  edit: '修改',
  post_add: '任岗位',
  post_end: '离开岗位',
  clearance_step: '涉密等级审批',
  clearance: '涉密等级确定',
  vetting: '审查',
  training: '培训',
  pledge: '承诺书',
  posted: '上岗',
  travel: '因私出国(境)',
  leaving: '离岗',
  separation_extend: '延长脱密期',
  departure: '离开单位',
  account_link: '关联账户',
};

export const ALLOWANCE_STATUS_LABELS: Record<V.AllowanceStatus, string> = { draft: '草稿', final: '定稿' };
