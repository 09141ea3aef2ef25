// Part 1 of the 台账 (kept by 保密办, REFERENCE §2.1): committee, clerks, plan, meetings, rules, training, checks,
// incidents, key sites, rewards and penalties, destruction.
import {
  CHECK_KIND_LABELS,
  COMMITTEE_ROLE_LABELS,
  CARRIER_TYPE_LABELS,
  DESTRUCTION_METHOD_LABELS,
  GENDER_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  KEY_SITE_KIND_LABELS,
  LEVEL_LABELS,
  SANCTION_KIND_LABELS,
  SESSION_FORM_LABELS,
  TASK_STATUS_LABELS,
  ACCOUNT_STATUS_LABELS,
  DUTY_RATING_LABELS,
  LEADER_DUTY_LABELS,
  LEADER_GRADE_LABELS,
} from '../../../db/domain/labels';
import type { DutyRating, LeaderDuty } from '../../../db/domain/vocab';
import { type Cell, day, label, numbered, query, type SectionSource } from './section-source';

/** The items of a leader's sheet not fully carried out, as 事项（评定：说明）; 无 when all are. */
function shortfalls(items: Cell): string {
  const all = JSON.parse(String(items || '[]')) as {
    duty: LeaderDuty;
    rating: DutyRating;
    note: string | null;
  }[];
  const short = all.filter((x) => x.rating !== 'done');
  return short.length
    ? short
        .map(
          (x) =>
            `${LEADER_DUTY_LABELS[x.duty].split(/[（，]/)[0]}（${DUTY_RATING_LABELS[x.rating]}：${x.note ?? ''}）`,
        )
        .join('；')
    : '无';
}

