// 领导干部履行保密工作责任制情况检查 in a sheet: one row per leader and year, each item of the 责任制 a column of its
// rating (with the note after it when there is one), then the 评价, 检查人 and date. Export only.
import { DUTY_RATING_LABELS, LEADER_DUTY_LABELS, LEADER_GRADE_LABELS } from '../../../../db/domain/labels';
import { LEADER_DUTIES } from '../../../../db/domain/vocab';
import { LeaderCheckListInput, type LeaderCheckView } from '../../../ipc/schemas/leader-checks';
import { listLeaderChecks } from '../../committee';
import type { RegisterColumns } from './types';

/** The item's heading: its label up to the first （ or ，, so a column stays narrow. */
const short = (s: string) => s.split(/[（，]/)[0] ?? s;

export const leaderCheckColumns: RegisterColumns = {
  id: 'leader_checks',
  title: '领导干部履行保密工作责任制情况检查台账',
  entity: 'leader_check',
  domain: 'committee',
  exportAction: 'leader_checks_export_xlsx',
  columns: [
    { key: 'year', heading: '年度', width: 8 },
    { key: 'name', heading: '姓名', width: 10 },
    { key: 'department', heading: '部门', width: 14 },
    { key: 'post', heading: '职务', width: 16 },
    ...LEADER_DUTIES.map((d) => ({ key: d, heading: short(LEADER_DUTY_LABELS[d]), width: 18 })),
    { key: 'grade', heading: '总体评价', width: 8 },
    { key: 'comment', heading: '评价意见', width: 24 },
    { key: 'checker', heading: '检查人', width: 10 },
    { key: 'checkedOn', heading: '检查日期', width: 12 },
  ],
  query: LeaderCheckListInput,
  rows: (db, query) =>
    listLeaderChecks(db, LeaderCheckListInput.parse(query)).map((c: LeaderCheckView) => ({
      year: c.year,
      name: c.name,
      department: c.department,
      post: c.post,
      ...Object.fromEntries(
        c.items.map((x) => [x.duty, `${DUTY_RATING_LABELS[x.rating]}${x.note ? `（${x.note}）` : ''}`]),
      ),
      grade: LEADER_GRADE_LABELS[c.grade],
      comment: c.comment ?? '',
      checker: c.checker,
      checkedOn: c.checkedOn,
    })),
};
