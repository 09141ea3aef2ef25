// 保密教育培训: sessions (planned in the 年度学习计划, then held), their attendance sheet, the training matrix and
// the unit's yearly floors.
import { z } from 'zod';
import {
  ATTENDANCE_STATUSES,
  NON_COMPETE_MAX_YEARS,
  SESSION_FORMS,
  SESSION_STATUSES,
  TRAINING_KINDS,
  type AttendanceStatus,
  type Clearance,
  type SessionForm,
  type SessionStatus,
  type TrainingKind,
} from '../../../db/domain/vocab';
import { isoDate, optionalText, PageInput, requiredText } from './common';
import { personId } from './persons';

export const sessionId = z.number({ error: '请选择培训' }).int().positive('请选择培训');
export const staffId = z.number({ error: '请选择人员' }).int().positive('请选择人员');
const year = z.number({ error: '请填写年度' }).int().min(2000, '年度有误').max(2100, '年度有误');
const hours = z.number({ error: '请填写学时' }).min(0.5, '学时至少 0.5').max(200, '学时过多');
const attachmentIds = z.array(z.number().int().positive()).max(50, '附件过多').default([]);

const SessionFields = z.object({
  purpose: z.enum(TRAINING_KINDS, { error: '请选择培训类别' }),
  form: z.enum(SESSION_FORMS, { error: '请选择培训形式' }),
  topic: requiredText('培训主题', 100),
  organizer: optionalText('主办', 100),
  speaker: optionalText('主讲', 60),
  scope: optionalText('范围', 200),
  content: requiredText('主要内容', 1000),
  hours,
  place: optionalText('地点', 100),
  recorder: optionalText('记录人', 40),
  materials: attachmentIds,
});

/** 年度学习计划: a session planned for a day of the year. */
export const SessionPlanInput = SessionFields.extend({ plannedOn: isoDate('计划日期') });

/** A session held (a planned one, or one not in the plan). */
export const SessionHoldInput = SessionFields.partial()
  .extend({
    sessionId: sessionId.optional(),
    heldOn: isoDate('举办日期'),
    // No default here: a planned session held without naming its materials keeps those it had.
    materials: z.array(z.number().int().positive()).max(50, '附件过多').optional(),
  })
  .refine((s) => s.sessionId !== undefined || (s.purpose && s.form && s.topic && s.content && s.hours), {
    message: '请填写培训类别、形式、主题、内容和学时',
    path: ['topic'],
  });

export const SessionCancelInput = z.object({ sessionId, reason: requiredText('取消原因', 200) });
export const SessionIdInput = z.object({ sessionId });

/** One line of the attendance sheet: a 涉密人员 or a 在职人员, present or absent (with the reason). */
export const AttendanceLine = z
  .object({
    personId: personId.optional(),
    staffId: staffId.optional(),
    status: z.enum(ATTENDANCE_STATUSES, { error: '请选择出席情况' }),
    absenceReason: optionalText('缺席原因', 200),
  })
  .refine((a) => (a.personId === undefined) !== (a.staffId === undefined), {
    message: '请选择一名人员',
    path: ['personId'],
  })
  .refine((a) => a.status !== 'absent' || !!a.absenceReason, {
    message: '缺席须注明原因',
    path: ['absenceReason'],
  });

/** The sheet: every line given replaces that attendee's line (ticking a department sends its people). */
export const AttendInput = z.object({
  sessionId,
  lines: z.array(AttendanceLine).min(1, '请至少选择一名人员').max(10_000, '一次登记的人数过多'),
});

/** 补学 of someone absent. */
export const MakeUpInput = z.object({
  sessionId,
  personId: personId.optional(),
  staffId: staffId.optional(),
  madeUpOn: isoDate('补学日期'),
});

export const SessionListInput = PageInput.extend({
  year: year.optional(),
  status: z.enum(SESSION_STATUSES).optional(),
  form: z.enum(SESSION_FORMS).optional(),
  q: z.string().trim().max(50).optional(),
});

export const MatrixInput = PageInput.extend({
  year,
  departmentId: z.number().int().positive().optional(),
  underFloorOnly: z.boolean().default(false),
  q: z.string().trim().max(50).optional(),
});

export const PlanSummaryInput = z.object({ year });

const byClearance = <T extends z.ZodType>(v: T) => z.object({ core: v, important: v, general: v });

/** The unit's yearly floors by clearance, the day by which they must be met, and the 竞业限制 cap. */
export const TrainingSettingsInput = z.object({
  sessionsPerYear: byClearance(z.number().int().min(0).max(52)),
  hoursPerYear: byClearance(z.number().min(0).max(500)),
  /** MM-DD of each year. */
  floorBy: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 MM-DD'),
  nonCompeteCapYears: z
    .number()
    .int()
    .min(1, '至少 1 年')
    .max(NON_COMPETE_MAX_YEARS, `不超过 ${NON_COMPETE_MAX_YEARS} 年`),
  warningDays: z.number().int().min(1).max(365),
});
export type TrainingSettings = z.output<typeof TrainingSettingsInput>;

export interface AttendanceView {
  id: number;
  personId: number | null;
  staffId: number | null;
  name: string;
  department: string;
  clearance: Clearance | null;
  status: AttendanceStatus;
  absenceReason: string | null;
  madeUpOn: string | null;
  hours: number;
}

/** One line of the attendance sheet: everyone who may attend (涉密人员 in post, 在职人员), with their line if any. */
export interface RosterLine {
  personId: number | null;
  staffId: number | null;
  name: string;
  departmentId: number;
  department: string;
  clearance: Clearance | null;
  status: AttendanceStatus | null;
  absenceReason: string | null;
}

export interface SessionRow {
  id: number;
  purpose: TrainingKind;
  form: SessionForm;
  status: SessionStatus;
  topic: string;
  year: number;
  plannedOn: string | null;
  heldOn: string | null;
  organizer: string | null;
  speaker: string | null;
  scope: string | null;
  hours: number;
  present: number;
  absent: number;
}

export interface SessionView extends SessionRow {
  content: string;
  place: string | null;
  recorder: string | null;
  materials: number[];
  /** The materials' scans by name, in the order uploaded. */
  materialFiles: { id: number; fileName: string }[];
  attendance: AttendanceView[];
}

export interface MatrixRow {
  personId: number;
  name: string;
  department: string;
  clearance: Clearance | null;
  /** Sessions attended in each month, January first. */
  months: number[];
  sessions: number;
  hours: number;
  floorSessions: number;
  floorHours: number;
  underFloor: boolean;
}

export interface Matrix {
  rows: MatrixRow[];
  total: number;
  /** 涉密人员 in post, and how many of them are under the floor this year. */
  inPost: number;
  underFloor: number;
}

export interface PlanSummary {
  year: number;
  planned: number;
  held: number;
  heldUnplanned: number;
  cancelled: number;
  pending: number;
}
