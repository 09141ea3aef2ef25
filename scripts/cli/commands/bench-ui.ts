// The register as the clerk meets it, measured in Chromium over the bench's database: the carriers register
// opened, flung through continuously, and jumped across (as by dragging the scroll bar). Prints:
// - register_first_rows: from the click on 涉密载体 in the menu to the first frame with rows, timed in the page;
//   register_first_rows_driver the same through Playwright's click and polling (the harness's time as well);
// - register_scroll_work: the page's own work per frame while scrolling steadily (script, style and layout,
//   from Chromium's Performance metrics); a frame has 16.7 ms. Painting is left out: headless Chromium
//   paints in software here, and a static 3,000-row HTML table scrolls at 33–67 ms a frame in it too;
// - register_scroll_blank: per frame, the share of rows in view still being read (as a percentage);
// - register_jump_fill: from a jump to a far place in the list until every row in view is filled;
// - bridge_rss: the resident memory of the bridge's Node process, which holds the core but also runs
//   Playwright and the page server, sampled from the unlock until the register has been scrolled end to end
//   with every block of it read. The main process's own figure is main_rss (bench-rss.ts: the core alone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Bridge, CHROMIUM_PATH, launchBridge, ROOT } from '../../chromium-bridge';
import { CliError, EXIT } from '../io';
import { cliKdf } from '../session';
import { benchLine as line, type BenchLine } from './bench-line';

// The page's own globals, as far as the functions run inside it use them (this project has no DOM types).
interface PageElement {
  scrollTop: number;
  scrollHeight: number;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  click(): void;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
}
interface ListAnswer {
  ok: boolean;
  value: { rows: unknown[]; total: number };
  error: { message: string };
}
interface PageGlobals {
  document: PageElement;
  api: { carriers: { list(input: object): Promise<ListAnswer> } };
  requestAnimationFrame(callback: () => void): number;
}

/** Rows per block the register reads (BLOCK in renderer/stores/register.store.ts). */
const BLOCK = 100;

/** The blank share is a percentage of the rows in view, not a time. */
function percent(l: BenchLine) {
  return { name: l.name, n: l.n, p50_pct: l.p50_ms, p95_pct: l.p95_ms };
}

/** Scroll by `delta` pixels on each of `frames` animation frames; the blank share seen on each. */
async function fling(page: Page, frames: number, delta: number) {
  return page.evaluate(
    ({ frames, delta }) =>
      new Promise<number[]>((resolve) => {
        const w = globalThis as unknown as PageGlobals;
        const holder = w.document.querySelector('.register-scroll') as PageElement;
        const blank: number[] = [];
        let left = frames;
        const step = () => {
          const rows = holder.querySelectorAll('.ant-table-row').length;
          const pending = holder.querySelectorAll('.register-pending').length;
          blank.push(rows ? (100 * pending) / rows : 0);
          if (--left <= 0) return resolve(blank);
          holder.scrollTop += delta;
          w.requestAnimationFrame(step);
        };
        w.requestAnimationFrame(step);
      }),
    { frames, delta },
  );
}

/**
 * Until the register has read every row the fling left in view and has been quiet for `quietMs` (the window it
 * draws around them is drawn 150 ms after they show, LOOSEN_MS): a jump starts from a register at rest, as each
 * jump after the first does. Timed from the first, the fling's last reads, still crossing, went into its time
 * (107–145 ms against 40–60 for the jumps after it).
 */
async function settle(page: Page, quietMs: number): Promise<void> {
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve) => {
        const w = globalThis as unknown as PageGlobals;
        const holder = w.document.querySelector('.register-scroll') as PageElement;
        let since = performance.now();
        const check = () => {
          if (holder.querySelector('.register-pending')) since = performance.now();
          else if (performance.now() - since >= quietMs) return resolve();
          w.requestAnimationFrame(check);
        };
        w.requestAnimationFrame(check);
      }),
    quietMs,
  );
}

