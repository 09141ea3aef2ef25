// The cells of an .xlsx read straight from its sheet XML: the zip's central directory, node's own inflate, and a
// small scanner over workbook.xml, sharedStrings.xml, styles.xml and each worksheet — instead of exceljs's
// whole document model (styles, fonts, columns, drawings), which cost most of a 10,000-row preview (issue 18's
// bench). It gives exactly what read.ts took from exceljs: the same sheets in the same order, the same rows
// and cells, dates where exceljs makes dates, merged ranges read as their first cell. Anything it is not sure
// of (zip64, encryption, hyperlinks, inline rich text, an overlapping merge, a prefixed namespace, an unknown
// entity…) answers null, and read.ts reads the file with exceljs as before. The zip, the XML scanner and the
// workbook's own parts are in lean-parts.ts; the worksheet and the whole read are here.
import type { Cell } from './values';
import {
  attr,
  dateStyles,
  decode,
  entriesOf,
  excelToDate,
  relTargets,
  type Shared,
  sharedStrings,
  type Tag,
  textOf,
  TOKEN,
  Unsure,
  unsure,
  workbook,
  xmlDecodeAgain,
} from './lean-parts';

export interface LeanSheet {
  name: string;
  rows: Cell[][];
}

// ---------------------------------------------------------------------------------------------------------
// A worksheet

const A = 'A'.charCodeAt(0);

function colOf(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - A + 1);
  return c;
}

function addressOf(ref: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return unsure(`address ${ref}`);
  return { col: colOf(m[1] as string), row: Number(m[2]) };
}

function worksheet(xml: string, shared: Shared[] | null, dates: boolean[], date1904: boolean): Cell[][] {
  if (/<hyperlinks[\s>/]/.test(xml)) unsure('hyperlinks');
  const rows: (Cell | undefined)[][] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  let rowNo = 0;
  let row: (Cell | undefined)[] = [];
  let inData = false;
  let inMerges = false;
  let root = true;
  // the cell being read
  let inCell = false;
  let col = 0;
  let style: number | undefined;
  let type: string | undefined;
  let node: 'v' | 't' | 'f' | null = null;
  let value: string | undefined;
  let formula: string | undefined;
  let shareType: string | undefined;
  let inIs = false;
  // One loop, no callbacks: this is the part that runs once per cell of a 10,000-row sheet.
  TOKEN.lastIndex = 0;
  let last = 0;
  const t: Tag = { name: '', raw: '', close: false, empty: false };
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (xml.indexOf('<', last) !== m.index) unsure('markup');
    if (node !== null && m.index > last) {
      const text = decode(xml.slice(last, m.index));
      if (node === 'f') formula = formula ? formula + text : text;
      else value = value ? value + text : text;
    }
    last = TOKEN.lastIndex;
    const name = m[2];
    if (name === undefined) continue;
    t.name = name;
    t.raw = m[3] ?? '';
    t.close = m[1] === '/';
    t.empty = m[4] === '/';
    if (t.close && (t.raw || t.empty)) unsure('end tag');
    if (root) {
      if (name !== 'worksheet') unsure('worksheet root');
      root = false;
      continue;
    }
    if (name === 'sheetData') {
      inData = !t.close && !t.empty;
      continue;
    }
    if (name === 'mergeCells') {
      inMerges = !t.close && !t.empty;
      continue;
    }
    if (inMerges && name === 'mergeCell' && !t.close) {
      const [from = '', to, more] = (attr(t, 'ref') ?? '').split(':');
      if (more !== undefined) unsure('merge range');
      const a = addressOf(from);
      const b = to === undefined ? a : addressOf(to);
      merges.push({
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      });
      continue;
    }
    if (!inData) continue;
    switch (name) {
      case 'row': {
        if (t.close) continue;
        const r = attr(t, 'r');
        rowNo = Number.parseInt(r ?? '', 10);
        if (!(rowNo >= 1) || String(rowNo) !== r) unsure('row number');
        row = rows[rowNo - 1] = [];
        continue;
      }
      case 'c': {
        if (!t.close) {
          const ref = attr(t, 'r');
          if (ref === undefined) return unsure('cell without address');
          const a = addressOf(ref);
          if (a.row !== rowNo) unsure('cell outside its row');
          col = a.col;
          const s = attr(t, 's');
          style = s ? Number.parseInt(s, 10) : undefined;
          type = attr(t, 't');
          value = undefined;
          formula = undefined;
          shareType = undefined;
          inIs = false;
          inCell = true;
        }
        if (t.close || t.empty) {
          if (!inCell) return unsure('cell');
          const slot = slotOf(type, style, value, formula, shareType, shared, dates, date1904);
          if (slot) row[col - 1] = slot.value;
          inCell = false;
        }
        continue;
      }
      case 'f':
        if (!inCell) return unsure('f outside a cell');
        if (!t.close) shareType = attr(t, 't');
        node = t.close || t.empty ? null : 'f';
        continue;
      case 'v':
        if (!inCell) return unsure('v outside a cell');
        node = t.close || t.empty ? null : 'v';
        continue;
      case 'is':
        inIs = !t.close && !t.empty;
        continue;
      case 't':
        if (!inCell || !inIs) return unsure('t outside an inline string');
        node = t.close || t.empty ? null : 't';
        continue;
      case 'r':
        return unsure('inline rich text');
      default:
        if (inCell) unsure(`<${name}> in a cell`);
        continue;
    }
  }
  if (xml.indexOf('<', last) >= 0) unsure('markup');
  // Merged ranges as exceljs applies them: every cell of the range there, reading as the first one.
  for (let k = 0; k < merges.length; k++) {
    const m = merges[k] as (typeof merges)[number];
    for (let j = 0; j < k; j++) {
      const o = merges[j] as (typeof merges)[number];
      if (m.left <= o.right && m.right >= o.left && m.top <= o.bottom && m.bottom >= o.top) {
        unsure('overlapping merges');
      }
    }
  }
  for (const m of merges) {
    const masterRow = (rows[m.top - 1] ??= []);
    const master = masterRow[m.left - 1] ?? null;
    masterRow[m.left - 1] = master;
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = (rows[r - 1] ??= []);
      for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) cells[c - 1] = master;
    }
  }
  return Array.from(rows, (r) => (r ? Array.from(r, (c) => c ?? null) : []));
}

