// The cells of an .xlsx read straight from its sheet XML: the zip's central directory, node's own inflate, and a
// small scanner over workbook.xml, sharedStrings.xml, styles.xml and each worksheet — instead of exceljs's
// whole document model (styles, fonts, columns, drawings), which cost most of a 10,000-row preview (issue 18's
// bench). It gives exactly what read.ts took from exceljs: the same sheets in the same order, the same rows
// and cells, dates where exceljs makes dates, merged ranges read as their first cell. Anything it is not sure
// of (zip64, encryption, hyperlinks, inline rich text, an overlapping merge, a prefixed namespace, an unknown
// entity…) answers null, and read.ts reads the file with exceljs as before.
import { inflateRawSync } from 'node:zlib';
import type { Cell } from './values';

export interface LeanSheet {
  name: string;
  rows: Cell[][];
}

/** Thrown inside the reader for anything outside what it reads exactly as exceljs does. */
class Unsure extends Error {}
const unsure = (why: string): never => {
  throw new Unsure(why);
};

// ---------------------------------------------------------------------------------------------------------
// The zip container

interface Entry {
  method: number;
  size: number;
  offset: number;
}

function entriesOf(b: Uint8Array): Map<string, Entry> {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) unsure('no end of central directory');
  const count = v.getUint16(end + 10, true);
  let p = v.getUint32(end + 16, true);
  if (count === 0xffff || p === 0xffffffff) unsure('zip64');
  const out = new Map<string, Entry>();
  const utf8 = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || v.getUint32(p, true) !== 0x02014b50) unsure('central directory');
    const flags = v.getUint16(p + 8, true);
    if (flags & 1) unsure('encrypted');
    const method = v.getUint16(p + 10, true);
    const size = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const local = v.getUint32(p + 42, true);
    let name = utf8.decode(b.subarray(p + 46, p + 46 + nameLen));
    if (name.startsWith('/')) name = name.slice(1);
    if (size === 0xffffffff || local === 0xffffffff) unsure('zip64');
    if (local + 30 > b.length || v.getUint32(local, true) !== 0x04034b50) unsure('local header');
    const offset = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (out.has(name)) unsure('duplicate entry');
    out.set(name, { method, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function textOf(b: Uint8Array, e: Entry): string {
  const raw = b.subarray(e.offset, e.offset + e.size);
  if (raw.length !== e.size) unsure('truncated entry');
  let data: Uint8Array;
  if (e.method === 0) data = raw;
  else if (e.method === 8) data = inflateRawSync(raw);
  else return unsure('compression method');
  return new TextDecoder('utf-8').decode(data);
}

// ---------------------------------------------------------------------------------------------------------
// XML, as much of it as these parts use

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data as an XML parser hands it over: line ends normalised, references replaced. */
function decode(s: string): string {
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) return unsure('bare ampersand');
    if (ref.startsWith('#x')) return codePoint(Number.parseInt(ref.slice(2), 16), ref);
    if (ref.startsWith('#')) return codePoint(Number.parseInt(ref.slice(1), 10), ref);
    return ENTITIES[ref] ?? unsure(`entity ${ref}`);
  });
}

function codePoint(n: number, ref: string): string {
  if (!Number.isInteger(n) || n <= 0 || n > 0x10ffff) return unsure(`reference ${ref}`);
  return String.fromCodePoint(n);
}

interface Tag {
  name: string;
  /** The attributes as written (read by `attr`, only for the elements that need them). */
  raw: string;
  close: boolean;
  empty: boolean;
}

/** An element's start, end or empty tag (attribute values may hold `>`), a comment, or a declaration. */
const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

const ATTR = new Map<string, RegExp>();

