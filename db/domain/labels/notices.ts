import type * as V from '../vocab';
// ---- Notices the supervising bureau sends down (issue 25, point 6) ----

export const NOTICE_KIND_LABELS: Record<V.NoticeKind, string> = {
  opinion: '离岗离职意见',
  rectification: '整改通知',
  filing: '备案回执',
};

export const OPINION_VERDICT_LABELS: Record<V.OpinionVerdict, string> = {
  agree: '同意',
  agree_extend: '同意并延长脱密期',
  disagree: '不同意',
};

export const FILING_REGISTER_LABELS: Record<V.FilingRegister, string> = {
  persons: '涉密人员',
  classification_items: '定密事项',
};

export const NOTICE_STATE_LABELS: Record<V.NoticeState, string> = {
  sent: '已发出，未见回复',
  received: '已收到',
  rectifying: '整改中',
  answered: '已整改',
};
