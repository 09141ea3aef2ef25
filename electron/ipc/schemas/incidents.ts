// 泄密事件/违规: the record of the 泄密事件报告登记表, the reports of art. 61 under their 24-hour clock, entries
// added afterwards (补救措施, opinions, 处理结果, corrections) and links to carriers, devices, persons, discrepancies.
import { z } from 'zod';
import {
  INCIDENT_ENTRY_KINDS,
  INCIDENT_KINDS,
  INCIDENT_LINK_KINDS,
  INCIDENT_NATURES,
  INCIDENT_STATUSES,
  NATIONAL_LEVELS,
  REPORT_METHODS,
  REPORT_RECIPIENTS,
  RESPONSIBLE_UNIT_NATURES,
  type IncidentEntryKind,
  type IncidentKind,
  type IncidentLinkKind,
  type IncidentNature,
  type IncidentStatus,
  type NationalLevel,
  type ReportClockState,
  type ReportMethod,
  type ReportRecipient,
  type ResponsibleUnitNature,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { departmentId } from './departments';

export const incidentId = z.number({ error: '请选择事件' }).int().positive();

/**
 * A moment on the clerk's wall clock (`YYYY-MM-DDTHH:mm` or `YYYY-MM-DD HH:mm`), read in the machine's time
 * zone and kept as an ISO instant, so the 24-hour clock counts real hours across midnight and month ends.
 */
export const localDateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, `${label}格式应为 YYYY-MM-DD HH:mm`)
    .transform((s, ctx) => {
      const d = new Date(s.replace(' ', 'T'));
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: `${label}不是有效时间` });
        return z.NEVER;
      }
      return d.toISOString();
    });

export const IncidentLinkInput = z.object({
  kind: z.enum(INCIDENT_LINK_KINDS, { error: '请选择关联对象类型' }),
  refId: z.number().int().positive(),
  label: requiredText('关联对象', 200),
});

const record = {
  title: requiredText('事件名称', 100),
  kind: z.enum(INCIDENT_KINDS, { error: '请选择事件类型' }),
  departmentId: departmentId.optional(),
  discoveredAt: localDateTime('发现时间'),
  discoveredPlace: requiredText('发现地点', 100),
  discoveredBy: requiredText('发现人', 40),
  discoveredByTitle: optionalText('发现人职务', 40),
  discoveryHow: requiredText('发现经过', 2000),
  party: optionalText('当事人', 100),
  partyTitle: optionalText('当事人职务', 40),
  occurredAt: localDateTime('发生时间').optional(),
  occurredPlace: optionalText('发生地点', 100),
  method: optionalText('泄密(违规)方式', 200),
  level: z.enum(NATIONAL_LEVELS, { error: '请选择涉及密级' }).optional(),
  summary: requiredText('简要情况', 4000),
};

export const IncidentOpenInput = z.object({
  ...record,
  links: z.array(IncidentLinkInput).default([]),
});

/** Changing the record itself: only before the first report (afterwards a correction is an entry). */
export const IncidentEditInput = z.object({ incidentId, ...record });

export const IncidentReportInput = z.object({
  incidentId,
  recipient: z.enum(REPORT_RECIPIENTS, { error: '请选择报告对象' }),
  recipientName: requiredText('接收单位(人)', 100),
  reportedAt: localDateTime('报告时间'),
  method: z.enum(REPORT_METHODS, { error: '请选择报告方式' }),
  reportedBy: requiredText('报告人', 40),
  note: optionalText('备注', 500),
});

/**
 * When an entry happened, kept as the clerk wrote it: a day, or a day and a minute (a 补救措施 is dated to the
 * minute, since art. 61 counts hours). Read as `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`.
 */
const entryAt = z
  .string({ error: '请填写时间' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/, '时间格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm')
  .refine(
    (s) =>
      isoDate('时间').safeParse(s.slice(0, 10)).success &&
      (s.length === 10 || (Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60)),
    '不是有效时间',
  )
  .transform((s) => s.replace('T', ' '));

export const IncidentEntryInput = z
  .object({
    incidentId,
    kind: z.enum(INCIDENT_ENTRY_KINDS, { error: '请选择登记内容' }),
    at: entryAt,
    by: optionalText('经办人', 40),
    text: requiredText('内容', 4000),
    nature: z.enum(INCIDENT_NATURES).optional(),
    unitNature: z.enum(RESPONSIBLE_UNIT_NATURES).optional(),
    scanAttachmentId: z.number().int().positive().optional(),
  })
  .refine((e) => e.kind !== 'result' || e.nature !== undefined, {
    message: '处理结果须写明案件性质（故意或过失）',
    path: ['nature'],
  });

export const IncidentAddLinkInput = IncidentLinkInput.extend({ incidentId });

export const IncidentCloseInput = z.object({ incidentId, closedOn: isoDate('结案日期') });

export const IncidentListInput = PageInput.extend({
  status: z.enum(INCIDENT_STATUSES).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
  q: z.string().trim().max(50).optional(),
});

export const IncidentIdInput = z.object({ incidentId });

/** The incidents linked to something (an inventory discrepancy, a carrier, a person). */
export const IncidentsOfInput = z.object({
  kind: z.enum(INCIDENT_LINK_KINDS),
  refId: z.number().int().positive(),
});

/** Art. 61's clock as the core reads it at `now`. */
export interface ReportClock {
  discoveredAt: string;
  deadlineAt: string;
  state: ReportClockState;
  /** Milliseconds left to the deadline while it runs (negative once past). */
  msLeft: number;
  /** Per recipient: when reported and whether late, or null while not yet reported. */
  reports: Record<ReportRecipient, { reportedAt: string; late: boolean; lateByMs: number } | null>;
}

export interface IncidentReportView {
  id: number;
  recipient: ReportRecipient;
  recipientName: string;
  reportedAt: string;
  method: ReportMethod;
  reportedBy: string;
  note: string | null;
  late: boolean;
  createdAt: string;
}

export interface IncidentEntryView {
  id: number;
  kind: IncidentEntryKind;
  at: string;
  by: string | null;
  text: string;
  nature: IncidentNature | null;
  unitNature: ResponsibleUnitNature | null;
  scanAttachmentId: number | null;
  createdAt: string;
}

export interface IncidentLinkView {
  kind: IncidentLinkKind;
  refId: number;
  label: string;
}

export interface IncidentRow {
  id: number;
  title: string;
  kind: IncidentKind;
  department: string | null;
  discoveredAt: string;
  level: NationalLevel | null;
  status: IncidentStatus;
  clock: ReportClock;
  closedOn: string | null;
}

export interface IncidentView extends IncidentRow {
  departmentId: number | null;
  discoveredPlace: string;
  discoveredBy: string;
  discoveredByTitle: string | null;
  discoveryHow: string;
  party: string | null;
  partyTitle: string | null;
  occurredAt: string | null;
  occurredPlace: string | null;
  method: string | null;
  summary: string;
  reportedAt: string | null;
  /** From the latest 处理结果 entry. */
  nature: IncidentNature | null;
  unitNature: ResponsibleUnitNature | null;
  /** Reported once: the record is fixed and corrections are entries. */
  locked: boolean;
  reports: IncidentReportView[];
  entries: IncidentEntryView[];
  links: IncidentLinkView[];
}
