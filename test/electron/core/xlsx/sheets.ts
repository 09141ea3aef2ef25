// Test sheets written with exceljs the way clerks keep their ledgers (no binary fixtures).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Db } from '../../../../db/open';
import {
  carrierCopies,
  carrierEvents,
  carriers,
  classificationDecisions,
  departments,
} from '../../../../db/schema';

export type Row = (string | number | Date | null)[];

/** A workbook with one sheet: an optional merged title row, a blank row, the headings, the rows. */
export async function writeSheet(
  dir: string,
  file: string,
  headings: string[],
  rows: Row[],
  opts: { title?: string; sheet?: string } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Sheet1');
  if (opts.title) {
    ws.addRow([opts.title]);
    ws.mergeCells(1, 1, 1, headings.length);
    ws.addRow([]);
  }
  ws.addRow(headings);
  for (const r of rows) ws.addRow(r);
  const path = join(dir, file);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** The sheet's cells as text, row by row (index 0 = row 1). */
export async function readCells(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  });
  return Array.from(out, (r) => r ?? []);
}

/** A digest of everything the carrier register keeps (and the departments), to prove nothing changed. */
export function registerDigest(db: Db): string {
  const dump = {
    carriers: db.select().from(carriers).orderBy(asc(carriers.id)).all(),
    copies: db.select().from(carrierCopies).orderBy(asc(carrierCopies.id)).all(),
    events: db.select().from(carrierEvents).orderBy(asc(carrierEvents.id)).all(),
    decisions: db.select().from(classificationDecisions).orderBy(asc(classificationDecisions.id)).all(),
    departments: db.select().from(departments).orderBy(asc(departments.id)).all(),
  };
  return createHash('sha256').update(JSON.stringify(dump)).digest('hex');
}
