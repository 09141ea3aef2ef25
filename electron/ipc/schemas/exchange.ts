// Exchange with the supervising unit: public keys and counterparts, packages (.bmx) and receipts (.bmr),
// supervisor mode and its views.
import { z } from 'zod';
import {
  COUNTERPART_ROLES,
  EXCHANGE_PROFILES,
  EXPORT_MEDIA_TYPES,
  type CounterpartRole,
  type ExchangeProfile,
  type RefusalReason,
} from '../../../db/domain/vocab';
import { jobId, PageInput } from './common';
import { optionalText, requiredText } from './common';

const filePath = (label: string) => requiredText(label, 1000);
export const unitCode = z
  .string({ error: '请填写单位代码' })
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{6,18}$/, '单位代码为 6–18 位数字或大写字母');

export const PathInput = z.object({ path: filePath('文件') });

export const CounterpartImportInput = z.object({
  path: filePath('公钥文件'),
  /** As typed or read aloud; optional only when the unit's key on file endorses the new one. */
  fingerprint: z.string().trim().max(100).optional(),
  role: z.enum(COUNTERPART_ROLES, { error: '请选择对方是上级单位还是下级单位' }),
});
export type CounterpartImportInput = z.output<typeof CounterpartImportInput>;

export const ExportMediaInput = z.object({
  /** The medium the file is written to: itself a 涉密载体 in the register. */
  type: z.enum(EXPORT_MEDIA_TYPES, { error: '请选择存储介质类别（U盘、光盘或硬盘）' }),
  department: requiredText('所属部门', 60),
  custodian: optionalText('保管人', 40),
  classifierName: optionalText('定密责任人', 40),
  location: optionalText('存放位置', 100),
  /** Why the package is kept where the storage rules warn against (levels mixed in one place). */
  storageReason: optionalText('存放说明', 200),
});

export const ExchangeExportInput = z.object({
  to: unitCode,
  profile: z.enum(EXCHANGE_PROFILES, { error: '请选择报送内容（全量、增量或年度报告）' }),
  /** A `.bmx` file, or a folder to write a named one into. */
  outPath: filePath('保存位置'),
  year: z.number().int().min(2000).max(2100).optional(),
  media: ExportMediaInput,
  /** Followed by the screen through exchange:exportProgress, stopped by exchange:exportCancel. */
  jobId: jobId.optional(),
});
export type ExchangeExportInput = z.output<typeof ExchangeExportInput>;

export const ExchangeImportInput = z.object({
  path: filePath('数据包文件'),
  /** Where to write the signed receipt (a `.bmr` file or a folder). */
  receiptOutPath: filePath('回执保存位置'),
  jobId: jobId.optional(),
});

export const ReceiptIssueInput = z.object({
  unitCode,
  seq: z.number().int().min(1),
  outPath: filePath('回执保存位置'),
});

export const OutgoingListInput = z.object({ to: unitCode.optional() });

export const UnitCodeInput = z.object({ unitCode });

export const IntervalInput = z.object({
  unitCode,
  days: z.number({ error: '请填写报送周期' }).int().min(1, '至少 1 天').max(400, '不超过 400 天'),
});

export const RecordsInput = PageInput.extend({ unitCode, register: requiredText('台账', 60) });

export interface PublicKeyPreview {
  unitCode: string;
  unitName: string;
  fingerprint: string;
  signKeyId: string;
  encKeyId: string;
  exportedAt: string;
  rotations: number;
}

export interface CounterpartView {
  unitCode: string;
  name: string;
  role: CounterpartRole;
  signKeyId: string;
  encKeyId: string;
  fingerprint: string;
  reportIntervalDays: number;
  importedAt: string;
  updatedAt: string;
}

export interface PackageSummary {
  sender: string;
  senderName: string;
  receiver: string;
  seq: number;
  profile: ExchangeProfile;
  createdAt: string;
  period: { from: string | null; to: string };
  packageHash: string;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string };
}

export type VerifyView =
  | { ok: true; summary: PackageSummary }
  | { ok: false; reason: RefusalReason; message: string; missing?: number[] };

export interface ExportView {
  path: string;
  seq: number;
  profile: ExchangeProfile;
  packageHash: string;
  fileSha256: string;
  bytes: number;
  counts: Record<string, number>;
  carrierId: number;
  carrierNo: string;
  /** Read back and checked: the media may be removed. */
  verified: true;
  /** The medium check the unit's warning mode let through (recorded in the audit log), if any. */
  mediumWarning?: string;
}

export interface ImportView {
  summary: PackageSummary;
  /** Where the receipt was written, or was to be written when `receiptError` says why it was not. */
  receiptPath: string;
  /** The package is imported either way; a receipt that failed is written again through `exchange:receipt`. */
  receiptError: string | null;
}

export interface ReceiptView {
  path: string;
  unitCode: string;
  seq: number;
  packageHash: string;
}

export interface ReceiptImportView {
  supervisor: string;
  seq: number;
  packageHash: string;
  acknowledgedAt: string;
}

export interface OutgoingView {
  receiverCode: string;
  seq: number;
  profile: ExchangeProfile;
  createdAt: string;
  packageHash: string;
  fileName: string;
  bytes: number;
  counts: Record<string, number>;
  carrierId: number | null;
  acknowledgedAt: string | null;
}

export interface SupervisedUnitView {
  unitCode: string;
  name: string;
  fingerprint: string;
  reportIntervalDays: number;
  lastSeq: number | null;
  lastReceivedAt: string | null;
  lastCreatedAt: string | null;
  lastProfile: string | null;
  /** Nothing received within the reporting interval (or never). */
  overdue: boolean;
  daysSinceLast: number | null;
}

export interface ConsolidatedFigures {
  units: number;
  unitsOverdue: number;
  carriersByLevel: Record<string, number>;
  carriersByStatus: Record<string, number>;
  overdueLoans: number;
  /** Null while the registers that hold them are not reported (personnel, inspections). */
  peopleByClearance: Record<string, number> | null;
  openRectifications: number | null;
  /** Findings still open past their deadline, incidents, and those reported after the 24 hours (art. 61). */
  overdueFindings: number | null;
  incidents: number | null;
  lateIncidents: number | null;
  /** 涉密计算机/设备 by class and storage media not destroyed, device loans past due (issue 14). */
  devicesByClass: Record<string, number> | null;
  media: number | null;
  overdueDeviceLoans: number | null;
  perUnit: {
    unitCode: string;
    name: string;
    carriers: number;
    overdueLoans: number;
    overdueFindings: number;
    incidents: number;
    lateIncidents: number;
    devices: number;
    media: number;
    overdueDeviceLoans: number;
  }[];
}

export interface ImportedRecordView {
  recordId: string;
  seq: number;
  data: Record<string, unknown>;
}

export interface ImportedRegisterView {
  id: string;
  label: string;
  records: number;
}
