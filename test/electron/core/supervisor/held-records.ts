// The supervisor's imported records as objects of their columns (record-layout.ts keeps each as its line, a JSON
// array in the unit's layout of the register): what the tests compare with the unit's registers and scan.
import type { Db } from '../../../../db/open';
import { layoutKey, layoutsOf, recordObject } from '../../../../electron/core/exchange/record-layout';

type Client = Db['$client'];

export interface HeldRecord {
  unit: string;
  register: string;
  id: string;
  seq: number;
  data: Record<string, unknown>;
}

/** Every record held (of one unit), in the table's order. */
export function heldRecords(client: Client, unitCode?: string): HeldRecord[] {
  const layouts = layoutsOf(client, unitCode);
  const rows = client
    .prepare(
      `SELECT unit_code, register, record_id, seq, data FROM imported_records${unitCode === undefined ? '' : ' WHERE unit_code = ?'}`,
    )
    .raw(true)
    .all(...(unitCode === undefined ? [] : [unitCode])) as [string, string, string, number, string][];
  return rows.map(([unit, register, id, seq, data]) => ({
    unit,
    register,
    id,
    seq,
    data: recordObject(layouts.get(layoutKey(unit, register)) ?? [], data),
  }));
}

/** Every record held put back as the JSON object it was kept as before layouts (a migration older than 0059). */
export function recordsAsObjects(client: Client): void {
  const put = client.prepare(
    'UPDATE imported_records SET data = ? WHERE unit_code = ? AND register = ? AND record_id = ?',
  );
  for (const r of heldRecords(client)) put.run(JSON.stringify(r.data), r.unit, r.register, r.id);
}
