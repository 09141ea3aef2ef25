// `baomi supervisor report --out F.pdf|F.xlsx [--year Y] --db D` (issue 25, point 7): 下级单位保密工作情况汇总表 with
// the year's consolidated 年度报告. The workbook is written by the core; the PDF is the app's own print route
// (A4 landscape) laid out by the system Chromium through the bridge, as `baomi yearbook` does.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, launchBridge, RENDERER_DIR } from '../../chromium-bridge';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { call, credentials, withLogin } from '../session';

export const REPORT_TITLE = '下级单位保密工作情况汇总表';
const LAYOUT_MS = 120_000;

function yearOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 2000 || year > 2100) {
    throw new CliError(`--year 应为 2000–2100 之间的四位数字，收到：${raw}`, EXIT.usage);
  }
  return year;
}

async function pdf(db: string, user: string | undefined, out: string, year: number | undefined) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new CliError(
      `找不到 Chromium（${CHROMIUM_PATH}，可用环境变量 BAOMI_CHROMIUM 指定），未生成 PDF。可改用 --out 文件.xlsx。`,
      EXIT.problem,
    );
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new CliError(`找不到已构建的界面（${RENDERER_DIR}），请先运行 npm run build。`, EXIT.problem);
  }
  const c = await credentials(db, user);
  try {
    // A wrong password is refused here, counted as at any login, before Chromium starts.
    await call(c.api, 'session:unlock', { username: c.username, password: c.password });
  } finally {
    c.core.detach();
  }
  // The bridge's core at the cost of the core that logged in (a test running `baomi` in-process lowers it).
  const bridge = await launchBridge({
    dbPath: c.core.dbPath,
    kdf: c.core.kdf,
    viewport: { width: 1366, height: 860 },
  });
  try {
    const { page } = bridge;
    await bridge.open();
    await page.getByLabel('用户名').fill(c.username);
    await page.getByLabel('密码').fill(c.password);
    await page.getByLabel('密码').press('Enter');
    await page.getByTestId('unit-name').waitFor();
    await bridge.open(`print/supervisor-report${year ? `/${year}` : ''}`);
    try {
      await page
        .getByRole('article', { name: `${REPORT_TITLE}（打印预览）` })
        .waitFor({ timeout: LAYOUT_MS });
    } catch {
      throw new CliError(
        `${REPORT_TITLE}在 ${LAYOUT_MS / 1000} 秒内未能排版完成，未生成 PDF。`,
        EXIT.problem,
      );
    }
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const r = await bridge.dispatcher.dispatch('print:toPdf', { title: REPORT_TITLE, outPath: out });
    if (!r.ok) throw new CliError(`PDF 未能写入：${r.error.message}`, EXIT.problem);
    return (r.value as { path: string }).path;
  } finally {
    await bridge.close();
  }
}

export async function report(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'out', 'year', 'format'], required: ['db', 'out'] });
  const target = resolve(a.values.out as string);
  const year = yearOf(a.values.year);
  const format =
    a.values.format ??
    (target.toLowerCase().endsWith('.pdf')
      ? 'pdf'
      : target.toLowerCase().endsWith('.xlsx')
        ? 'xlsx'
        : undefined);
  if (format !== 'pdf' && format !== 'xlsx') {
    throw new CliError(
      '请用 --out 指定以 .pdf 或 .xlsx 结尾的文件名（或一个文件夹并加 --format pdf|xlsx）。',
      EXIT.usage,
    );
  }
  if (format === 'xlsx') {
    const v = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
      call(api, 'exchange:reportXlsx', { outPath: target, ...(year ? { year } : {}) }),
    );
    out.result(v, () => [
      `已写入：${v.path}（${v.units} 个单位${v.notReported.length ? `，未按期报送 ${v.notReported.length} 个` : ''}）`,
      '导出的文件与纸质件同等密级，请按涉密载体管理。',
    ]);
    return EXIT.ok;
  }
  const path = await pdf(a.values.db as string, a.values.user, target, year);
  out.result({ path }, () => [`已写入：${path}`, '导出的文件与纸质件同等密级，请按涉密载体管理。']);
  return EXIT.ok;
}
