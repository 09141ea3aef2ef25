// Bench of issue 18 point 5: the 年度保密工作台账 as one PDF book, phase by phase (the book's data, the core's PDF,
// then the print route laid out and Chromium's PDF of it), on a demo unit of `carriers` carriers, so the large unit
// (100k) is extrapolated by pages rather than built on a shared machine. Not a test:
// `npx tsx scripts/bench/yearbook-pdf.ts [carriers] [--db F] [--core] [--layout-only] [--verify] [--keep]` prints
// JSON lines. The first line after the book's data is 导出 PDF as the app makes it (yearbook_export_pdf: written by
// the core, no browser); --core stops there. The rest needs `npm run build` and Chromium: the print route (打印, on
// paper) laid out as the app shows it, then printed whole through print:toPdf, an experiment the app no longer
// makes, to compare with the core's book: its contents, page numbers and rows checked in the file.
import { BENCH_SETUP } from './bench-unit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import { seedCarriers } from '../../electron/core/carriers';
import { seedCommittee } from '../../electron/core/committee';
import { seedDevices } from '../../electron/core/devices';
import { seedInspections } from '../../electron/core/inspections';
import { seedKeySites } from '../../electron/core/key_sites';
import { seedPersons } from '../../electron/core/persons';
import { misplacedPages, pdfDestinationPages } from '../../electron/core/print/pdf-pages';
import { seedReviews } from '../../electron/core/reviews';
import { seedTrainings } from '../../electron/core/trainings';
import { today } from '../../electron/core/util/dates';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import { seededRng } from '../cli/commands/demo';
import { launchBridge } from '../chromium-bridge';
import type { YearbookView } from '../../electron/ipc/contract';
import { chineseNumber } from '../../db/domain/numerals';

const carriers = Number(process.argv[2] ?? 4000);
const keep = process.argv.includes('--keep');
// --layout-only: stop once the book is laid out and its contents numbered (no PDF).
const layoutOnly = process.argv.includes('--layout-only');
// --verify: every page block laid out on screen once the book is planned (slow): the fullest page against the
// page's capacity, and the rows taller than their section's single-line row.
const verify = process.argv.includes('--verify');
/** renderer/prints/yearbook/paginate.ts's PAGE_CAPACITY_PX (the renderer's project is not this one's). */
const PAGE_CAPACITY_PX = ((210 - 20 - 18 - 6) * 96) / 25.4;
// --db FILE: an existing unit instead of a seeded one (its clerk wangli, password Baomi#2026ok: e.g. made with
// `baomi init` and `baomi demo --scale large`), so the large demo's own book can be measured.
const dbAt = process.argv.indexOf('--db');
const existingDb = dbAt > 0 ? process.argv[dbAt + 1] : undefined;
const dir = mkdtempSync(join(tmpdir(), 'baomi-bench-yearbook-'));
if (keep) console.error(dir);
const line = (name: string, ms: number, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ name, carriers, ms: Math.round(ms), ...extra }));

/**
 * CPU milliseconds used so far by this process's children (Chromium and its helpers), from /proc: on a shared
 * machine the wall clock says more about the neighbours than about the book. Linux only; 0 elsewhere.
 */
function childCpuMs(): number {
  try {
    return descendants().reduce((n, pid) => n + ticks(pid), 0) * 10;
  } catch {
    return 0;
  }
}

function ticks(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const r = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return Number(r[11]) + Number(r[12]);
  } catch {
    return 0;
  }
}

/** This process's descendants, from /proc (Linux only). */
function descendants(): number[] {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const f = readFileSync(`/proc/${d}/stat`, 'utf8');
        return [{ pid: Number(d), ppid: Number(f.slice(f.lastIndexOf(')') + 2).split(' ')[1]) }];
      } catch {
        return [];
      }
    });
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = mine.add(p.pid) !== null;
  }
  return procs.filter((p) => p.pid !== process.pid && mine.has(p.pid)).map((p) => p.pid);
}

