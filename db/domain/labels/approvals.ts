import type * as V from '../vocab';
// ---- Approvals ----

export const APPROVAL_KIND_LABELS: Record<V.ApprovalKind, string> = {
  borrow: '借阅',
  copy: '复制',
  destroy: '销毁',
  carry_out: '外出携带',
  leave: '离岗',
  travel: '因私出国(境)',
  clearance: '涉密等级确定',
  classify: '定密',
  repair: '设备维修',
  review: '保密审查',
  key_site: '要害部门部位审定',
  meeting: '涉密会议活动',
  other: '其他',
};

export const APPROVAL_DECISION_LABELS: Record<V.ApprovalDecision, string> = {
  approved: '同意',
  rejected: '不同意',
};

export const REQUEST_STATUS_LABELS: Record<V.RequestStatus, string> = {
  pending: '待审批',
  approved: '已同意',
  rejected: '未同意',
  used: '已办理',
  withdrawn: '已撤回',
};
