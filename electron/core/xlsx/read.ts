// Reading a clerk's file into sheets of cells: .xlsx (also WPS .et and .xls saved as xlsx) from its sheet XML
// (read-lean.ts; through exceljs when that reader is not sure of the file), .csv in UTF-8 or GB18030 (what Excel and WPS save on a Chinese Windows). The old binary .xls cannot be read
// offline without another library: it is refused with the way out (另存为 .xlsx).
import ExcelJS from 'exceljs';
import { AppException } from '../../../db/domain/errors';
import { readXlsxLean } from './read-lean';
import type { Cell } from './values';

export interface Sheet {
  name: string;
  /** Rows as the sheet numbers them (index 0 = row 1), cells left to right (index 0 = column A). */
  rows: Cell[][];
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellOf((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v as unknown);
}

/** The sheets as exceljs reads them: what the lean reader must give, and what reads the files it is unsure of. */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppException('VALIDATION', '文件无法按 xlsx 读取：可能已损坏，或不是 Excel/WPS 表格。', {
      fields: [{ path: 'path', message: '无法读取' }],
    });
  }
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      // A merged range's value sits in its first cell; the others read as that value too.
      row.eachCell({ includeEmpty: true }, (c, col) => {
        cells[col - 1] = cellOf(c.isMerged ? c.master.value : c.value);
      });
      rows[n - 1] = Array.from(cells, (c) => c ?? null);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  return readXlsxLean(bytes) ?? readXlsxWithExceljs(bytes);
}

/** UTF-8 (with or without its BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(src: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row.map((x) => (x === '' ? null : x)));
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row.map((x) => (x === '' ? null : x)));
  }
  return rows;
}

/** The sheets of a file, by its content (a WPS .et saved as xlsx is a zip like any xlsx). */
export async function readSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (starts(bytes, ZIP)) return readXlsx(bytes);
  if (starts(bytes, OLE)) {
    throw new AppException(
      'VALIDATION',
      '这是旧版 .xls/.et 二进制格式，无法直接读取：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。',
      { fields: [{ path: 'path', message: '请另存为 .xlsx' }] },
    );
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    return [
      { name: fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), rows: parseCsv(decodeText(bytes)) },
    ];
  }
  throw new AppException('VALIDATION', '只能导入 .xlsx（含另存为 xlsx 的 .xls/.et）或 .csv 文件。', {
    fields: [{ path: 'path', message: '文件类型不支持' }],
  });
}
