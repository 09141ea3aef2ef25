// Labels the carrier screens need beyond renderer/i18n/labels.ts (kept here so the shared file stays small).
import type {
  DestructionMethod,
  InventoryResult,
  InventoryScope,
  ReviewDecision,
} from '../../../electron/ipc/contract';

export const DESTRUCTION_METHOD_LABELS: Record<DestructionMethod, string> = {
  shred: '粉碎',
  incinerate: '焚烧',
  pulp: '化浆',
  degauss: '消磁',
  physical: '物理破坏',
  facility: '送销毁机构',
};

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  maintain: '维持',
  reclassify: '变更',
  declassify: '解密',
  extend: '延期',
};

export const REVIEW_REASON_LABELS: Record<'yearly' | 'term_ending' | 'term_expired', string> = {
  yearly: '年度审核',
  term_ending: '期限将满',
  term_expired: '已到期',
};

export const INVENTORY_SCOPE_LABELS: Record<InventoryScope, string> = {
  all: '全部载体',
  department: '按部门',
  custodian: '按保管人',
};

export const INVENTORY_RESULT_LABELS: Record<InventoryResult, string> = {
  pending: '未清点',
  present: '在位',
  missing: '缺失',
  discrepant: '不符',
};

/** Today as the core's dates are written (local calendar day). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function nowMinute(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${todayIso()}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
