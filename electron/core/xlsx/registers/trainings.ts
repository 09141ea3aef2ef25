// 保密教育培训台账 in a sheet: the BMP 培训 headings of REFERENCE §2.2 (对象, 内容/主题, 人数, 时间), the organiser
// and who attended. A row imports as a session held (the register's own 举办, holdSessionInTx) and its
// attendance sheet (attendInTx), each person named in 参加人员 found by name among the 涉密人员, else the
// 在职人员, inside the import's transaction; a name on neither list, or on it twice, refuses the row.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  SESSION_FORM_LABELS,
  SESSION_STATUS_LABELS,
  TRAINING_KIND_LABELS,
} from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { trainingSessions } from '../../../../db/schema';
import { type SessionRow, SessionHoldInput, SessionListInput } from '../../../ipc/schemas/trainings';
import { attendInTx, holdSessionInTx, listSessions } from '../../trainings';
import * as V from '../values';
import { personOrStaffIn, reader } from './common';
import { allRows } from './paged';
import type { RegisterColumns, RegisterImport } from './types';

const COLUMNS = [
  {
    key: 'topic',
    heading: '培训主题',
    synonyms: ['主题', '培训内容/主题', '培训名称', '题目'],
    width: 30,
    required: true,
    paths: ['session.topic', 'topic'],
  },
  {
    key: 'purpose',
    heading: '培训类型',
    synonyms: ['培训类别', '类别', '类型'],
    width: 12,
    paths: ['session.purpose', 'purpose'],
  },
  {
    key: 'form',
    heading: '培训形式',
    synonyms: ['形式', '方式', '培训方式'],
    width: 10,
    required: true,
    paths: ['session.form', 'form'],
  },
  { key: 'year', heading: '年度', width: 6, exportOnly: true },
  {
    key: 'heldOn',
    heading: '培训时间',
    synonyms: ['时间', '日期', '培训日期', '举办时间', '举办日期'],
    width: 12,
    required: true,
    paths: ['session.heldOn', 'heldOn'],
  },
  { key: 'plannedOn', heading: '计划时间', width: 12, exportOnly: true },
  {
    key: 'organizer',
    heading: '组织部门',
    synonyms: ['主办', '主办单位', '组织单位', '主办部门'],
    width: 14,
    paths: ['session.organizer', 'organizer'],
  },
  {
    key: 'speaker',
    heading: '授课人',
    synonyms: ['主讲', '主讲人', '讲师'],
    width: 10,
    paths: ['session.speaker', 'speaker'],
  },
  {
    key: 'scope',
    heading: '培训对象',
    synonyms: ['对象', '参加范围', '范围'],
    width: 20,
    paths: ['session.scope', 'scope'],
  },
  {
    key: 'content',
    heading: '主要内容',
    synonyms: ['内容', '培训内容', '内容摘要'],
    width: 30,
    paths: ['session.content', 'content'],
  },
  {
    key: 'hours',
    heading: '学时',
    synonyms: ['课时', '时长', '学时数'],
    width: 6,
    required: true,
    paths: ['session.hours', 'hours'],
  },
  {
    key: 'attendees',
    heading: '参加人员',
    synonyms: ['参训人员', '出席人员', '参加人员名单', '参训人员名单'],
    width: 40,
    paths: ['attendees', 'lines'],
  },
  { key: 'present', heading: '参加人数', width: 8, exportOnly: true },
  { key: 'absent', heading: '缺席人数', width: 8, exportOnly: true },
  { key: 'status', heading: '状态', width: 8, exportOnly: true },
] as const;

const SessionImportInput = z.object({
  session: SessionHoldInput,
  attendees: z.array(z.string().min(1).max(40)).max(10_000),
});
type SessionImportInput = z.output<typeof SessionImportInput>;

const FORM_ALIASES = {
  集中培训: 'group_study',
  集中学习培训: 'group_study',
  学习: 'group_study',
  专题讲座: 'lecture',
  专题: 'special',
  警示教育片: 'warning',
  观看警示教育片: 'warning',
  参加上级培训: 'superior',
  考试: 'online_exam',
  线上考试: 'online_exam',
  保密宣传月: 'publicity_month',
} as const;
const PURPOSE_ALIASES = {
  上岗前培训: 'pre_post',
  岗前: 'pre_post',
  年度: 'annual',
  日常培训: 'annual',
} as const;

