// `baomi yearbook --year Y --db D --out DIR`: the year's books as files — the 年度保密工作台账 as a workbook and
// as one PDF book (both written by the core), the 自查自评报告 as .docx and as PDF. The report's PDF comes from
// the app's own print route, which only a browser lays out: the command drives the system Chromium through the
// bridge (the same page and core as the app) and writes it with print:toPdf. Without Chromium or a built
// interface it writes the rest, says which PDF it could not make and why, and exits 1 (with --no-pdf it makes
// no PDF, and exits 0).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PrintPdfView } from '../../../electron/ipc/schemas/print';
import { CHROMIUM_PATH, launchBridge, RENDERER_DIR } from '../../chromium-bridge';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, credentials } from '../session';

/** How long the report's print route may take to lay out. */
const LAYOUT_MS = 180_000;

function yearOf(raw: string | undefined): number {
  const year = Number(raw);
  if (!raw || !/^\d{4}$/.test(raw) || year < 2000 || year > 2100) {
    throw new CliError(`年度应为 2000–2100 之间的四位数字，收到：${raw ?? '（空）'}`, EXIT.usage);
  }
  return year;
}

/** Why the PDFs cannot be made here, or null when they can. */
function pdfBlocker(): string | null {
  if (!existsSync(CHROMIUM_PATH))
    return `找不到 Chromium（${CHROMIUM_PATH}，可用环境变量 BAOMI_CHROMIUM 指定）`;
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    return `找不到已构建的界面（${RENDERER_DIR}），请先运行 npm run build`;
  return null;
}

/** The report printed from its route to a PDF in `dir`, as 导出 PDF does in the app. */
async function reportPdf(dbPath: string, username: string, password: string, year: number, dir: string) {
  const bridge = await launchBridge({ dbPath, viewport: { width: 1366, height: 860 } });
  try {
    const { page } = bridge;
    await bridge.open();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByLabel('密码').press('Enter');
    await page.getByTestId('unit-name').waitFor();
    const title = `${year}年度保密自查自评报告`;
    await bridge.open(`print/self-assessment/${year}`);
    try {
      await page.getByRole('article', { name: `${title}（打印预览）` }).waitFor({ timeout: LAYOUT_MS });
    } catch {
      throw new CliError(`${title}在 ${LAYOUT_MS / 1000} 秒内未能排版完成，未生成其 PDF`, EXIT.problem);
    }
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const r = await bridge.dispatcher.dispatch('print:toPdf', { title, outPath: dir });
    if (!r.ok) throw new CliError(`${title} 的 PDF 未能写入：${r.error.message}`, EXIT.problem);
    return (r.value as PrintPdfView).path;
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
  const wantPdf = !a.flags.has('no-pdf');
  const problems: string[] = [];
  const c = await credentials(a.values.db as string, a.values.user);
  const files: string[] = [];
  const started = Date.now();
  try {
    await call(c.api, 'session:unlock', { username: c.username, password: c.password });
    out.info('正在生成年度保密工作台账（Excel）…');
    files.push((await call(c.api, 'yearbook:exportXlsx', { year, outPath: dir })).path);
    out.info('正在生成年度保密自查自评报告（Word）…');
    files.push((await call(c.api, 'yearbook:exportDocx', { year, outPath: dir })).path);
    if (wantPdf) {
      out.info('正在生成年度保密工作台账（PDF）…');
      try {
        files.push((await call(c.api, 'yearbook:exportPdf', { year, outPath: dir })).path);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        problems.push(e.message);
      }
    }
  } finally {
    c.core.detach();
  }
  const blocker = wantPdf ? pdfBlocker() : null;
  if (blocker) problems.push(`自查自评报告：${blocker}`);
  else if (wantPdf) {
    out.info('正在通过 Chromium 生成自查自评报告 PDF…');
    try {
      files.push(await reportPdf(c.core.dbPath, c.username, c.password, year, dir));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(e.message);
    }
  }
  const problem = problems.length ? problems.join('；') : null;
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  out.result({ year, files, pdf: wantPdf ? problem === null : false, pdfProblem: problem, seconds }, () => [
    ...files.map((f) => `已写入：${f}`),
    ...(problem
      ? [`未生成 PDF：${problem}。其余文件已写入；PDF 可在界面中导出，或加 --no-pdf 不再尝试。`]
      : []),
    `用时 ${seconds} 秒。导出的文件与纸质件同等密级，请按涉密载体管理。`,
  ]);
  return problem ? EXIT.problem : EXIT.ok;
}
