// The columns a supervisor reads in each register a subordinate unit reported: titles in 中文, and every code
// (level, status, kind …) by its label from db/domain/labels/, as the unit's own screens show it. A register
// not listed here (a later version's) shows every column as sent.
import {
  CARRIER_EVENT_LABELS,
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  CLASS_STATE_LABELS,
  CLEARANCE_DECISION_STATUS_LABELS,
  CLEARANCE_LABELS,
  COPY_MODE_LABELS,
  DESTRUCTION_METHOD_LABELS,
  INVENTORY_RESULT_LABELS,
  INVENTORY_SCOPE_LABELS,
  INVENTORY_STATUS_LABELS,
  LEAVING_KIND_LABELS,
  LEAVING_STATUS_LABELS,
  LEVEL_LABELS,
  PERSON_STATUS_LABELS,
  PLEDGE_KIND_LABELS,
  TERM_KIND_LABELS,
  TRAVEL_STATUS_LABELS,
  VETTING_KIND_LABELS,
  VETTING_RESULT_LABELS,
} from '../../../db/domain/labels';
import type { TermKind } from '../../../electron/ipc/contract';
import { termText } from '../../i18n/labels';

import { coded, flag, instant, plain, raw, type Data, type RecordColumn } from './record-column-kinds';
import { WORK_COLUMNS } from './record-columns-work';

export type { RecordColumn } from './record-column-kinds';

/** 保密期限 from the term columns, as on the carrier: 10年 / 至 2030-01-01 / the condition / 长期. */
const term: RecordColumn = {
  key: 'term',
  title: '保密期限',
  text: (d) =>
    typeof d.term_kind === 'string' && Object.hasOwn(TERM_KIND_LABELS, d.term_kind)
      ? termText({
          kind: d.term_kind as TermKind,
          years: typeof d.term_years === 'number' ? d.term_years : null,
          months: typeof d.term_months === 'number' ? d.term_months : null,
          until: typeof d.term_until === 'string' ? d.term_until : null,
          condition: typeof d.declassify_condition === 'string' ? d.declassify_condition : null,
        })
      : raw(d.term_kind),
};

const person = plain('person_id', '人员编号');
const carrier = plain('carrier_id', '载体编号（内部）');

// The annual report's figure groups and their labels live in the label table (the supervisor's report reads them).
export { CLEARANCE_OR_NONE, REVIEW_OUTCOME_OR_OPEN } from '../../../db/domain/annual-figures';
import { ANNUAL_FIGURE_GROUPS } from '../../../db/domain/annual-figures';
const FIGURE_GROUPS = ANNUAL_FIGURE_GROUPS;

export function figuresText(v: unknown): string {
  if (typeof v !== 'object' || v === null) return raw(v);
  const f = v as Record<string, unknown>;
  const known = new Set(FIGURE_GROUPS.map(([k]) => k));
  const parts = FIGURE_GROUPS.filter(([k]) => k in f).map(([k, title, labels]) => {
    const value = f[k];
    if (typeof value !== 'object' || value === null) return `${title} ${raw(value)}`;
    const counts = Object.entries(value as Record<string, unknown>)
      .map(([code, n]) => `${labels?.[code] ?? code} ${raw(n)}`)
      .join('，');
    return `${title}：${counts || '无'}`;
  });
  // Figures a newer version adds are shown as sent rather than dropped.
  for (const [k, value] of Object.entries(f)) if (!known.has(k)) parts.push(`${k} ${raw(value)}`);
  return parts.join('；');
}

/** The 自查自评报告 a unit sent: each area of art. 58 with its figures and the unit's own text. */
export function selfAssessmentText(v: unknown): string {
  if (!Array.isArray(v)) return raw(v);
  return v
    .map((a: { title?: unknown; figures?: { label?: unknown; value?: unknown }[]; text?: unknown }) => {
      const figures = (Array.isArray(a.figures) ? a.figures : []).map(
        (f) => `${raw(f.label)} ${raw(f.value)}`,
      );
      const text = typeof a.text === 'string' && a.text.trim() ? a.text.trim() : '（未填写）';
      return `${raw(a.title)}：${figures.length ? `${figures.join('，')}。` : ''}${text}`;
    })
    .join('\n');
}