/** What one <c> holds, by exceljs's cell-xform and cell value rules, as read.ts's cellOf turned it. */
type Slot = { value: Cell } | null; // null: the cell is not there (exceljs's "merge" type, never added)

function slotOf(
  t: string | undefined,
  s: number | undefined,
  value: string | undefined,
  formula: string | undefined,
  shareType: string | undefined,
  shared: Shared[] | null,
  dates: boolean[],
  date1904: boolean,
): Slot {
  const isDate = s ? dates[s] === true : false;
  if (formula || shareType) {
    let result: unknown;
    if (value) {
      if (t === 'str') result = xmlDecodeAgain(value);
      else if (t === 'b') result = Number.parseInt(value, 10) !== 0;
      else if (t === 'e') result = { error: value };
      else result = Number.parseFloat(value);
    }
    if (result !== undefined && isDate) result = excelToDate(result, date1904);
    // exceljs keeps a result only when truthy: a formula that gives 0 reads as its value object.
    if (!result) return { value: '[object Object]' };
    return { value: cellOfResult(result) };
  }
  if (value !== undefined) {
    switch (t) {
      case 's': {
        const i = Number.parseInt(value, 10);
        if (!shared) return unsure('shared string without the table');
        const str = shared[i];
        if (str === undefined) return unsure('shared string index');
        return { value: typeof str === 'string' ? str : str.richText.join('') };
      }
      case 'str':
        return { value: xmlDecodeAgain(value) };
      case 'inlineStr':
        return { value };
      case 'b':
        return { value: Number.parseInt(value, 10) !== 0 ? '是' : '否' };
      case 'e':
        return { value: null };
      default: {
        const n = Number.parseFloat(value);
        return { value: isDate ? excelToDate(n, date1904) : n };
      }
    }
  }
  return s ? { value: null } : null;
}

/** read.ts's cellOf over a formula's result. */
function cellOfResult(r: unknown): Cell {
  if (typeof r === 'number' || typeof r === 'string' || r instanceof Date) return r;
  if (typeof r === 'boolean') return r ? '是' : '否';
  if (typeof r === 'object' && r !== null && 'error' in r) return null;
  return unsure('formula result');
}

/** The sheets of an .xlsx's bytes, or null when exceljs must read it. */
export function readXlsxLean(bytes: Uint8Array): LeanSheet[] | null {
  try {
    const entries = entriesOf(bytes);
    const part = (name: string) => {
      const e = entries.get(name);
      return e ? textOf(bytes, e) : null;
    };
    const book = part('xl/workbook.xml');
    if (book === null) return unsure('no workbook');
    const { sheets, date1904 } = workbook(book);
    const rels = relTargets(part('xl/_rels/workbook.xml.rels'));
    const sst = part('xl/sharedStrings.xml');
    const shared = sst === null ? null : sharedStrings(sst);
    const dates = dateStyles(part('xl/styles.xml'));
    const out: LeanSheet[] = [];
    for (const def of sheets) {
      const target = rels.get(def.rId);
      if (target === undefined) continue;
      const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
      // exceljs reads a worksheet only from a part named like xl/worksheets/sheetN.xml.
      if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(path)) continue;
      const xml = part(path);
      if (xml === null) continue;
      out.push({ name: def.name, rows: worksheet(xml, shared, dates, date1904) });
    }
    return out;
  } catch (e) {
    if (e instanceof Unsure) return null;
    // A file node's inflate cannot read is one exceljs must judge (and name as broken).
    return null;
  }
}
