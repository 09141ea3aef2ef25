// `baomi yearbook --year Y --db D --out DIR`: the year's books as files — the 年度保密工作台账 as a workbook, the
// 自查自评报告 as .docx, and both as PDF. The PDFs come from the app's own print routes, which only a browser
// lays out: the command drives the system Chromium through the bridge (the same page and core as the app)
// and writes them with print:toPdf. Without Chromium or a built interface it writes the workbook and the report,
// says which PDFs it could not make and why, and exits 1 (with --no-pdf it does not try, and exits 0).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { PrintPdfView } from '../../../electron/ipc/schemas/print';
import { CHROMIUM_PATH, launchBridge, RENDERER_DIR } from '../../chromium-bridge';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, credentials } from '../session';

/** How long a print route may take to lay out; a very large year (tens of thousands of rows) can exceed it. */
const LAYOUT_MS = 180_000;

const PRINTS = [
  // The book's contents get their page numbers once the renderer has cut it into pages; the PDF waits for them.
  {
    route: 'yearbook',
    title: (y: number) => `${y}年度保密工作台账`,
    ready: '.yearbook-contents[data-paged]:not([data-paged="laying-out"])',
  },
  { route: 'self-assessment', title: (y: number) => `${y}年度保密自查自评报告`, ready: null },
];

function yearOf(raw: string | undefined): number {
  const year = Number(raw);
  if (!raw || !/^\d{4}$/.test(raw) || year < 2000 || year > 2100) {
    throw new CliError(`年度应为 2000–2100 之间的四位数字，收到：${raw ?? '（空）'}`, EXIT.usage);
  }
  return year;
}

// In the page (scripts have no DOM types, so as text), the same as renderer/components/pageClaims.ts.
/** The page numbers a print claims for its link targets (`data-page-of`), or undefined when it claims none. */
const CLAIMS = `(() => {
  const cells = document.querySelectorAll('[data-page-of]');
  if (cells.length === 0) return undefined;
  return Object.fromEntries(Array.from(cells, (c) => [c.dataset.pageOf || '', Number(c.textContent)]));
})()`;

/** The pages the targets really fell on, written into the claims (blank where the PDF names none). */
const correctPages = (actual: Record<string, number>) => `(() => {
  const actual = ${JSON.stringify(actual)};
  for (const c of document.querySelectorAll('[data-page-of]')) c.textContent = String(actual[c.dataset.pageOf || ''] || '');
})()`;

const claims = (page: Page) => page.evaluate(CLAIMS) as Promise<Record<string, number> | undefined>;

/** How many parts the print is printed in (`data-print-parts`, renderer/components/pageClaims.ts printParts). */
const PARTS = `(() => {
  const n = Number(document.querySelector('[data-print-parts]')?.dataset.printParts);
  return Number.isInteger(n) && n > 1 ? n : undefined;
})()`;

/** Why the PDFs cannot be made here, or null when they can. */
function pdfBlocker(): string | null {
  if (!existsSync(CHROMIUM_PATH))
    return `找不到 Chromium（${CHROMIUM_PATH}，可用环境变量 BAOMI_CHROMIUM 指定）`;
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    return `找不到已构建的界面（${RENDERER_DIR}），请先运行 npm run build`;
  return null;
}

async function printPdfs(dbPath: string, username: string, password: string, year: number, dir: string) {
  const bridge = await launchBridge({ dbPath, viewport: { width: 1366, height: 860 } });
  try {
    const { page } = bridge;
    await bridge.open();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByLabel('密码').press('Enter');
    await page.getByTestId('unit-name').waitFor();
    const written: string[] = [];
    for (const p of PRINTS) {
      const title = p.title(year);
      await bridge.open(`print/${p.route}/${year}`);
      try {
        await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor({ timeout: LAYOUT_MS });
        if (p.ready) await page.locator(p.ready).waitFor({ timeout: LAYOUT_MS });
      } catch {
        throw new CliError(`${title}在 ${LAYOUT_MS / 1000} 秒内未能排版完成，未生成其 PDF`, EXIT.problem);
      }
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      // As 导出 PDF does (renderer/components/pageClaims.ts): the contents' page numbers go with the request, the
      // PDF is written only if they hold, and once more with the pages it reports when they did not.
      const parts = (await page.evaluate(PARTS)) as number | undefined;
      let r = await bridge.dispatcher.dispatch('print:toPdf', {
        title,
        outPath: dir,
        pages: await claims(page),
        parts,
      });
      const misplaced = r.ok ? (r.value as PrintPdfView).misplaced : undefined;
      if (misplaced) {
        await page.evaluate(correctPages(misplaced));
        r = await bridge.dispatcher.dispatch('print:toPdf', {
          title,
          outPath: dir,
          pages: await claims(page),
          parts,
        });
      }
      if (!r.ok) throw new CliError(`${title} 的 PDF 未能写入：${r.error.message}`, EXIT.problem);
      const view = r.value as PrintPdfView;
      if (view.misplaced)
        throw new CliError(`${title} 目录中的页码与排版结果不一致，未生成其 PDF`, EXIT.problem);
      written.push(view.path);
    }
    return written;
  } finally {
    await bridge.close();
  }
}

export async function yearbook(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user', 'year', 'out'],
    flags: ['no-pdf'],
    required: ['db', 'year', 'out'],
  });
  const year = yearOf(a.values.year);
  const dir = resolve(a.values.out as string);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CliError(`输出文件夹不存在：${dir}`, EXIT.usage);
  let blocker = a.flags.has('no-pdf') ? null : pdfBlocker();
  const c = await credentials(a.values.db as string, a.values.user);
  const files: string[] = [];
  const started = Date.now();
  try {
    await call(c.api, 'session:unlock', { username: c.username, password: c.password });
    out.info('正在生成年度保密工作台账（Excel）…');
    files.push((await call(c.api, 'yearbook:exportXlsx', { year, outPath: dir })).path);
    out.info('正在生成年度保密自查自评报告（Word）…');
    files.push((await call(c.api, 'yearbook:exportDocx', { year, outPath: dir })).path);
  } finally {
    c.core.detach();
  }
  const wantPdf = !a.flags.has('no-pdf');
  if (wantPdf && blocker === null) {
    out.info('正在通过 Chromium 生成 PDF…');
    try {
      files.push(...(await printPdfs(c.core.dbPath, c.username, c.password, year, dir)));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      blocker = e.message;
    }
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  out.result({ year, files, pdf: wantPdf ? blocker === null : false, pdfProblem: blocker, seconds }, () => [
    ...files.map((f) => `已写入：${f}`),
    ...(blocker
      ? [`未生成 PDF：${blocker}。工作簿和报告已写入；PDF 可在界面中打印导出，或加 --no-pdf 不再尝试。`]
      : []),
    `用时 ${seconds} 秒。导出的文件与纸质件同等密级，请按涉密载体管理。`,
  ]);
  return blocker ? EXIT.problem : EXIT.ok;
}
