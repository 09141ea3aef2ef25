// 保密教育培训台账 in a sheet: the BMP 培训 headings of REFERENCE §2.2 (对象, 内容/主题, 人数, 时间) and the
// organiser, every session the register's filters select. Export only for now.
import {
  SESSION_FORM_LABELS,
  SESSION_STATUS_LABELS,
  TRAINING_KIND_LABELS,
} from '../../../../db/domain/labels';
import { type SessionRow, SessionListInput } from '../../../ipc/schemas/trainings';
import { listSessions } from '../../trainings';
import { allRows } from './paged';
import type { RegisterColumns } from './types';

const COLUMNS = [
  { key: 'topic', heading: '培训主题', width: 30 },
  { key: 'purpose', heading: '培训类型', width: 12 },
  { key: 'form', heading: '培训形式', width: 10 },
  { key: 'year', heading: '年度', width: 6 },
  { key: 'heldOn', heading: '培训时间', width: 12 },
  { key: 'plannedOn', heading: '计划时间', width: 12 },
  { key: 'organizer', heading: '组织部门', width: 14 },
  { key: 'speaker', heading: '授课人', width: 10 },
  { key: 'scope', heading: '培训对象', width: 20 },
  { key: 'hours', heading: '学时', width: 6 },
  { key: 'present', heading: '参加人数', width: 8 },
  { key: 'absent', heading: '缺席人数', width: 8 },
  { key: 'status', heading: '状态', width: 8 },
] as const;

function cells(s: SessionRow) {
  return {
    topic: s.topic,
    purpose: TRAINING_KIND_LABELS[s.purpose],
    form: SESSION_FORM_LABELS[s.form],
    year: s.year,
    heldOn: s.heldOn ?? '',
    plannedOn: s.plannedOn ?? '',
    organizer: s.organizer ?? '',
    speaker: s.speaker ?? '',
    scope: s.scope ?? '',
    hours: s.hours,
    present: s.present,
    absent: s.absent,
    status: SESSION_STATUS_LABELS[s.status],
  };
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
      (q) => listSessions(db, q),
      cells,
    ),
};
