// Checks, findings and incidents for the supervisor: what it needs to follow rectification (open findings past
// their deadline) and incidents with their report times (regulation art. 61), and no more. Checklist notes,
// finding texts beyond the item, incident narratives, opinions and scans stay at the unit (FORMAT.md, Parts).
// Their state changes carry no timestamp: checks, findings and incidents are numbered by the row_versions
// triggers (findings with the id list when one was deleted: a 不符合 taken back removes its draft); incident
// reports and entries are append-only.
import { tablePart, versionsOf } from './table-part';

export const INSPECTION_PARTS = [
  tablePart({
    id: 'inspections',
    label: '保密检查',
    table: 'inspections',
    columns: [
      'id',
      'kind',
      'title',
      'period',
      'checked_on',
      ['department', '(SELECT d.name FROM departments d WHERE d.id = "inspections".department_id)'],
      // 检查范围（部门）: every department a 联合检查 or 抽查 covered, in the order chosen, as 办公室、财务处.
      [
        'departments',
        '(SELECT group_concat(name, \'、\') FROM (SELECT d.name FROM inspection_departments s JOIN departments d ON d.id = s.department_id WHERE s.inspection_id = "inspections".id ORDER BY s.id))',
      ],
      'authority',
      'status',
      'closed_on',
      'created_at',
    ],
    // A department renamed shows in the 检查范围 of every check that covered it.
    changed: `"inspections".id IN (SELECT s.inspection_id FROM inspection_departments s WHERE s.department_id IN (${versionsOf('departments')}))`,
    tracked: { own: true, via: [['department_id', 'departments']] },
    neverDeleted: true,
  }),
  tablePart({
    id: 'findings',
    label: '检查发现问题',
    table: 'findings',
    columns: [
      'id',
      'inspection_id',
      'area',
      'severity',
      ['department', '(SELECT d.name FROM departments d WHERE d.id = "findings".department_id)'],
      'deadline',
      'status',
      'rectified_on',
      'verified_on',
      'created_at',
      // The supervisor's notice item this finding came from (`<supervisor>/<seq>/<item>`), so its closure answers it.
      [
        'notice',
        "(SELECT n.supervisor_code || '/' || n.seq || '/' || i.item_no FROM notice_items i JOIN notices_received n ON n.id = i.notice_id WHERE i.finding_id = \"findings\".id)",
      ],
    ],
    tracked: { own: true, via: [['department_id', 'departments']] },
    neverDeleted: false,
  }),
];

/** Sent in the full and incremental profiles (the annual one carries figures only, for now). */
export const INCIDENT_PARTS = [
  tablePart({
    id: 'incidents',
    label: '泄密事件/违规',
    table: 'incidents',
    columns: [
      'id',
      'title',
      'kind',
      ['department', '(SELECT d.name FROM departments d WHERE d.id = "incidents".department_id)'],
      'discovered_at',
      'level',
      'status',
      'reported_at',
      'closed_on',
    ],
    tracked: { own: true, via: [['department_id', 'departments']] },
    neverDeleted: true,
  }),
  tablePart({
    id: 'incident_reports',
    label: '泄密事件报告',
    table: 'incident_reports',
    columns: ['id', 'incident_id', 'recipient', 'reported_at', 'method', 'created_at'],
    changed: 'created_at >= @since',
    neverDeleted: true,
  }),
  tablePart({
    id: 'incident_results',
    label: '泄密事件处理结果',
    table: 'incident_entries',
    columns: ['id', 'incident_id', 'kind', 'at', 'nature', 'unit_nature', 'created_at'],
    changed: 'created_at >= @since',
    neverDeleted: true,
  }),
];
