// Cell values as clerks write them in their Excel/WPS ledgers, read into the register's input. Pure: no
// database, no exceljs. Each parser answers a value or a Chinese reason, never throws, so one bad cell makes
// one row error (第 N 行 · 列名 · 原因) and never stops the file.
import { dateOf } from '../../../db/domain/dates';
import type { CarrierLevel } from '../../../db/domain/vocab';
import type { TermInput } from '../../ipc/schemas/carriers';

/** What a cell held, as the reader hands it over: text, a number, a date cell, or nothing. */
export type Cell = string | number | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Full-width ASCII (０-９, Ａ-Ｚ, －, ／, （）…) and the ideographic space to their half-width forms. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Text of a cell: half-width, trimmed, runs of blanks (also line breaks inside a cell) as one space. */
export function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateOf(utcDay(cell));
  return halfWidth(String(cell))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Free text: trimmed, runs of blanks as one, its characters kept (a report's full-width ，stays one). */
export function prose(cell: Cell): string {
  if (cell === null || cell instanceof Date) return text(cell);
  return String(cell)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/**
 * A person's or a department's name: blanks between Chinese characters are the clerk's alignment (王  丽),
 * not part of the name; blanks between Latin words stay, one each.
 */
export function name(cell: Cell): string {
  return text(cell).replace(/ (?=[^ -~])|(?<=[^ -~]) /g, '');
}

/** exceljs hands a date cell over as midnight UTC of the day shown: read the day in UTC, not local time. */
function utcDay(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

/** An Excel serial day (1 = 1900-01-01, with Lotus's phantom 1900-02-29, so counted from 1899-12-30). */
export function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 120_000) return null;
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const DATE_FORMS = '2023-05-06、2023.5.6、2023/5/6、2023年5月6日或20230506';

/** 2023.5.6, 2023-05-06, 2023/5/6, 2023年5月6日, 20230506, an Excel serial or a date cell → YYYY-MM-DD. */
export function parseDate(cell: Cell): Parsed<string> {
  if (cell instanceof Date) return ok(dateOf(utcDay(cell)));
  if (typeof cell === 'number') {
    const eight = Number.isInteger(cell) && cell >= 19000101 && cell <= 22001231;
    const iso = eight
      ? isoOf(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100)
      : fromSerial(cell);
    return iso ? ok(iso) : bad(`不是有效日期（应写作 ${DATE_FORMS}）`);
  }
  const s = text(cell).replace(/\s/g, '');
  if (!s) return bad('请填写日期');
  let m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso) : bad(`“${s}”不是有效日期`);
  }
  m = /^(\d{5})(\.\d+)?$/.exec(s);
  const serial = m ? fromSerial(Number(s)) : null;
  return serial ? ok(serial) : bad(`“${s}”不是可识别的日期（应写作 ${DATE_FORMS}）`);
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A whole number in Arabic or Chinese numerals up to 99 (十, 十五, 二十, 三十): how terms are written. */
export function number(s: string): number | null {
  const t = halfWidth(s).trim();
  if (/^\d+$/.test(t)) return Number(t);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(t);
  if (!m || !t) return null;
  if (!m[2]) return m[1] && !m[3] ? (DIGITS[m[1]] ?? null) : null;
  return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

/** A positive whole count: 8, ８, 8页, 八. */
export function parseCount(cell: Cell, unit = ''): Parsed<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? ok(cell) : bad('应为正整数');
  const s = text(cell).replace(/\s/g, '');
  const n = number(unit && s.endsWith(unit) ? s.slice(0, -unit.length) : s);
  return n !== null && n > 0 ? ok(n) : bad(`“${s}”不是正整数`);
}

/** 保密期限: 10年, 十年, 10年6个月, 6个月, 长期, 至2030年12月31日, or a 解密条件 in words. */
export function parseTerm(cell: Cell): Parsed<TermInput> {
  const s = text(cell).replace(/\s/g, '');
  if (!s) return bad('请填写保密期限');
  if (s === '长期') return ok({ kind: 'long_term' });
  const period = /^(?:([0-9一二两三四五六七八九十]+)年)?(?:([0-9一二两三四五六七八九十]+)个?月)?$/.exec(s);
  if (period && (period[1] || period[2])) {
    const years = period[1] ? number(period[1]) : 0;
    const months = period[2] ? number(period[2]) : 0;
    if (years === null || months === null) return bad(`“${s}”不是可识别的期限`);
    return ok({ kind: 'period', years, months });
  }
  const until = /^(?:至|到|解密日期[:：]?)(.+?)(?:止|解密)?$/.exec(s);
  if (until?.[1]) {
    const d = parseDate(until[1]);
    if (d.ok) return ok({ kind: 'until_date', until: d.value });
  }
  const condition = s.replace(/^解密条件[:：]?/, '').replace(/（最迟至[^）]*）$/, '');
  return condition ? ok({ kind: 'condition', condition }) : bad('请填写解密条件');
}

/** Every way a level is written, longest first so 核心商密 is not read as 秘密. */
const LEVEL_WORDS: [string, CarrierLevel][] = [
  ['核心商业秘密', 'commercial_core'],
  ['普通商业秘密', 'commercial_general'],
  ['核心商密', 'commercial_core'],
  ['普通商密', 'commercial_general'],
  ['工作秘密', 'work_secret'],
  ['内部资料', 'internal'],
  ['内部', 'internal'],
  ['绝密', 'top_secret'],
  ['机密', 'secret'],
  ['秘密', 'confidential'],
];

/** 密级 as marked: 机密, 机密级, 机密★, 机密★10年, 机密*10年 (the level and, when given, its term). */
export function parseLevel(cell: Cell): Parsed<{ level: CarrierLevel; term: TermInput | null }> {
  const s = text(cell).replace(/\s/g, '');
  if (!s) return bad('请填写密级');
  const [head = '', ...rest] = s.split(/[★☆*＊]/);
  const word = head.replace(/级$/, '');
  const hit = LEVEL_WORDS.find(([w]) => w === word);
  if (!hit) return bad(`“${s}”不是可识别的密级（绝密、机密、秘密…）`);
  const tail = rest.join('');
  if (!tail) return ok({ level: hit[1], term: null });
  const term = parseTerm(tail);
  return term.ok ? ok({ level: hit[1], term: term.value }) : bad(`密级中的期限“${tail}”不可识别`);
}

/** 份数 as 3, or the copies' numbers: 1-3, 第1-3份, 12、13, 1-3,7 (the count follows from the numbers). */
export function parseCopies(cell: Cell): Parsed<{ count: number; nos: number[] | null }> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell > 0 ? ok({ count: cell, nos: null }) : bad('份数应为正整数');
  }
  const s = text(cell).replace(/\s/g, '').replace(/^第/, '').replace(/份$/, '').replace(/号$/, '');
  if (!s) return bad('请填写份数');
  const single = number(s);
  if (single !== null) return single > 0 ? ok({ count: single, nos: null }) : bad('份数至少为 1');
  const nos: number[] = [];
  for (const part of s.split(/[,，、;；]/)) {
    const m = /^(\d+)(?:[-－~～—–至到](\d+))?$/.exec(part.replace(/^第|份$|号$/g, ''));
    if (!m) return bad(`“${text(cell)}”不是可识别的份数或份号（如 3、1-3、第1-3份）`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b < a || b - a > 1000) return bad(`份号范围“${part}”不正确`);
    for (let i = a; i <= b; i++) nos.push(i);
  }
  if (new Set(nos).size !== nos.length) return bad('份号有重复');
  return ok({ count: nos.length, nos });
}

/** A list in one cell: 办公室、机要科 / 办公室,机要科 / one per line. */
export function parseList(cell: Cell): string[] {
  if (cell === null) return [];
  return halfWidth(String(cell))
    .split(/[,，、;；\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A choice by its Chinese label (or a close spelling the clerk's sheet uses), from the label table. */
export function parseChoice<T extends string>(
  cell: Cell,
  labels: Record<T, string>,
  aliases: Record<string, T> = {},
): Parsed<T> {
  const s = text(cell).replace(/\s/g, '');
  const hit = (Object.entries(labels) as [T, string][]).find(([, l]) => l === s)?.[0] ?? aliases[s];
  return hit ? ok(hit) : bad(`“${s}”不是可选的值（${Object.values<string>(labels).join('、')}）`);
}