/** Click 涉密载体 in the menu from inside the page; the time until a frame has the register's rows. */
async function firstRowsInPage(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const w = globalThis as unknown as PageGlobals;
        const item = [...w.document.querySelectorAll('[role="menuitem"]')].find(
          (e) => e.textContent?.trim() === '涉密载体',
        );
        if (!item) return reject(new Error('no 涉密载体 menu item'));
        const t = performance.now();
        item.click();
        const check = () => {
          if (w.document.querySelector('.register-scroll .ant-table-row'))
            return resolve(performance.now() - t);
          if (performance.now() - t > 10_000) return reject(new Error('no rows after 10 s'));
          w.requestAnimationFrame(check);
        };
        w.requestAnimationFrame(check);
      }),
  );
}

/** Jump to a fraction `to` of the list, as a drag of the scroll bar does. */
/** Jumps timed per rep (30 in the bench); `(i + 1) × 37 % 100` gives a hundred distinct places. */
const JUMPS_PER_REP = 3;

async function jumpFill(page: Page, to: number): Promise<number> {
  return page.evaluate(
    (to) =>
      new Promise<number>((resolve, reject) => {
        const w = globalThis as unknown as PageGlobals;
        const holder = w.document.querySelector('.register-scroll') as PageElement;
        // The rows drawn before the jump are filled too: wait for the window to have moved (its first row).
        const start = () => holder.querySelector('.register-window')?.dataset.start;
        const before = start();
        const t = performance.now();
        holder.scrollTop = to * holder.scrollHeight;
        const check = () => {
          if (performance.now() - t > 10_000) return reject(new Error('rows still blank after 10 s'));
          const filled = holder.querySelectorAll('.ant-table-row').length > 0;
          if (start() !== before && filled && !holder.querySelector('.register-pending'))
            return resolve(performance.now() - t);
          w.requestAnimationFrame(check);
        };
        w.requestAnimationFrame(check);
      }),
    to,
  );
}

/**
 * The register scrolled end to end: dragged from the first row to the last in `stops` steps, each until its
 * rows are drawn; then every block of it read through the same channel and query the table uses (a stop
 * on each of 1,000 blocks would take minutes of settling), so that every row has crossed the channel once.
 */
async function scrollEndToEnd(page: Page, stops: number, block: number): Promise<number> {
  return page.evaluate(
    ({ stops, block }) =>
      new Promise<number>((resolve, reject) => {
        const w = globalThis as unknown as PageGlobals;
        const holder = w.document.querySelector('.register-scroll') as PageElement;
        let stop = 0;
        let since = performance.now();
        const readAll = async () => {
          const list = w.api.carriers.list;
          const input = { sort: { field: 'registeredOn', order: 'desc' }, filters: {} };
          let read = 0;
          for (let page = 1; ; page++) {
            const r = await list({ ...input, page, pageSize: block });
            if (!r.ok) throw new Error(r.error.message);
            read += r.value.rows.length;
            if (read >= r.value.total || !r.value.rows.length) return read;
          }
        };
        const check = () => {
          if (performance.now() - since > 10_000) return reject(new Error('rows still blank after 10 s'));
          const filled = holder.querySelectorAll('.ant-table-row').length > 0;
          if (!filled || holder.querySelector('.register-pending'))
            return void w.requestAnimationFrame(check);
          if (++stop > stops) return void readAll().then(resolve, reject);
          holder.scrollTop = (stop / stops) * holder.scrollHeight;
          since = performance.now();
          w.requestAnimationFrame(check);
        };
        w.requestAnimationFrame(check);
      }),
    { stops, block },
  );
}

