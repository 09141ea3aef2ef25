// Notices sent down and not yet answered, for every unit at once (issue 25, point 8): the bureau's notices (one
// query over notices_sent) against what the units' packages showed of them, kept as figures at each import
// (supervisor-figures.ts: notice_seen, notice_findings). The home page reads no unit's records for them. The
// states are listSentNotices' own (notice-write.ts), which reads one unit's records for its drawer; a test
// holds the two to the same answers.
import type { NoticeState } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { FigureRows } from './supervisor-figures';

export interface OpenNotice {
  seq: number;
  title: string;
  state: Extract<NoticeState, 'sent' | 'rectifying'>;
  /** Items reported, not closed or carried over, past the notice's deadline. */
  late: number;
}

/** A unit's notice findings as its last package had them: `<seq>/<item>` → status. */
function findingStatuses(figures: FigureRows, unitCode: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of figures.get(unitCode)?.get('notice_findings')?.keys() ?? []) {
    const at = key.lastIndexOf(':');
    out.set(key.slice(0, at), key.slice(at + 1));
  }
  return out;
}

/** unit → its open notices, newest first. */
export function openNotices(
  client: Db['$client'],
  figures: FigureRows,
  day: string,
): Map<string, OpenNotice[]> {
  const rows = client
    .prepare(
      `SELECT unit_code, seq, kind, title, CASE WHEN kind = 'rectification' THEN (SELECT
         json_group_array(json_extract(value, '$.deadline')) FROM json_each(content, '$.findings')) END
       FROM notices_sent ORDER BY unit_code, seq DESC`,
    )
    .raw(true)
    .all() as [string, number, string, string, string | null][];
  const out = new Map<string, OpenNotice[]>();
  let unit = '';
  let statuses = new Map<string, string>();
  for (const [unitCode, seq, kind, title, deadlinesJson] of rows) {
    if (unitCode !== unit) {
      unit = unitCode;
      statuses = findingStatuses(figures, unitCode);
    }
    const deadlines = deadlinesJson ? (JSON.parse(deadlinesJson) as string[]) : [];
    const items = deadlines.map((_, i) => statuses.get(`${seq}/${i + 1}`) ?? null);
    const seen =
      Boolean(figures.get(unitCode)?.get('notice_seen')?.has(String(seq))) || items.some((s) => s !== null);
    let state: NoticeState = seen ? 'received' : 'sent';
    if (seen && kind === 'rectification')
      state = items.every((s) => s === 'closed') ? 'answered' : 'rectifying';
    if (state !== 'sent' && state !== 'rectifying') continue;
    const late = items.filter(
      (s, i) => s !== null && s !== 'closed' && s !== 'carried_over' && (deadlines[i] as string) < day,
    ).length;
    const list = out.get(unitCode) ?? [];
    list.push({ seq, title, state, late });
    out.set(unitCode, list);
  }
  return out;
}