export const OFFICE_SECTIONS: SectionSource[] = [
  {
    id: 'committee_members',
    headings: ['序号', '姓名', '性别', '部门', '机构职务', '行政职务', '电话', '加入日期', '退出日期'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT p.name, p.gender, d.name, m.role, m.title, m.phone, m.joined_on, m.left_on
           FROM committee_members m JOIN persons p ON p.id = m.person_id
           LEFT JOIN departments d ON d.id = p.department_id
           WHERE m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?) ORDER BY m.role, m.joined_on, m.id`,
          y.to,
          y.from,
        ).map(([n, g, d, r, ...rest]) => [
          n,
          label(GENDER_LABELS, g),
          d,
          label(COMMITTEE_ROLE_LABELS, r),
          ...rest,
        ]),
      ),
  },
  {
    id: 'clerks',
    headings: ['序号', '姓名', '用户名', '账户状态', '开设日期'],
    note: '本系统未单设专（兼）职保密人员登记，下表列出本系统的保密员账户。',
    rows: (db) =>
      numbered(
        query(
          db,
          "SELECT display_name, username, status, created_at FROM accounts WHERE role = 'clerk' ORDER BY id",
        ).map(([n, u, s, c]) => [n, u, label(ACCOUNT_STATUS_LABELS, s), day(c)]),
      ),
  },
  {
    id: 'work_plan',
    headings: ['序号', '工作事项', '责任人', '完成期限', '办理情况', '完成日期'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT t.content, p.name, t.due_on, t.status, t.done_on FROM committee_tasks t
           LEFT JOIN persons p ON p.id = t.owner_person_id
           WHERE t.year = ? AND t.kind = 'plan_item' ORDER BY t.due_on, t.id`,
          y.year,
        ).map(([c, o, due, s, done]) => [c, o, due, label(TASK_STATUS_LABELS, s), done]),
      ),
  },
  {
    id: 'responsibility_letters',
    headings: ['序号', '部门', '签订日期', '部门负责人'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT d.name, l.signed_on, l.signer FROM responsibility_letters l
           JOIN departments d ON d.id = l.department_id WHERE l.year = ? ORDER BY d.sort_order, d.id`,
          y.year,
        ),
      ),
  },
  {
    id: 'leader_checks',
    headings: ['序号', '姓名', '部门', '职务', '未全部落实的事项', '总体评价', '检查人', '检查日期'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT p.name, d.name, c.post, c.items, c.grade, c.checker, c.checked_on
           FROM leader_checks c JOIN persons p ON p.id = c.person_id
           LEFT JOIN departments d ON d.id = p.department_id WHERE c.year = ? ORDER BY d.sort_order, c.id`,
          y.year,
        ).map(([n, d, post, items, g, ...rest]) => [
          n,
          d,
          post,
          shortfalls(items),
          label(LEADER_GRADE_LABELS, g),
          ...rest,
        ]),
      ),
  },
  {
    id: 'committee_meetings',
    headings: ['序号', '会议日期', '议题', '主持人', '出席人员', '记录人'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT held_on, topics, chair, attendees, recorder FROM committee_meetings
           WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id`,
          y.from,
          y.to,
        ),
      ),
  },
  {
    id: 'rule_documents',
    headings: ['序号', '制度名称', '文号', '生效日期', '废止日期'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT name, doc_no, effective_on, repealed_on FROM rule_documents
           WHERE effective_on <= ? AND (repealed_on IS NULL OR repealed_on >= ?) ORDER BY effective_on, id`,
          y.to,
          y.from,
        ),
      ),
  },
  {
    id: 'trainings',
    headings: ['序号', '时间', '形式', '范围', '参加人数', '主题', '主要内容', '学时'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT s.held_on, s.form, s.scope,
             (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id AND a.status <> 'absent'),
             s.topic, s.content, s.hours
           FROM training_sessions s WHERE s.status = 'held' AND s.held_on BETWEEN ? AND ? ORDER BY s.held_on, s.id`,
          y.from,
          y.to,
        ).map(([d, f, ...rest]) => [d, label(SESSION_FORM_LABELS, f), ...rest]),
      ),
  },
  {
    id: 'inspections',
    headings: ['序号', '时间', '检查类型', '检查内容', '被查部门', '检查人员', '发现问题', '已整改'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT i.checked_on, i.kind, i.title, d.name, i.inspectors,
             (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id),
             (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id AND f.status IN ('closed', 'carried_over'))
           FROM inspections i LEFT JOIN departments d ON d.id = i.department_id
           WHERE i.checked_on BETWEEN ? AND ? ORDER BY i.checked_on, i.id`,
          y.from,
          y.to,
        ).map(([d, k, ...rest]) => [d, label(CHECK_KIND_LABELS, k), ...rest]),
      ),
  },
  {
    id: 'incidents',
    headings: ['序号', '名称', '部门', '密级', '类别', '发现时间', '首次报告时间', '查处状态'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT i.title, d.name, i.level, i.kind, i.discovered_at, i.reported_at, i.status
           FROM incidents i LEFT JOIN departments d ON d.id = i.department_id
           WHERE substr(i.discovered_at, 1, 10) BETWEEN ? AND ? ORDER BY i.discovered_at, i.id`,
          y.from,
          y.to,
        ).map(([t, d, l, k, at, rep, s]) => [
          t,
          d,
          l === '' ? '' : label(LEVEL_LABELS, l),
          label(INCIDENT_KIND_LABELS, k),
          day(at),
          day(rep),
          label(INCIDENT_STATUS_LABELS, s),
        ]),
      ),
  },
  {
    id: 'key_sites',
    headings: ['序号', '类别', '名称', '涉密等级', '负责人', '在编人员数', '电话', '批准日期'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT k.kind, k.name, k.level, p.name, k.staff_count, k.phone, k.approved_on
           FROM key_sites k LEFT JOIN persons p ON p.id = k.manager_person_id
           WHERE k.approved_on <= ? AND (k.revoked_on IS NULL OR k.revoked_on >= ?) ORDER BY k.kind, k.id`,
          y.to,
          y.from,
        ).map(([k, n, l, ...rest]) => [label(KEY_SITE_KIND_LABELS, k), n, label(LEVEL_LABELS, l), ...rest]),
      ),
  },
  {
    id: 'sanctions',
    headings: ['序号', '事项', '人员或部门', '时间', '奖励或惩处', '类别', '批准人', '文号'],
    rows: (db, y) =>
      numbered(
        query(
          db,
          `SELECT s.matter, coalesce(p.name, st.name, d.name), s."on", s.kind, s.category, s.approver, s.document_no
           FROM sanctions s LEFT JOIN persons p ON p.id = s.person_id
           LEFT JOIN staff_members st ON st.id = s.staff_id LEFT JOIN departments d ON d.id = s.department_id
           WHERE s."on" BETWEEN ? AND ? ORDER BY s."on", s.id`,
          y.from,
          y.to,
        ).map(([m, w, o, k, ...rest]) => [m, w, o, label(SANCTION_KIND_LABELS, k), ...rest]),
      ),
  },
  {
    id: 'destructions',
    headings: ['序号', '日期', '载体形式', '载体内容', '数量', '密级', '销毁方式及地点', '经办人', '审批人'],
    note: '涉密载体按销毁批次登记；报废的涉密设备列在其后。',
    rows: (db, y) =>
      numbered([
        ...query(
          db,
          `SELECT substr(b.destroyed_at, 1, 10), c.type, c.name, count(*), c.level, b.method, b.place,
             b.responsible_name, a.approver_name
           FROM destruction_items i JOIN destruction_batches b ON b.id = i.batch_id
           JOIN carriers c ON c.id = i.carrier_id LEFT JOIN approvals a ON a.id = b.approval_id
           WHERE substr(b.destroyed_at, 1, 10) BETWEEN ? AND ?
           GROUP BY b.id, c.id ORDER BY b.destroyed_at, b.id, c.id`,
          y.from,
          y.to,
        ).map(([d, t, n, q, l, m, p, r, a]) => [
          d,
          label(CARRIER_TYPE_LABELS, t),
          n,
          q,
          label(LEVEL_LABELS, l),
          `${label(DESTRUCTION_METHOD_LABELS, m)}（${p}）`,
          r,
          a,
        ]),
        ...query(
          db,
          `SELECT e."on", v.brand_model, v.device_no, 1, v.level, e.kind, e.counterpart, ap.approver_name
           FROM device_events e JOIN devices v ON v.id = e.device_id LEFT JOIN approvals ap ON ap.id = e.approval_id
           WHERE e.kind IN ('retire', 'destroy') AND e."on" BETWEEN ? AND ? ORDER BY e."on", e.id`,
          y.from,
          y.to,
        ).map(([d, m, no, q, l, k, who, a]) => [
          d,
          '涉密设备',
          `${m}（${no}）`,
          q,
          l === '' ? '' : label(LEVEL_LABELS, l),
          k === 'destroy' ? '销毁' : '报废',
          who,
          a,
        ]),
      ]),
  },
];
