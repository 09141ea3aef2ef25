// The year book's register tables written straight to PDF in the core (issue 18): read back with poppler-utils
// (pdftotext, pdffonts, pdftoppm) as a reader of the printed book would see them. Page 1 of the book below goes
// to test-results/screenshots/yearbook-tables.png, to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppException } from '../../../../db/domain/errors';
import {
  findCjkFont,
  layoutTables,
  openCjkFont,
  writeTablesPdf,
  type CjkFont,
  type TableSection,
  type TablesInput,
} from '../../../../electron/core/yearbook/pdf-tables';
import { wrap } from '../../../../electron/core/yearbook/pdf/layout';
import { tempDir } from '../../../helpers/temp';

let font: CjkFont;
beforeAll(() => {
  font = openCjkFont();
});

const flat = (s: string) => s.replace(/\s+/g, '');

function save(bytes: Uint8Array, name = 'tables.pdf'): string {
  const file = join(tempDir('baomi-pdf-tables-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** Each page's text, whitespace removed: raw order keeps a wrapped cell's lines together. */
function pageTexts(pdf: string, { layout = false } = {}): string[] {
  const out = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], {
    encoding: 'utf8',
  });
  return out.split('\f').slice(0, -1).map(flat);
}

const CARRIER_HEADINGS = ['序号', '载体编号', '名称', '密级', '登记日期', '责任人', '去向'];
const LEVELS = ['绝密', '机密', '秘密'];

/** A carriers register of `n` rows, every cell its own text (so each can be found in the PDF). */
function carriers(n: number): TableSection {
  return {
    title: '三、涉密载体登记',
    note: '本表取自涉密载体台账。',
    columns: CARRIER_HEADINGS.map((heading, c) => ({ heading, width: c === 2 ? 3 : 1 })),
    rows: Array.from({ length: n }, (_, i) => [
      i + 1,
      `ZT-2026-${String(i + 1).padStart(4, '0')}`,
      `关于第${i + 1}号保密检查的通知`,
      LEVELS[i % 3],
      `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
      `责任人${i + 1}`,
      i % 5 === 0 ? '已销毁' : '在档',
    ]),
  };
}

const UNIT = '某市档案局';

describe('year book tables written straight to PDF', () => {
  it('carries every cell, the heading row on every page and 第 N 页 共 M 页 counted from the offset', async () => {
    const input: TablesInput = {
      unitName: UNIT,
      sections: [
        carriers(130),
        { title: '四、空的登记簿', columns: [{ heading: '序号' }, { heading: '内容' }], rows: [] },
      ],
    };
    const r = await writeTablesPdf(input, { font, pageOffset: 4, totalPages: 40 });
    const pdf = save(r.bytes);
    const pages = pageTexts(pdf);
    const laid = pageTexts(pdf, { layout: true });
    expect(pages).toHaveLength(r.pages);
    expect(r.pages).toBeGreaterThan(3);
    expect(r.sections).toEqual([
      { title: '三、涉密载体登记', firstPage: 1, pages: r.pages - 1 },
      { title: '四、空的登记簿', firstPage: r.pages, pages: 1 },
    ]);
    pages.forEach((text, i) => {
      expect(text).toContain(`第${4 + i + 1}页共40页`);
      expect(text.startsWith(UNIT)).toBe(true);
    });
    // The heading row opens the table on every page of the section, its headings side by side.
    for (const text of laid.slice(0, -1)) expect(text).toContain(CARRIER_HEADINGS.join(''));
    // The title and note above the table on the section's first page only.
    expect(pages.filter((t) => t.includes('本表取自涉密载体台账。'))).toHaveLength(1);
    const all = pages.join('');
    for (const row of carriers(130).rows) for (const cell of row) expect(all).toContain(String(cell));
    // Rows are in order and each on one page: row k's 载体编号 is on no page before row k-1's.
    const pageOf = (cell: string) => pages.findIndex((t) => t.includes(cell));
    const numbers = carriers(130).rows.map((row) => pageOf(String(row[1])));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(pages.at(-1)).toContain('本年度无记录');
  });

  it('wraps a long cell within its column and moves a row that no longer fits to the next page whole', async () => {
    const plain = carriers(80);
    const before = pageTexts(
      save((await writeTablesPdf({ unitName: UNIT, sections: [plain] }, { font })).bytes),
    );
    const onFirst = plain.rows.filter((row) => before[0]?.includes(String(row[1]))).length;
    expect(onFirst).toBeGreaterThan(5);
    // Page 1's last row made five lines tall: it no longer fits where it stood, and is not cut there.
    const long = `【起】${'因工作需要，本件载体随同检查组赴外地，途中全程专人携带并由两人以上同行。'.repeat(3)}【止】`;
    const rows = plain.rows.map((row, i) =>
      i === onFirst - 1 ? row.map((v, c) => (c === 2 ? long : v)) : row,
    );
    const input = { unitName: UNIT, sections: [{ ...plain, rows }] };
    const r = await writeTablesPdf(input, { font });
    const pdf = save(r.bytes);
    const pages = pageTexts(pdf);
    expect(pages[0]).toContain(String(rows[onFirst - 2]?.[1]));
    expect(pages[0]).not.toContain('【起】');
    expect(pages[1]).toContain(flat(long));
    expect(pages[1]).toContain(String(rows[onFirst - 1]?.[1]));
    // Wrapped: laid out as on paper, the cell's text is on several lines, not one.
    const laid = pageTexts(pdf, { layout: true });
    expect(laid[1]).toContain('【起】');
    expect(laid[1]).not.toContain(flat(long));
    // The pages laid out without writing are the pages written.
    expect(layoutTables(input, { font }).pages).toBe(r.pages);
  });

  it('splits only a row taller than a page, its lines continuing on the next page', async () => {
    const huge = Array.from({ length: 400 }, (_, i) => `第${i + 1}条说明`).join('；');
    const section: TableSection = {
      title: '五、保密检查记录',
      columns: [{ heading: '序号' }, { heading: '检查情况', width: 6 }],
      rows: [
        [1, '首行'],
        [2, huge],
        [3, '末行'],
      ],
    };
    const r = await writeTablesPdf({ unitName: UNIT, sections: [section] }, { font });
    const pages = pageTexts(save(r.bytes));
    expect(r.pages).toBeGreaterThanOrEqual(2);
    // The tall row starts on page 1 under the first row and runs on in order; only an item cut by a page's
    // end is not read back whole.
    expect(pages[0]).toContain('首行');
    expect(pages[0]).toContain('第1条说明');
    expect(pages.at(-1)).toContain('第400条说明');
    expect(pages.at(-1)).toContain('末行');
    const all = pages.join('');
    const items = Array.from({ length: 400 }, (_, i) => `第${i + 1}条说明`);
    expect(items.filter((s) => !all.includes(s)).length).toBeLessThanOrEqual(r.pages - 1);
    const at = items.map((s) => all.indexOf(s)).filter((i) => i >= 0);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    for (const t of pages) expect(t).toContain('序号检查情况');
  });

  it('embeds a valid subset of the CJK font: drawn without any font installed, the text read back exactly', async () => {
    const section = carriers(12);
    const r = await writeTablesPdf({ unitName: UNIT, sections: [section] }, { font });
    const pdf = save(r.bytes);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n')[2] ?? '';
    // name, type, encoding, emb, sub, uni: a subset (XXXXXX+) of CID Type 0C, embedded, with a ToUnicode map.
    expect(fonts).toMatch(/^[A-Z]{6}\+NotoSans\S*\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    // poppler draws with FreeType, which refuses a malformed font program; with no fonts on the machine it
    // could not fall back on an installed one to hide that.
    const dir = tempDir('baomi-fc-');
    const conf = join(dir, 'fonts.conf');
    writeFileSync(
      conf,
      `<?xml version="1.0"?><fontconfig><dir>${dir}</dir><cachedir>${dir}</cachedir></fontconfig>`,
    );
    const shots = join('test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    const drawn = spawnSync(
      'pdftoppm',
      ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'yearbook-tables')],
      { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: conf } },
    );
    expect(drawn.status).toBe(0);
    expect(drawn.stderr).toBe('');
    const text = pageTexts(pdf).join('');
    expect(text).toContain('关于第12号保密检查的通知');
    expect(text).toContain('ZT-2026-0012');
  });

  it('gives the same bytes for the same input, and a character the font lacks as □', async () => {
    const input: TablesInput = {
      unitName: UNIT,
      sections: [
        {
          title: '六、其他',
          columns: [{ heading: '序号' }, { heading: '内容' }],
          rows: [[1, '甲\u{10FFFD}乙']],
        },
      ],
    };
    const a = await writeTablesPdf(input, { font });
    const b = await writeTablesPdf(input, { font });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(pageTexts(save(a.bytes))[0]).toContain('甲□乙');
  });

  it('refuses a row with more cells than its register has columns', () => {
    const input = {
      unitName: UNIT,
      sections: [{ title: '七、错行', columns: [{ heading: '序号' }], rows: [[1, '多出的一格']] }],
    };
    expect(() => layoutTables(input, { font })).toThrow(/第 1 行有 2 格，表头只有 1 列/);
  });
});

describe('cells wrapped as CSS word-break: break-all', () => {
  const m = { ascent: 0.88, descent: 0.12, lineGap: 0, advance: (cp: number) => (cp < 0x80 ? 0.5 : 1) };
  // At 10 pt a CJK character is 10 pt wide, a Latin one 5.
  it('breaks between any two characters, Latin and digits included', () => {
    expect(wrap('保密工作台账', 20, 10, m)).toEqual(['保密', '工作', '台账']);
    expect(wrap('ZT-2026', 20, 10, m)).toEqual(['ZT-2', '026']);
    expect(wrap('', 20, 10, m)).toEqual(['']);
  });
  it('never starts a line with closing punctuation, drops a space at a break', () => {
    expect(wrap('保密，工作', 20, 10, m)).toEqual(['保', '密，', '工作']);
    expect(wrap('ab cd', 10, 10, m)).toEqual(['ab', 'cd']);
  });
  it('keeps a character wider than the cell on a line of its own rather than looping', () => {
    expect(wrap('保密', 5, 10, m)).toEqual(['保', '密']);
  });
});

describe('the CJK font is found', () => {
  const linux = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  it('takes BAOMI_CJK_FONT first, and says so when the file it names is missing', () => {
    expect(findCjkFont({ BAOMI_CJK_FONT: '/x/my.ttf' }, 'linux', () => true)).toBe('/x/my.ttf');
    expect(() => findCjkFont({ BAOMI_CJK_FONT: '/x/none.ttf' }, 'linux', () => false)).toThrow(
      /BAOMI_CJK_FONT 指定的字体文件不存在/,
    );
  });
  it('looks for Noto Sans CJK on Linux and 宋体/微软雅黑 on Windows', () => {
    expect(findCjkFont({}, 'linux', (p) => p === linux)).toBe(linux);
    const win = findCjkFont({}, 'win32', (p) => p.endsWith('msyh.ttc'));
    expect(win).toBe('C:\\Windows\\Fonts\\msyh.ttc');
    expect(findCjkFont({}, 'win32', () => true)).toBe('C:\\Windows\\Fonts\\simsun.ttc');
  });
  it('refuses with what to install when there is none', () => {
    let error: unknown;
    try {
      findCjkFont({}, 'linux', () => false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).code).toBe('INTERNAL');
    expect((error as AppException).message).toMatch(/未找到中文字体.*fonts-noto-cjk.*BAOMI_CJK_FONT/);
  });
  it('takes the simplified Chinese face of the Noto collection', () => {
    expect(font.postscriptName).toBe('NotoSansCJKsc-Regular');
    expect(font.ascent + font.descent).toBeGreaterThan(1);
  });
});
