// The rules of incidents (issue 15, point 4; regulation arts. 60–61). Each refusal names its rule, and each rule
// has a test of that name in test/electron/core/incidents/rules.test.ts.
import { REPORT_RECIPIENTS } from '../../../db/domain/vocab';
import { REPORT_RECIPIENT_LABELS } from '../../../db/domain/labels';
import { refuse } from '../util/refuse';
import type { IncidentRecord } from './store';

/** Once reported, what was reported is not rewritten: what changes is said in a new entry (更正). */
export function checkNotReported(i: IncidentRecord): void {
  if (i.reportedAt !== null)
    refuse(
      'incident_append_only_once_reported',
      '该事件已上报，登记内容不能再修改；如需更正，请以“更正”登记一条新记录。',
      'incidentId',
    );
}

export function checkNotClosed(i: IncidentRecord): void {
  if (i.status === 'closed') refuse('incident_closed', '该事件已结案，不能再办理。', 'incidentId');
}

/** A report cannot precede the discovery, nor be recorded before it happened. */
export function checkReportTime(i: IncidentRecord, reportedAt: string, now: string): void {
  if (reportedAt < i.discoveredAt)
    refuse('report_after_discovery', '报告时间不能早于发现时间。', 'reportedAt');
  if (reportedAt > now) refuse('report_after_discovery', '报告时间不能晚于现在。', 'reportedAt');
}

/** Art. 61 asks both reports, and art. 60 the 处理结果, before an incident is done with. */
export function checkClosable(reported: Set<string>, hasResult: boolean): void {
  const missing = REPORT_RECIPIENTS.filter((r) => !reported.has(r));
  if (missing.length > 0)
    refuse(
      'incident_close_needs_report_and_result',
      `尚未向${missing.map((r) => REPORT_RECIPIENT_LABELS[r]).join('和')}报告，不能结案（实施条例第六十一条）。`,
      'incidentId',
    );
  if (!hasResult)
    refuse(
      'incident_close_needs_report_and_result',
      '尚未登记处理结果及责任追究，不能结案（实施条例第六十条）。',
      'incidentId',
    );
}
