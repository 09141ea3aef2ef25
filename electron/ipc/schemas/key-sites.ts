// 保密要害部门部位 (law art. 39, regulation art. 31): 申报, 审定, 防护措施, 值班, 出入登记, 安全设施检查, 撤销.
import { z } from 'zod';
import {
  KEY_SITE_KINDS,
  KEY_SITE_STATUSES,
  NATIONAL_LEVELS,
  PROTECTION_CATEGORIES,
  SITE_CHECK_RESULTS,
  type KeySiteKind,
  type KeySiteStatus,
  type NationalLevel,
  type ProtectionCategory,
  type SiteCheckResult,
} from '../../../db/domain/vocab';
import { ActionApprovalInput, type StepView } from './approvals';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';
import { personId } from './persons';

export const siteId = z.number({ error: '请选择要害部门部位' }).int().positive();

/** A date and time as `YYYY-MM-DDTHH:mm`, as the datetime field gives it. */
const minute = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}格式应为 YYYY-MM-DD HH:mm`);

export const ProtectionInput = z.object({
  category: z.enum(PROTECTION_CATEGORIES, { error: '请选择防护类别' }),
  item: requiredText('防护措施', 60),
  quantity: z.number({ error: '请填写数量' }).int().min(1, '数量至少为 1').max(999).default(1),
  note: optionalText('说明', 200),
});

export const KeySiteProposeInput = z.object({
  kind: z.enum(KEY_SITE_KINDS, { error: '请选择要害部门或要害部位' }),
  name: requiredText('名称', 60),
  level: z.enum(NATIONAL_LEVELS, { error: '请选择涉密等级' }),
  departmentId: departmentId.optional(),
  managerPersonId: personId,
  location: optionalText('位置', 100),
  phone: optionalText('电话', 30),
  staffCount: z.number().int().min(0).max(9999).default(0),
  reason: requiredText('申报理由', 1000),
  proposedOn: isoDate('申报日期'),
  checkEveryDays: z.number().int().min(1, '检查周期至少 1 天').max(366, '检查周期不超过一年').default(90),
  protections: z.array(ProtectionInput).max(50).default([]),
});

/** 保密委员会审定 (approved or not). */
export const KeySiteApproveInput = z.object({ siteId, approval: ActionApprovalInput });

export const KeySiteRevokeInput = z.object({
  siteId,
  revokedOn: isoDate('撤销日期'),
  revokedBy: requiredText('撤销决定人', 40),
  reason: requiredText('撤销原因', 500),
  approval: ActionApprovalInput,
});

export const KeySiteProtectionsInput = z.object({ siteId, protections: z.array(ProtectionInput).max(50) });

export const VisitInInput = z.object({
  siteId,
  visitorName: requiredText('来访人姓名', 40),
  visitorOrg: optionalText('来访人单位', 100),
  purpose: requiredText('事由', 200),
  escortName: requiredText('陪同人', 40),
  inAt: minute('进入时间'),
});

export const VisitOutInput = z.object({
  visitId: z.number({ error: '请选择出入登记' }).int().positive(),
  outAt: minute('离开时间'),
});

export const DutyInput = z.object({
  siteId,
  dutyOn: isoDate('值班日期'),
  personName: requiredText('值班人', 40),
  shift: optionalText('班次', 20),
});

export const SiteCheckInput = z.object({
  siteId,
  checkedOn: isoDate('检查日期'),
  checker: requiredText('检查人', 40),
  result: z.enum(SITE_CHECK_RESULTS, { error: '请选择检查结果' }),
  findings: optionalText('发现的问题', 1000),
});

export const KeySiteListInput = PageInput.extend({
  status: z.enum(KEY_SITE_STATUSES).optional(),
  kind: z.enum(KEY_SITE_KINDS).optional(),
  /** Only those whose 安全设施检查 is due. */
  checkDue: z.boolean().optional(),
  search: z.string().trim().max(60).optional(),
  sort: z.enum(['name', 'proposedOn']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const KeySiteIdInput = z.object({ siteId });
export const VisitListInput = PageInput.extend({
  siteId: siteId.optional(),
  openOnly: z.boolean().default(false),
});

export interface ProtectionView {
  id: number;
  category: ProtectionCategory;
  item: string;
  quantity: number;
  note: string | null;
}

export interface VisitView {
  id: number;
  siteId: number;
  siteName: string;
  visitorName: string;
  visitorOrg: string | null;
  purpose: string;
  escortName: string;
  inAt: string;
  outAt: string | null;
}

export interface DutyView {
  id: number;
  dutyOn: string;
  personName: string;
  shift: string | null;
}

export interface SiteCheckView {
  id: number;
  checkedOn: string;
  checker: string;
  result: SiteCheckResult;
  findings: string | null;
}

export interface KeySiteRow {
  id: number;
  kind: KeySiteKind;
  name: string;
  level: NationalLevel;
  departmentId: number | null;
  department: string | null;
  managerPersonId: number;
  managerName: string;
  location: string | null;
  phone: string | null;
  staffCount: number;
  reason: string;
  status: KeySiteStatus;
  proposedOn: string;
  approvedOn: string | null;
  checkEveryDays: number;
  lastCheckedOn: string | null;
  /** The next 安全设施检查 falls due on this day (approved sites only). */
  checkDueOn: string | null;
  checkDue: boolean;
  revokedOn: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
  /** Visitors logged in and not yet out. */
  visitorsIn: number;
}

export interface KeySiteView extends KeySiteRow {
  protections: ProtectionView[];
  steps: StepView[];
  visits: VisitView[];
  duties: DutyView[];
  checks: SiteCheckView[];
}

/** An approved 要害部门部位 offered as a 存放位置 (the carrier forms' list; free text stays allowed). */
export interface KeySitePlace {
  id: number;
  name: string;
  kind: KeySiteKind;
  level: NationalLevel;
  location: string | null;
}