export const REGISTER_COLUMNS: Record<string, RecordColumn[]> = {
  classification_items: [
    plain('name', '事项名称'),
    coded('level', '密级', LEVEL_LABELS),
    term,
    plain('classifier_name', '定密责任人'),
    plain('department', '产生部门'),
    plain('basis', '依据'),
    flag('key_department', '要害部门产生'),
    flag('active', '在用'),
  ],
  carriers: [
    plain('carrier_no', '载体编号'),
    plain('name', '名称'),
    plain('doc_no', '文号'),
    coded('type', '类别', CARRIER_TYPE_LABELS),
    coded('level', '密级', LEVEL_LABELS),
    term,
    plain('issuer', '制发机关'),
    plain('issued_on', '制发日期'),
    plain('registered_on', '登记日期'),
    coded('source', '来源', CARRIER_SOURCE_LABELS),
    coded('copy_mode', '复制方式', COPY_MODE_LABELS),
    plain('department', '部门'),
    plain('custodian_name', '保管人'),
    coded('status', '状态', CARRIER_STATUS_LABELS),
    coded('class_state', '定密状态', CLASS_STATE_LABELS),
    plain('copy_count', '份数'),
  ],
  carrier_copies: [
    carrier,
    plain('copy_no', '份号'),
    coded('status', '状态', CARRIER_STATUS_LABELS),
    plain('holder_name', '持有人'),
    plain('holder_dept', '持有人部门'),
  ],
  carrier_movements: [
    coded('kind', '类别', CARRIER_EVENT_LABELS),
    carrier,
    plain('person_name', '借用人'),
    plain('person_dept', '部门'),
    flag('outside', '单位外'),
    plain('destination', '去向'),
    plain('started_on', '开始日期'),
    plain('due_on', '应还日期'),
    plain('returned_on', '归还日期'),
  ],
  classification_decisions: [
    coded('kind', '类别', CARRIER_EVENT_LABELS),
    carrier,
    plain('decided_on', '决定日期'),
    plain('decided_by', '决定人'),
    coded('level_before', '原密级', LEVEL_LABELS),
    coded('level_after', '新密级', LEVEL_LABELS),
    plain('notice_no', '通知文号'),
    plain('review_year', '审核年度'),
  ],
  destruction_batches: [
    plain('batch_no', '批次号'),
    instant('destroyed_at', '销毁时间'),
    plain('place', '地点'),
    coded('method', '方式', DESTRUCTION_METHOD_LABELS),
    plain('responsible_name', '销毁人'),
    plain('receiver_name', '接收人'),
  ],
  destruction_witnesses: [
    plain('batch_id', '批次（内部编号）'),
    plain('name', '监销人'),
    plain('title', '职务'),
    plain('department', '部门'),
  ],
  destruction_items: [plain('batch_id', '批次（内部编号）'), carrier, plain('copy_id', '份（内部编号）')],
  inventories: [
    coded('scope', '范围', INVENTORY_SCOPE_LABELS),
    plain('scope_label', '清点对象'),
    plain('started_on', '开始日期'),
    plain('closed_on', '结束日期'),
    coded('status', '状态', INVENTORY_STATUS_LABELS),
  ],
  inventory_lines: [
    plain('inventory_id', '清点（内部编号）'),
    carrier,
    plain('expected_holder', '应在持有人'),
    coded('expected_status', '应在状态', CARRIER_STATUS_LABELS),
    coded('result', '清点结果', INVENTORY_RESULT_LABELS),
    plain('note', '说明'),
  ],
  persons: [
    plain('name', '姓名'),
    plain('department', '部门'),
    coded('clearance', '涉密等级', CLEARANCE_LABELS),
    plain('cleared_on', '确定日期'),
    coded('highest_level', '最高接触密级', LEVEL_LABELS),
    flag('is_classifier', '定密责任人'),
    flag('is_key_dept_staff', '要害部门人员'),
    coded('status', '状态', PERSON_STATUS_LABELS),
    plain('posted_on', '上岗日期'),
    coded('leaving_kind', '离岗类别', LEAVING_KIND_LABELS),
    plain('separation_ends_on', '脱密期至'),
    plain('next_vetting_on', '下次复审'),
  ],
  person_posts: [
    person,
    plain('post', '岗位'),
    coded('level', '密级', LEVEL_LABELS),
    plain('started_on', '开始日期'),
    plain('ended_on', '结束日期'),
  ],
  clearance_decisions: [
    person,
    coded('from_clearance', '原等级', CLEARANCE_LABELS),
    coded('to_clearance', '审定等级', CLEARANCE_LABELS),
    coded('status', '状态', CLEARANCE_DECISION_STATUS_LABELS),
    plain('approved_on', '批准日期'),
  ],
  vettings: [
    person,
    coded('kind', '类别', VETTING_KIND_LABELS),
    plain('vetted_on', '审查日期'),
    coded('result', '结果', VETTING_RESULT_LABELS),
    plain('next_due_on', '下次复审'),
  ],
  pledges: [
    person,
    coded('kind', '类别', PLEDGE_KIND_LABELS),
    plain('signed_on', '签订日期'),
    plain('year', '年度'),
  ],
  private_travel: [
    person,
    plain('applied_on', '申请日期'),
    plain('planned_depart_on', '计划出境'),
    plain('planned_return_on', '计划返回'),
    coded('status', '状态', TRAVEL_STATUS_LABELS),
    flag('needs_approval', '须审批'),
    plain('departed_on', '出境日期'),
    plain('returned_on', '返回日期'),
  ],
  leaving_procedures: [
    person,
    coded('kind', '类别', LEAVING_KIND_LABELS),
    coded('status', '状态', LEAVING_STATUS_LABELS),
    plain('started_on', '开始日期'),
    coded('clearance', '涉密等级', CLEARANCE_LABELS),
    plain('approved_on', '审批日期'),
    plain('separation_years', '脱密期（年）'),
    plain('separation_ends_on', '脱密期至'),
  ],
  ...WORK_COLUMNS,
  annual_report: [
    plain('year', '年度'),
    { key: 'figures', title: '汇总数字', text: (d) => figuresText(d.figures) },
    { key: 'self_assessment', title: '自查自评报告', text: (d) => selfAssessmentText(d.self_assessment) },
  ],
};

/** The columns of a register: as listed above, or every column of its first record as sent. */
export function columnsOf(register: string, first: Data | undefined): RecordColumn[] {
  return REGISTER_COLUMNS[register] ?? Object.keys(first ?? {}).map((k) => plain(k, k));
}
