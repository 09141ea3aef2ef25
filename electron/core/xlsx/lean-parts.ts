// What read-lean.ts stands on: an .xlsx file's zip container (its central directory, node's own inflate), as
// much XML as a workbook's parts use (tags, attributes, character data, walked in order), and the workbook's
// own parts (sheets, shared strings, which styles are dates). Anything outside what they read exactly throws
// Unsure, and the caller falls back to exceljs.
import { inflateRawSync } from 'node:zlib';

/** Thrown inside the reader for anything outside what it reads exactly as exceljs does. */
export class Unsure extends Error {}
export const unsure = (why: string): never => {
  throw new Unsure(why);
};

// ---------------------------------------------------------------------------------------------------------
// The zip container

export interface Entry {
  method: number;
  size: number;
  offset: number;
}

export function entriesOf(b: Uint8Array): Map<string, Entry> {
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

export function textOf(b: Uint8Array, e: Entry): string {
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
export function decode(s: string): string {
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

export interface Tag {
  name: string;
  /** The attributes as written (read by `attr`, only for the elements that need them). */
  raw: string;
  close: boolean;
  empty: boolean;
}

/** An element's start, end or empty tag (attribute values may hold `>`), a comment, or a declaration. */
export const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

const ATTR = new Map<string, RegExp>();

/** One attribute of a tag, decoded; undefined when absent. */
export function attr(t: Tag, key: string): string | undefined {
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
export function walk(
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
export const unescapeX = (s: string) =>
  s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/** exceljs's utils.xmlDecode, applied once more to t="str" values. */
export const xmlDecodeAgain = (s: string) =>
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
export type Shared = string | { richText: string[] };

export function sharedStrings(xml: string): Shared[] {
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
export function dateStyles(xml: string | null): boolean[] {
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
export const DEFAULT_FORMATS: Record<number, string> = {
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

export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** exceljs's utils.excelToDate, coercions and all. */
export const excelToDate = (v: unknown, date1904: boolean) =>
  new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

export interface SheetDef {
  name: string;
  id: number;
  rId: string;
}

export function workbook(xml: string): { sheets: SheetDef[]; date1904: boolean } {
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

export function relTargets(xml: string | null): Map<string, string> {
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