/** The peak resident memory of this process while `work` runs, sampled every 50 ms. */
async function peakRss<T>(work: (mark: () => void) => Promise<T>) {
  const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  let peak = mb();
  const sampler = setInterval(() => (peak = Math.max(peak, mb())), 50);
  let atMark = 0;
  try {
    const value = await work(() => (atMark = mb()));
    peak = Math.max(peak, mb());
    return { value, peak, atMark, end: mb() };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * The register in Chromium. `reps`: how many first rows and jumps are timed (10 in the bench; fewer where only the
 * lines' shape matters, as in the CLI's test), the driver's clicks and the fling's seconds following from it.
 */
export async function scrollLines(
  dbPath: string,
  username: string,
  password: string,
  reps = 10,
): Promise<object[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new CliError(
      `找不到 Chromium（${CHROMIUM_PATH}），无法测量台账滚动。`,
      EXIT.problem,
      'NO_CHROMIUM',
    );
  }
  // The build that ships, made fresh so that the figures belong to this source, in a folder of its own so
  // that it never replaces files a running test serves from dist/.
  const rendererDir = mkdtempSync(join(tmpdir(), 'baomi-bench-ui-'));
  try {
    const built = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'build.mjs'), '--renderer', '--out', rendererDir],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (built.status !== 0) throw new CliError('渲染进程构建失败。', EXIT.problem, 'BUILD');
    return await measureIn(rendererDir, dbPath, username, password, reps);
  } finally {
    rmSync(rendererDir, { recursive: true, force: true });
  }
}

async function measureIn(
  rendererDir: string,
  dbPath: string,
  username: string,
  password: string,
  reps: number,
) {
  const bridge = await launchBridge({
    dbPath,
    rendererDir,
    viewport: { width: 1366, height: 860 },
    // Accounts made at the tests' KDF cost (cliKdf) unlock only at that cost.
    ...(cliKdf.params ? { kdf: cliKdf.params } : {}),
  });
  try {
    const before = Math.round(process.memoryUsage().rss / 2 ** 20);
    const { value, peak, atMark, end } = await peakRss((mark) =>
      registerLines(bridge, username, password, mark, reps),
    );
    return [
      ...value,
      {
        name: 'bridge_rss',
        before_unlock_mb: before,
        first_rows_mb: atMark,
        peak_mb: peak,
        after_end_to_end_mb: end,
      },
    ];
  } finally {
    await bridge.close();
  }
}

async function registerLines(
  bridge: Bridge,
  username: string,
  password: string,
  mark: () => void,
  reps: number,
) {
  const { page } = bridge;
  await bridge.open();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
  await page.getByRole('menuitem', { name: '涉密载体', exact: true }).waitFor();
  // Through the driver: Playwright's click (scrolled into view, checked stable over two frames, hit-tested)
  // and its polling for the rows, each a round trip to the browser — the harness's time as well as the app's.
  const driver: number[] = [];
  for (let i = 0; i < Math.ceil(reps / 2); i++) {
    await bridge.open('home');
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).waitFor();
    const t = Date.now();
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.ant-table-row').first().waitFor();
    driver.push(Date.now() - t);
  }
  // In the page: from the click on the menu item to the first frame with the register's rows drawn.
  const first: number[] = [];
  for (let i = 0; i < reps; i++) {
    await bridge.open('home');
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).waitFor();
    // tsx compiles this file keeping function names through a `__name` helper the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    first.push(await firstRowsInPage(page));
  }
  mark();
  // 3,000 px a second at 60 frames a second (some 90 rows a second, a brisk wheel) for `reps` seconds (ten).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const work = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = new Map(metrics.map((x) => [x.name, x.value]));
    return ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].reduce(
      (t, k) => t + (m.get(k) ?? 0),
      0,
    );
  };
  const before = await work();
  const frames = 60 * reps;
  const blank = await fling(page, frames, 50);
  const perFrame = (((await work()) - before) * 1000) / frames;
  const jumps: number[] = [];
  await settle(page, 500);
  // Three jumps a rep, each to a place not visited before: the p95 of ten jumps was the slowest of them.
  for (let i = 0; i < JUMPS_PER_REP * reps; i++)
    jumps.push(await jumpFill(page, (((i + 1) * 37) % 100) / 100));
  await scrollEndToEnd(page, 20, BLOCK);
  return [
    line('register_first_rows', first),
    line('register_first_rows_driver', driver),
    { name: 'register_scroll_work', n: frames, mean_ms_per_frame: Math.round(perFrame * 100) / 100 },
    percent(line('register_scroll_blank', blank)),
    line('register_jump_fill', jumps),
  ];
}