/** One attribute of a tag, decoded; undefined when absent. */
function attr(t: Tag, key: string): string | undefined {
  if (!t.raw) return undefined;
  let re = ATTR.get(key);
  if (!re) {
    re = new RegExp(`\\s${key.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR.set(key, re);
  }
  const m = re.exec(t.raw);
  if (!m) return undefined;
  const v = m[1] ?? m[2] ?? '';
  if (/[\t\n\r<]/.test(v)) unsure('attribute value with white space or <');
  return decode(v);
}

/**
 * Walk the elements of a document: `onTag` for each start, end or empty element, `onText` for the character
 * data between them (only when `wantText()` says it is needed, to spare decoding the rest).
 */
function walk(
  xml: string,
  onTag: (t: Tag) => void,
  onText: (text: string) => void,
  wantText: () => boolean,
): void {
  TOKEN.lastIndex = 0;
  let last = 0;
  const tag: Tag = { name: '', raw: '', close: false, empty: false };
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    // Markup the token does not match (CDATA, a DOCTYPE, a broken tag) would otherwise pass for text.
    if (xml.indexOf('<', last) !== m.index) unsure('markup');
    if (m.index > last && wantText()) onText(decode(xml.slice(last, m.index)));
    last = TOKEN.lastIndex;
    const name = m[2];
    if (name === undefined) continue; // a comment or a declaration
    tag.name = name;
    tag.raw = m[3] ?? '';
    tag.close = m[1] === '/';
    tag.empty = m[4] === '/';
    if (tag.close && (tag.raw || tag.empty)) unsure('end tag');
    onTag(tag);
  }
  if (xml.indexOf('<', last) >= 0) unsure('markup');
  if (last < xml.length && wantText()) onText(decode(xml.slice(last)));
}

/** _x000D_ and the like: how exceljs's shared-string text reads Excel's escaped characters. */
const unescapeX = (s: string) =>
  s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/** exceljs's utils.xmlDecode, applied once more to t="str" values. */
const xmlDecodeAgain = (s: string) =>
  s.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });

// ---------------------------------------------------------------------------------------------------------
// Workbook parts

/** A shared string: plain text, or the runs of rich text (read as their texts joined, as read.ts did). */
type Shared = string | { richText: string[] };

function sharedStrings(xml: string): Shared[] {
  const out: Shared[] = [];
  let si: { t?: string; runs?: string[] } | null = null;
  let inRun = false;
  let inPhonetic = false;
  let text: string[] | null = null;
  let runText: string | undefined;
  let root = true;
  walk(
    xml,
    (t) => {
      if (root) {
        if (t.name !== 'sst') unsure('shared strings root');
        root = false;
        return;
      }
      if (inPhonetic) {
        if (t.name === 'rPh' && t.close) inPhonetic = false;
        return;
      }
      switch (t.name) {
        case 'si':
          if (t.close) {
            if (!si) return unsure('si');
            if (si.runs && si.t !== undefined) unsure('text and runs in one string');
            if (si.runs) out.push({ richText: si.runs });
            else if (si.t !== undefined) out.push(si.t);
            else unsure('empty shared string');
            si = null;
          } else {
            si = {};
            if (t.empty) unsure('empty shared string');
          }
          return;
        case 'r':
          if (!si) return unsure('run outside si');
          if (t.close) {
            (si.runs ??= []).push(runText ?? '');
            inRun = false;
          } else if (!t.empty) {
            inRun = true;
            runText = undefined;
          }
          return;
        case 't':
          if (!si) return unsure('t outside si');
          if (t.close || t.empty) {
            const value = unescapeX((text ?? []).join(''));
            text = null;
            if (inRun) runText = value;
            else si.t = value;
          } else text = [];
          return;
        case 'rPh':
          if (!t.close && !t.empty) inPhonetic = true;
          return;
        default:
          return;
      }
    },
    (s) => text?.push(s),
    () => text !== null,
  );
  return out;
}

/** Which style ids show a date, as exceljs decides it (utils.isDateFmt over the style's number format). */
function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let where: 'numFmts' | 'cellXfs' | null = null;
  walk(
    xml,
    (t) => {
      if (t.name === 'numFmts' || t.name === 'cellXfs') {
        where = t.close || t.empty ? null : t.name;
        return;
      }
      if (t.close) return;
      if (where === 'numFmts' && t.name === 'numFmt') {
        const code = attr(t, 'formatCode');
        if (code === undefined) unsure('numFmt without code');
        custom.set(
          Number.parseInt(attr(t, 'numFmtId') ?? '', 10),
          (code as string).replace(/[\\](.)/g, '$1'),
        );
      } else if (where === 'cellXfs' && t.name === 'xf') {
        xfs.push(Number.parseInt(attr(t, 'numFmtId') ?? '', 10));
      }
    },
    () => {},
    () => false,
  );
  return xfs.map((id) => {
    if (!id) return false;
    return isDateFmt(custom.get(id) || DEFAULT_FORMATS[id]);
  });
}

/** The built-in number formats exceljs knows by id (the others it leaves without a format). */
const DEFAULT_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** exceljs's utils.excelToDate, coercions and all. */
const excelToDate = (v: unknown, date1904: boolean) =>
  new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

interface SheetDef {
  name: string;
  id: number;
  rId: string;
}

function workbook(xml: string): { sheets: SheetDef[]; date1904: boolean } {
  const sheets: SheetDef[] = [];
  let date1904 = false;
  let root = true;
  walk(
    xml,
    (t) => {
      if (root) {
        if (t.name !== 'workbook') unsure('workbook root');
        root = false;
        return;
      }
      if (t.close) return;
      if (t.name === 'workbookPr') date1904 = attr(t, 'date1904') === '1';
      if (t.name === 'sheet') {
        const rId = attr(t, 'r:id');
        const name = attr(t, 'name');
        if (rId === undefined || name === undefined) return unsure('sheet without id or name');
        const id = Number.parseInt(attr(t, 'sheetId') ?? '', 10);
        // exceljs keeps its sheets in an array by id: an id below 1 (or none) loses the sheet there.
        if (!(id >= 1)) unsure('sheet id');
        sheets.push({ name, id, rId });
      }
    },
    () => {},
    () => false,
  );
  if (new Set(sheets.map((s) => s.id)).size !== sheets.length) unsure('duplicate sheet ids');
  return { sheets, date1904 };
}

function relTargets(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === null) return out;
  walk(
    xml,
    (t) => {
      const id = !t.close && t.name === 'Relationship' ? attr(t, 'Id') : undefined;
      if (id !== undefined) out.set(id, attr(t, 'Target') ?? '');
    },
    () => {},
    () => false,
  );
  return out;
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
