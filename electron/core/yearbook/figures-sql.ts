// The figures of the 年度保密自查自评报告, per area of regulation art. 58, computed from the registers each time
// the report is read (never stored, so they cannot go stale). Each figure is one SQL count over the tables the
// registers keep; "in the year" means dated between 1 January and 31 December of the report's year, and a state
// (people in post, devices in use) is read as the registers hold it on the day the report is made.
import type { Db } from '../../../db/open';

export type Reader = Pick<Db, '$client'>;

export interface Figure {
  /** Stable identifier (the exchange and the tests name figures by it). */
  key: string;
  label: string;
  value: number;
}

export interface Ctx {
  db: Reader;
  from: string;
  to: string;
  today: string;
  year: number;
}

export function n(c: Ctx, sql: string, ...params: unknown[]): number {
  return (
    (c.db.$client
      .prepare(sql)
      .pluck()
      .get(...params) as number | null) ?? 0
  );
}

export const f = (key: string, label: string, value: number): Figure => ({ key, label, value });
