// The incidents' share of the 年度报告 (figures only, like every part of it): how many were discovered in the
// year, by kind, and how art. 61's 24-hour report went for them — read by the same clock every screen uses, so
// a report to only one of the two authorities is never counted as made in time.
import { and, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { incidentReports, incidents } from '../../../db/schema';
import { reportClock } from './clock';
import { inList } from '../util/in-list';

type Reader = Pick<Db, 'select'>;

export function incidentFigures(db: Reader, year: number, now: Date) {
  const rows = db
    .select({ id: incidents.id, kind: incidents.kind, discoveredAt: incidents.discoveredAt })
    .from(incidents)
    .where(and(gte(incidents.discoveredAt, `${year}-01-01`), lt(incidents.discoveredAt, `${year + 1}-01-01`)))
    .all();
  const reports = rows.length
    ? db
        .select({
          incidentId: incidentReports.incidentId,
          recipient: incidentReports.recipient,
          reportedAt: incidentReports.reportedAt,
        })
        .from(incidentReports)
        .where(
          inList(
            incidentReports.incidentId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const byKind: Record<string, number> = {};
  const byReport = { on_time: 0, late: 0, overdue: 0, running: 0 };
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    const clock = reportClock(
      r.discoveredAt,
      reports.filter((x) => x.incidentId === r.id),
      now,
    );
    byReport[clock.state] += 1;
  }
  return {
    incidentsInYear: rows.length,
    incidentsInYearByKind: byKind,
    incidentsReportedWithin24h: byReport.on_time,
    incidentsReportedLate: byReport.late,
    incidentsUnreportedPast24h: byReport.overdue,
  };
}