/** 2, 2.5, ２学时, 1.5小时, 半天 (4), 一天 (8): how long, in 学时. */
function hoursOf(cell: string): number | undefined {
  const s = V.halfWidth(cell).replace(/\s|学时|课时|小时|h$/gi, '');
  if (s === '半天') return 4;
  if (s === '一天' || s === '1天') return 8;
  const n = /^\d+(\.\d+)?$/.test(s) ? Number(s) : V.number(s);
  return n !== null && n > 0 ? n : undefined;
}

/** Who attended: a 涉密人员 first, else an 在职人员 (common.ts). */
const attendeeIn = (tx: Pick<Db, 'select'>, name: string) =>
  personOrStaffIn(tx, name, {
    known: 'training_attendee_known',
    unique: 'training_attendee_unique',
    field: 'attendees',
    uniqueHint: '请在系统中逐人登记出席。',
  });

const sessionImport: RegisterImport<SessionImportInput> = {
  schema: SessionImportInput,
  read(cells) {
    const r = reader(cells, COLUMNS);
    const topic = r.text('topic');
    if (!topic) r.missing('topic', '请填写培训主题');
    const hoursCell = r.text('hours');
    const hours = hoursCell ? hoursOf(hoursCell) : undefined;
    if (hoursCell && hours === undefined) r.missing('hours', `“${hoursCell}”不是学时数`);
    else if (!hoursCell) r.missing('hours', '请填写学时');
    const input = {
      session: {
        topic,
        purpose:
          r.has('purpose') && r.text('purpose')
            ? r.choice('purpose', TRAINING_KIND_LABELS, PURPOSE_ALIASES)
            : 'annual',
        form: r.choice('form', SESSION_FORM_LABELS, FORM_ALIASES),
        heldOn: r.date('heldOn'),
        organizer: r.text('organizer') || undefined,
        speaker: r.name('speaker') || undefined,
        scope: r.text('scope') || undefined,
        // A sheet with a topic and no 内容 column: the topic says what it was about.
        content: r.text('content') || topic,
        hours,
      },
      attendees: [...new Set(r.list('attendees'))],
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  key: (i) => `${i.session.heldOn}|${i.session.topic ?? ''}`,
  exists: (tx, i) =>
    tx
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .where(
        and(eq(trainingSessions.heldOn, i.session.heldOn), eq(trainingSessions.topic, i.session.topic ?? '')),
      )
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, i) => {
    const sessionId = holdSessionInTx(tx, ctx, i.session);
    if (i.attendees.length === 0) return;
    const lines = i.attendees.map((name) => ({ ...attendeeIn(tx, name), status: 'present' as const }));
    attendInTx(tx, ctx, { sessionId, lines });
  },
};

/** What the register's rows leave out: each session's 主要内容 and who attended, by name in the order entered. */
function sheetExtras(db: Db, ids: number[]): Map<number, { content: string; attendees: string }> {
  if (ids.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `SELECT t.id, t.content,
         (SELECT group_concat(coalesce(p.name, s.name), '、') FROM training_attendance a
          LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN staff_members s ON s.id = a.staff_id
          WHERE a.session_id = t.id AND a.status <> 'absent') AS attendees
       FROM training_sessions t WHERE t.id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as { id: number; content: string; attendees: string | null }[];
  return new Map(rows.map((r) => [r.id, { content: r.content, attendees: r.attendees ?? '' }]));
}

export const sessionColumns: RegisterColumns = {
  id: 'trainings',
  title: '保密教育培训台账',
  entity: 'training_session',
  domain: 'trainings',
  exportAction: 'trainings_export_xlsx',
  columns: COLUMNS,
  query: SessionListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => SessionListInput.parse(q),
      (q) => {
        const page = listSessions(db, q);
        const extras = sheetExtras(
          db as Db,
          page.rows.map((s) => s.id),
        );
        return {
          ...page,
          rows: page.rows.map((s) => ({ ...s, content: '', attendees: '', ...extras.get(s.id) })),
        };
      },
      (s: SessionRow & { content: string; attendees: string }) => ({
        topic: s.topic,
        purpose: TRAINING_KIND_LABELS[s.purpose],
        form: SESSION_FORM_LABELS[s.form],
        year: s.year,
        heldOn: s.heldOn ?? '',
        plannedOn: s.plannedOn ?? '',
        organizer: s.organizer ?? '',
        speaker: s.speaker ?? '',
        scope: s.scope ?? '',
        content: s.content,
        hours: s.hours,
        attendees: s.attendees,
        present: s.present,
        absent: s.absent,
        status: SESSION_STATUS_LABELS[s.status],
      }),
    ),
  import: sessionImport as RegisterImport<unknown>,
};
