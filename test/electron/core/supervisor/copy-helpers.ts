// The unit's registers as a full package would carry them, and the supervisor's copy of them, compared record
// by record and field by field (issue 25: nothing lost, ever).
import { expect } from 'vitest';
import { canonicalJson } from '../../../../electron/core/util/canonical-json';
import { decodePart, REGISTER_PARTS } from '../../../../electron/core/exchange/parts';
import type { Site } from '../exchange/helpers';
import { heldRecords } from './held-records';

export type Snapshot = Map<string, Map<string, string>>;

/** The unit's registers as a full package would carry them now: register → record id → canonical row. */
export function snapshotOf(unit: Site): Snapshot {
  const { db } = unit.core.session();
  const out: Snapshot = new Map();
  for (const p of REGISTER_PARTS) {
    const chunks: string[] = [];
    p.write(db, null, { write: (t) => chunks.push(t) });
    const rows = decodePart(Buffer.from(chunks.join(''), 'utf8'));
    const k = rows.columns.indexOf(p.key);
    out.set(
      p.id,
      new Map(
        rows.rows.map((r) => [
          String(r[k]),
          canonicalJson(Object.fromEntries(rows.columns.map((c, i) => [c, r[i]]))),
        ]),
      ),
    );
  }
  return out;
}

export function supervisorCopy(sup: Site, unitCode: string): Snapshot {
  const out: Snapshot = new Map(REGISTER_PARTS.map((p) => [p.id, new Map<string, string>()]));
  for (const r of heldRecords(sup.core.session().db.$client, unitCode)) {
    if (r.register === 'annual_report') continue;
    out.get(r.register)?.set(r.id, canonicalJson(r.data));
  }
  return out;
}

export function compare(held: Snapshot, truth: Snapshot, seq: number): void {
  for (const [reg, rows] of truth) {
    const got = held.get(reg) ?? new Map<string, string>();
    const missing = [...rows.keys()].filter((id) => !got.has(id));
    const extra = [...got.keys()].filter((id) => !rows.has(id));
    expect({ seq, reg, missing, extra }).toEqual({ seq, reg, missing: [], extra: [] });
    for (const [id, row] of rows) {
      // Field by field, so a failure names the column that differs.
      expect({ seq, reg, id, row: JSON.parse(got.get(id) as string) as unknown }).toEqual({
        seq,
        reg,
        id,
        row: JSON.parse(row) as unknown,
      });
    }
  }
}
