// The 年度保密工作台账 as one workbook: a sheet per section of REFERENCE §2.1 in its order, each with the book's
// title, the unit and the time of export above the headings, so the PDF book and the sheets read the same rows.
// Written with exceljs's streaming writer: a large unit's year is tens of thousands of rows, and the streaming
// writer commits each row as it goes instead of holding a model of every cell.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { YearbookView } from '../../ipc/schemas/yearbook';

export async function yearbookWorkbook(book: YearbookView, exportedAt: string): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.created = new Date(0);
  book.sections.forEach((s, i) => {
    // Sheet names are unique and at most 31 characters; the section number keeps them in order when sorted.
    const ws = wb.addWorksheet(`${i + 1}.${s.title}`.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    const width = Math.max(s.headings.length, 2);
    ws.columns = s.headings.map((h, c) => {
      const longest = Math.max(
        h.length * 2,
        ...s.rows.slice(0, 200).map((r) => String(r[c] ?? '').length * 2),
      );
      return { width: Math.min(Math.max(longest, 6), 40) };
    });
    const title = ws.addRow([`${book.unitName} ${book.year}年度保密工作台账 ${i + 1}. ${s.title}`]);
    title.font = { bold: true, size: 13 };
    const { seq, hash } = book.auditHead;
    ws.addRow([`${s.note ?? ''} 导出时间：${exportedAt} 审计日志末条序号 ${seq}，哈希 ${hash}`.trim()]);
    // Merged before any row is committed: a committed row can no longer be changed.
    ws.mergeCells(1, 1, 1, width);
    ws.mergeCells(2, 1, 2, width);
    const head = ws.addRow(s.headings);
    head.font = { bold: true };
    head.commit();
    for (const r of s.rows) ws.addRow(r).commit();
    ws.commit();
  });
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
