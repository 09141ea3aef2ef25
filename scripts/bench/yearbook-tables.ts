// Bench of issue 18: the year book's register tables written straight to PDF in the core
// (electron/core/yearbook/pdf-tables.ts), phase by phase: the font read, the layout, the pages' content, the
// subset embedded and the file saved. Not a test:
//   npx tsx scripts/bench/yearbook-tables.ts [--pages 2000] [--landscape] [--size 9] [--out F]
//   npx tsx scripts/bench/yearbook-tables.ts --db F [--year Y] [--out F]
// Without --db the rows are synthetic but shaped like the book's (8–14 columns, Chinese text of 2–30
// characters from the 3,755 most common, dates, numbers). --db F: a unit's own sections (its clerk wangli,
// password Baomi#2026ok); the database and its keyring are copied to a temporary folder and the copy opened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { today } from '../../electron/core/util/dates';
import { yearbookView } from '../../electron/core/yearbook/exports';
import {
  contentWidths,
  layoutTables,
  openCjkFont,
  renderTables,
  type TableSection,
} from '../../electron/core/yearbook/pdf-tables';
import { chineseNumber } from '../../db/domain/numerals';
import { BENCH_SETUP, unlockedCopy } from './bench-unit';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const targetPages = Number(arg('--pages') ?? 2000);
const size = Number(arg('--size') ?? 9);
const orientation = process.argv.includes('--landscape') ? 'landscape' : 'portrait';
const out = arg('--out');
const dbSource = arg('--db');

const line = (name: string, ms: number, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ name, ms: Math.round(ms), ...extra }));

/** The deterministic generator of the demo (scripts/cli/commands/demo.ts), so two runs lay out alike. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** GB2312's first level: the 3,755 most common characters (bytes B0A1–D7F9). */
function commonChars(): string[] {
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) if (!(hi === 0xd7 && lo > 0xf9)) bytes.push(hi, lo);
  }
  return [...new TextDecoder('gb18030').decode(Uint8Array.from(bytes))];
}

/** About `pages` pages of sections like the book's: 12 registers of 8–14 columns. */
function syntheticSections(pages: number): TableSection[] {
  const pool = commonChars();
  const r = rng(20261118);
  // Skewed towards the front of the pool, as real text repeats its common characters.
  const text = (min: number, max: number) => {
    const n = min + Math.floor(r() * (max - min + 1));
    let s = '';
    for (let i = 0; i < n; i++) s += pool[Math.floor(r() * r() * r() * pool.length)] ?? '';
    return s;
  };
  const date = () =>
    `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const LEVELS = ['绝密', '机密', '秘密', '内部'];
  const ROWS_PER_PAGE = 14; // measured: such rows fill ~14 to a page at 9 pt on portrait A4
  const sections: TableSection[] = [];
  const perSection = Math.ceil((pages * ROWS_PER_PAGE) / 12);
  const font = openCjkFont();
  for (let k = 0; k < 12; k++) {
    // 序号, a name, a level, a date, then short texts, one long one (two in the widest tables).
    const cols = 8 + (k % 7);
    const kinds = Array.from({ length: cols }, (_, c) =>
      c < 4
        ? (['no', 'name', 'level', 'date'] as const)[c]
        : c === 4 || c === 11
          ? 'long'
          : c % 3 === 0
            ? 'date'
            : 'short',
    );
    const headings = kinds.map((kind, c) =>
      c === 0 ? '序号' : `${text(2, 4)}${kind === 'date' ? '日期' : ''}`,
    );
    const rows = Array.from({ length: perSection }, (_, i) =>
      kinds.map((kind) => {
        if (kind === 'no') return i + 1;
        if (kind === 'name') return text(2, 3);
        if (kind === 'level') return LEVELS[Math.floor(r() * LEVELS.length)] ?? '';
        if (kind === 'date') return date();
        return kind === 'short' ? text(2, 8) : text(6, 30);
      }),
    );
    const widths = contentWidths(font, headings, rows, { fontSize: size, orientation });
    sections.push({
      title: `${chineseNumber(k + 1)}、${text(4, 8)}登记`,
      note: k % 3 === 0 ? `本表取自${text(4, 10)}。` : null,
      columns: headings.map((heading, c) => ({ heading, width: widths[c] ?? 1 })),
      rows,
    });
  }
  return sections;
}

/** The sections of the unit in `source` (copied first: the original is never opened). */
async function unitSections(source: string): Promise<{ unitName: string; sections: TableSection[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'baomi-bench-tables-'));
  try {
    const { core } = await unlockedCopy(source, dir);
    const year = Number(arg('--year') ?? today(core.clock).slice(0, 4));
    const t = performance.now();
    const view = yearbookView(core, year);
    core.detach();
    const font = openCjkFont();
    const sections = view.sections.map((s, i) => {
      const widths = contentWidths(font, s.headings, s.rows, { fontSize: size, orientation });
      return {
        title: `${chineseNumber(i + 1)}、${s.title}`,
        note: s.note,
        columns: s.headings.map((heading, c) => ({ heading, width: widths[c] ?? 1 })),
        rows: s.rows,
      };
    });
    line('book_data', performance.now() - t, {
      year,
      rows: view.sections.reduce((n, s) => n + s.rows.length, 0),
    });
    return { unitName: view.unitName, sections };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let t = performance.now();
  const input = dbSource
    ? await unitSections(dbSource)
    : { unitName: BENCH_SETUP.unit.name, sections: syntheticSections(targetPages) };
  if (!dbSource) line('synthetic_rows', performance.now() - t);
  const rows = input.sections.reduce((n, s) => n + s.rows.length, 0);

  const cpu = process.cpuUsage();
  const start = performance.now();
  t = start;
  const font = openCjkFont();
  line('font_open', performance.now() - t, { font: font.path, face: font.postscriptName });
  t = performance.now();
  const layout = layoutTables(input, { font, fontSize: size, orientation });
  line('layout', performance.now() - t, {
    pages: layout.pages,
    sections: layout.sections.length,
    rows,
    heap_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  });
  const timings: Record<string, number> = {};
  t = performance.now();
  const bytes = await renderTables(layout, { timings });
  line('render', performance.now() - t, { ...timings, glyphs: layout.plan.chars.length });
  const used = process.cpuUsage(cpu);
  line('total', performance.now() - start, {
    cpu_ms: Math.round((used.user + used.system) / 1000),
    pages: layout.pages,
    bytes: bytes.length,
    rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
  });
  if (out) writeFileSync(out, bytes);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