async function main(): Promise<void> {
  const dbPath = existingDb ?? join(dir, 'bench.db');
  const core = new AppCore({ dbPath });
  const api = createDispatcher(core, allHandlers(), (e) => console.error(e));
  const setup = existingDb
    ? await api.dispatch('session:unlock', {
        username: BENCH_SETUP.account.username,
        password: BENCH_SETUP.account.password,
      })
    : await api.dispatch('session:setup', BENCH_SETUP);
  if (!setup.ok) throw new Error(setup.error.message);
  let t = performance.now();
  const db = core.session().db;
  const now = core.clock.now();
  if (!existingDb) {
    seedPersons(db, 'small', seededRng(20261124), now);
    seedCarriers(db, { count: carriers, rng: seededRng(20261123), now });
    seedDevices(db, 'small', seededRng(20261125), now);
    seedInspections(db, 'small', seededRng(20261203), now);
    seedReviews(db, 'small', seededRng(20261203), today(core.clock), core.now());
    seedKeySites(db, 'small', seededRng(20261204), today(core.clock), core.now());
    seedCommittee(db, 'small', seededRng(20261205), today(core.clock), core.now());
    seedTrainings(db, seededRng(20261203), now);
  }
  line('seed', performance.now() - t);
  const year = Number(today(core.clock).slice(0, 4));
  t = performance.now();
  const book = (await api.dispatch('yearbook:book', { year })) as
    { ok: true; value: YearbookView } | { ok: false; error: { message: string } };
  if (!book.ok) throw new Error(book.error.message);
  const rows = book.value.sections.reduce((n, s) => n + s.rows.length, 0);
  line('yearbook_book_data', performance.now() - t, { rows });
  // 导出 PDF as the app does it now: the whole book written by the core (book-pdf.ts), no browser.
  t = performance.now();
  const cpu0 = process.cpuUsage();
  const exported = await api.dispatch('yearbook:exportPdf', { year, outPath: dir });
  if (!exported.ok) throw new Error(exported.error.message);
  const used = process.cpuUsage(cpu0);
  const written = exported.value as { path: string; bytes: number };
  line('yearbook_export_pdf', performance.now() - t, {
    pages: pdfDestinationPages(readFileSync(written.path)).pages,
    bytes: written.bytes,
    cpu_ms: Math.round((used.user + used.system) / 1000),
  });
  core.detach();
  // --core: only the core's book (the print route below is the paper print's, laid out by Chromium).
  if (process.argv.includes('--core')) return;

  // BENCH_RENDERER_DIR: another build of the interface (an earlier version of the print, to compare).
  const rendererDir = process.env.BENCH_RENDERER_DIR;
  const bridge = await launchBridge({ dbPath, ...(rendererDir ? { rendererDir } : {}) });
  try {
    const { page } = bridge;
    await bridge.open();
    await page.getByLabel('用户名').fill('wangli');
    await page.getByLabel('密码').fill('Baomi#2026ok');
    await page.getByLabel('密码').press('Enter');
    await page.getByTestId('unit-name').waitFor();
    // The print route as the app shows it: data and React, then the book cut into pages and the contents given
    // their page numbers.
    t = performance.now();
    let cpu = childCpuMs();
    await bridge.open(`print/yearbook/${year}`);
    await page
      .getByRole('article', { name: `${year}年度保密工作台账（打印预览）` })
      .waitFor({ timeout: 900_000 });
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    line('route_laid_out', performance.now() - t, { cpu_ms: childCpuMs() - cpu });
    t = performance.now();
    cpu = childCpuMs();
    if (await page.locator('.yearbook-contents[data-paged]').count()) {
      await page.locator('.yearbook-contents[data-paged="done"]').waitFor({ timeout: 900_000 });
      line('contents_page_numbers', performance.now() - t, { cpu_ms: childCpuMs() - cpu });
    }
    // The renderer's own phases of laying the book out (bookPages.ts: performance.measure 'book:…').
    const phases = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('book:')).map((m) => [m.name.slice(5), Math.round(m.duration)]))`,
    )) as Record<string, number>;
    const laidOut = (await page.evaluate(
      `Number(document.querySelector('[data-rows-laid-out]')?.dataset.rowsLaidOut ?? NaN)`,
    )) as number;
    const planned = (await page.evaluate(`document.querySelectorAll('.yearbook-folio').length`)) as number;
    line(
      'book_phases',
      Object.values(phases).reduce((a, b) => a + b, 0),
      {
        ...phases,
        rows_laid_out: laidOut,
        pages_planned: planned + 0,
      },
    );
    if (verify) {
      const found = await page.evaluate(`(() => {
        const s = document.createElement('style');
        s.textContent = '.yearbook-section > .yearbook-page-more { display: block !important; } .yearbook-folio { display: none !important; }';
        document.head.appendChild(s);
        let fullest = 0, tallRows = 0, over = 0;
        const byHeight = {};
        for (const pg of document.querySelectorAll('.yearbook-page')) {
          let h = 0;
          for (const c of pg.children) if (!c.classList.contains('no-print') && !c.classList.contains('yearbook-folio')) {
            const st = getComputedStyle(c);
            h += c.getBoundingClientRect().height + parseFloat(st.marginTop) + parseFloat(st.marginBottom);
          }
          fullest = Math.max(fullest, h);
          if (h > ${PAGE_CAPACITY_PX}) over++;
        }
        for (const t of document.querySelectorAll('.yearbook-section table')) {
          const hs = Array.from(t.tBodies[0].rows, (r) => r.getBoundingClientRect().height);
          const min = Math.min(...hs);
          for (const h of hs) if (h > min + 0.01) tallRows++;
          for (const h of hs) byHeight[h.toFixed(2)] = (byHeight[h.toFixed(2)] ?? 0) + 1;
        }
        s.remove();
        return { fullest: Math.round(fullest * 10) / 10, capacity: ${PAGE_CAPACITY_PX.toFixed(1)}, over, tallRows, byHeight };
      })()`);
      line('verify', 0, found as Record<string, unknown>);
    }
    if (layoutOnly) return;
    // The contents' page numbers as the route wrote them, then the whole book printed by Chromium as one.
    const claims = (await page.evaluate(
      `Object.fromEntries(Array.from(document.querySelectorAll('[data-page-of]'), (c) => [c.dataset.pageOf, Number(c.textContent)]))`,
    )) as Record<string, number>;
    t = performance.now();
    cpu = childCpuMs();
    const r = await bridge.dispatcher.dispatch('print:toPdf', {
      title: 'bench',
      outPath: join(dir, 'book.pdf'),
    });
    if (!r.ok) throw new Error(r.error.message);
    const view = r.value as { path: string; bytes: number };
    const pdf = readFileSync(view.path);
    const { pages } = pdfDestinationPages(pdf);
    line('route_pdf', performance.now() - t, { cpu_ms: childCpuMs() - cpu, pages, bytes: pdf.length });
    // And, read back: the claims hold in the written file; as text, each claimed page carries its heading.
    const misplaced = misplacedPages(pdf, claims);
    const file = view.path;
    const headingsMissing = book.value.sections.filter((s, i) => {
      const n = String(claims[`yearbook-${s.id}`]);
      const text = execFileSync('pdftotext', ['-f', n, '-l', n, file, '-'], { encoding: 'utf8' });
      return !text.replace(/\s+/g, '').includes(`${chineseNumber(i + 1)}、${s.title}`);
    });
    const folios = [1, Math.ceil(pages / 2), pages].map((n) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' })
        .replace(/\s+/g, '')
        .includes(`第${n}页共${pages}页`),
    );
    // Every row is in the file: each row's first non-empty cell found, in order, in the whole text.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 }).replace(
      /\s+/g,
      '',
    );
    let at = 0;
    let rowsMissing = 0;
    for (const s of book.value.sections)
      for (const r of s.rows) {
        const first = r.map((v) => String(v ?? '').replace(/\s+/g, '')).find((v) => v.length > 0);
        if (!first) continue;
        const found = text.indexOf(first, at);
        if (found < 0) rowsMissing++;
        else at = found + first.length;
      }
    line('contents_check', 0, {
      rows_missing: rowsMissing,
      sections: Object.keys(claims).length,
      folios_right: folios.every(Boolean),
      misplaced: misplaced ? Object.keys(misplaced).filter((k) => misplaced[k] !== claims[k]) : [],
      headings_missing: headingsMissing.map((s) => s.id),
    });
  } finally {
    await bridge.close();
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  });
