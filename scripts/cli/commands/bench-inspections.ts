// Bench lines for checks, findings and incidents (issue 15): a filtered page of the findings board (each filter
// the board offers, in turn), of the checks register and of the incidents register, p50/p95 over `n` reads.
import type { Db } from '../../../db/open';
import { seedIncidents } from '../../../electron/core/incidents';
import { listIncidents } from '../../../electron/core/incidents/views';
import { seedInspections } from '../../../electron/core/inspections';
import { listFindings, listInspections } from '../../../electron/core/inspections/views';
import { IncidentListInput } from '../../../electron/ipc/schemas/incidents';
import { FindingListInput, InspectionListInput } from '../../../electron/ipc/schemas/inspections';
import { benchLine, type BenchLine } from './bench-line';

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

const FINDING_FILTERS = [
  { openOnly: true },
  { state: 'overdue' },
  { state: 'rectifying' },
  { departmentId: 1, openOnly: true },
  { deadlineBy: '2026-01-31' },
  {},
] as const;
const CHECK_FILTERS = [
  {},
  { kind: 'self_dept' },
  { status: 'open' },
  { departmentId: 2 },
  { q: '自查' },
] as const;
const INCIDENT_FILTERS = [{}, { status: 'open' }, { q: '文件' }] as const;

export function inspectionLines(db: Db, today: string, now: Date, n: number): BenchLine[] {
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const board: number[] = [];
  const checks: number[] = [];
  const incidents: number[] = [];
  const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length] as T;
  for (let i = 0; i < n; i++) {
    const f = FindingListInput.parse({ ...pick(FINDING_FILTERS, i), pageSize: 100 });
    board.push(time(() => listFindings(db, f, today)));
    const c = InspectionListInput.parse({ ...pick(CHECK_FILTERS, i), pageSize: 100 });
    checks.push(time(() => listInspections(db, c, today)));
    const e = IncidentListInput.parse({ ...pick(INCIDENT_FILTERS, i), pageSize: 100 });
    incidents.push(time(() => listIncidents(db, e, now)));
  }
  return [
    benchLine('findings_page', board),
    benchLine('inspections_page', checks),
    benchLine('incidents_page', incidents),
  ];
}
