// The 年度保密工作台账 as one workbook: a sheet per section of REFERENCE §2.1 in its order, each with the book's
// title, the unit and the time of export above the headings, so the PDF book and the sheets read the same rows.
import ExcelJS from 'exceljs';
import type { YearbookView } from '../../ipc/schemas/yearbook';

export async function yearbookWorkbook(book: YearbookView, exportedAt: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  book.sections.forEach((s, i) => {
    // Sheet names are unique and at most 31 characters; the section number keeps them in order when sorted.
    const ws = wb.addWorksheet(`${i + 1}.${s.title}`.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    const width = Math.max(s.headings.length, 2);
    ws.addRow([`${book.unitName} ${book.year}年度保密工作台账 ${i + 1}. ${s.title}`]);
    ws.mergeCells(1, 1, 1, width);
    ws.getRow(1).font = { bold: true, size: 13 };
    ws.addRow([`${s.note ?? ''} 导出时间：${exportedAt}`.trim()]);
    ws.mergeCells(2, 1, 2, width);
    ws.addRow(s.headings);
    ws.getRow(3).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    s.headings.forEach((h, c) => {
      const longest = Math.max(
        h.length * 2,
        ...s.rows.slice(0, 200).map((r) => String(r[c] ?? '').length * 2),
      );
      ws.getColumn(c + 1).width = Math.min(Math.max(longest, 6), 40);
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
