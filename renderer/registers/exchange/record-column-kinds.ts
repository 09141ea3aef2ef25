// The kinds of column a supervisor's table has: as sent, a code by its label, a flag, a timestamp.
import { tableDateTime } from '../../i18n/format';

export type Data = Record<string, unknown>;

export interface RecordColumn {
  key: string;
  title: string;
  /** The text of the cell, from the whole record (a code through its label table, a flag as 是/否 …). */
  text(d: Data): string;
}

export const raw = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** A column shown as sent (names, dates, numbers). */
export const plain = (key: string, title: string): RecordColumn => ({ key, title, text: (d) => raw(d[key]) });

/** A code column: its label; a code the table lacks (a newer version's) as sent, never blank. */
export const coded = (key: string, title: string, labels: Record<string, string>): RecordColumn => ({
  key,
  title,
  text: (d) => {
    const v = d[key];
    return typeof v === 'string' && Object.hasOwn(labels, v) ? (labels[v] ?? v) : raw(v);
  },
});

/** A 0/1 flag. */
export const flag = (key: string, title: string): RecordColumn => ({
  key,
  title,
  text: (d) =>
    d[key] === 1 || d[key] === true ? '是' : d[key] === 0 || d[key] === false ? '否' : raw(d[key]),
});

/** A timestamp as the unit's screens write it. */
export const instant = (key: string, title: string): RecordColumn => ({
  key,
  title,
  text: (d) => (typeof d[key] === 'string' ? tableDateTime(d[key]) : raw(d[key])),
});
