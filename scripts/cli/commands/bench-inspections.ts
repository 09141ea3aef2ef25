// Bench questions of checks, findings and incidents (issue 15): a filtered page of the findings board (each filter
// the board offers, in turn), of the checks register and of the incidents register, each through the core and as
// plain SQL (bench-raw.ts).
import type { Db } from '../../../db/open';
import { seedIncidents } from '../../../electron/core/incidents';
import { listIncidents } from '../../../electron/core/incidents/views';
import { seedInspections } from '../../../electron/core/inspections';
import { listInspections } from '../../../electron/core/inspections/views';
import { listFindings } from '../../../electron/core/inspections/findings-views';
import { containsPattern } from '../../../electron/core/util/like';
import { IncidentListInput } from '../../../electron/ipc/schemas/incidents';
import { FindingListInput, InspectionListInput } from '../../../electron/ipc/schemas/inspections';
import { counted, registerBench, type RawCond } from './bench-raw';

const DAY = 86_400_000;

/**
 * Fills the bench database with a year of checks of every department and, since the demo's two incidents say
 * nothing about speed, `incidents` pairs of them spread over the past years (large: 400 incidents).
 */
export function seedInspectionBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  const r = seedInspections(db, scale, rng, now);
  const pairs = scale === 'large' ? 200 : 10;
  for (let i = 0; i < pairs; i++) seedIncidents(db, new Date(now.getTime() - i * 5 * DAY));
  return `已生成 ${r.inspections} 次检查、${r.findings} 个问题、${pairs * 2} 起泄密事件`;
}

const OPEN = "status IN ('pending', 'rectifying', 'to_verify')";

const either = (a: string, b: string, term: string): RawCond => [
  `${a} LIKE ? ESCAPE '\\' OR ${b} LIKE ? ESCAPE '\\'`,
  containsPattern(term),
  containsPattern(term),
];

const findingsPage = registerBench({
  name: 'findings_page',
  questions: [
    { openOnly: true },
    { state: 'overdue' },
    { state: 'rectifying' },
    { departmentId: 1, openOnly: true },
    { deadlineBy: '2026-01-31' },
    {},
  ].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => FindingListInput.parse(x),
  app: (db, q, c) => counted(listFindings(db, q, c.today)),
  raw: (q, c) => [
    {
      table: 'findings f',
      // The board shows the check's title, the department and the three people by name.
      joins: `JOIN inspections i ON i.id = f.inspection_id LEFT JOIN departments d ON d.id = f.department_id
        LEFT JOIN persons r ON r.id = f.responsible_person_id LEFT JOIN persons b ON b.id = f.rectified_by_id
        LEFT JOIN persons v ON v.id = f.verifier_id`,
      cols: 'f.*, i.title, i.kind, d.name, r.name, b.name, v.name',
      where: [
        q.inspectionId && ['f.inspection_id = ?', q.inspectionId],
        q.state === 'overdue' && [`f.${OPEN} AND deadline < ?`, c.today],
        (q.state === 'closed' || q.state === 'carried_over') && ['f.status = ?', q.state],
        q.state &&
          !['overdue', 'closed', 'carried_over'].includes(q.state) && [
            'f.status = ? AND (deadline IS NULL OR deadline >= ?)',
            q.state,
            c.today,
          ],
        q.openOnly && [`f.${OPEN}`],
        q.departmentId && ['f.department_id = ?', q.departmentId],
        q.deadlineBy && ['deadline <= ?', q.deadlineBy],
      ],
      order: 'deadline IS NULL, deadline, f.id',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const inspectionsPage = registerBench({
  name: 'inspections_page',
  questions: [{}, { kind: 'self_dept' }, { status: 'open' }, { departmentId: 2 }, { q: '自查' }].map((q) => ({
    ...q,
    pageSize: 100,
  })),
  parse: (x) => InspectionListInput.parse(x),
  app: (db, q, c) => counted(listInspections(db, q, c.today)),
  raw: (q) => [
    {
      table: 'inspections i',
      joins: 'LEFT JOIN departments d ON d.id = i.department_id LEFT JOIN persons p ON p.id = i.person_id',
      cols: 'i.*, d.name, p.name',
      where: [
        q.kind && ['i.kind = ?', q.kind],
        q.status && ['i.status = ?', q.status],
        q.departmentId && [
          `i.department_id = ? OR EXISTS (SELECT 1 FROM inspection_departments s
            WHERE s.inspection_id = i.id AND s.department_id = ?)`,
          q.departmentId,
          q.departmentId,
        ],
        q.q && either('i.title', 'i.inspectors', q.q),
      ],
      order: 'i.checked_on DESC, i.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const incidentsPage = registerBench({
  name: 'incidents_page',
  questions: [{}, { status: 'open' }, { q: '文件' }].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => IncidentListInput.parse(x),
  app: (db, q, c) => counted(listIncidents(db, q, c.now)),
  raw: (q) => [
    {
      table: 'incidents i',
      joins: 'LEFT JOIN departments d ON d.id = i.department_id',
      cols: 'i.*, d.name',
      where: [
        q.status && ['i.status = ?', q.status],
        q.kind && ['i.kind = ?', q.kind],
        q.q && either('i.title', 'i.party', q.q),
      ],
      order: 'i.discovered_at DESC, i.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

export const INSPECTION_REGISTERS = [findingsPage, inspectionsPage, incidentsPage];
