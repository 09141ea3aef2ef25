// The Chromium fallback of `npm start`: the real core over the database in ./data (or BAOMI_DB), the built
// UI in /usr/bin/chromium, headed when there is a display. Without a display it says so, still serves,
// and saves a screenshot of what the screen shows, so nothing pretends to have worked.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM_PATH, launchBridge, ROOT } from './chromium-bridge';

const exitWhenReady = process.argv.includes('--exit-when-ready');
const dbPath = process.env.BAOMI_DB ?? join(ROOT, 'data', 'baomi.db');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
mkdirSync(dirname(dbPath), { recursive: true });

const bridge = await launchBridge({
  dbPath,
  headless,
  idleLock: true,
  viewport: { width: 1366, height: 860 },
}).catch((e: unknown) => {
  console.error(`无法启动 Chromium（${CHROMIUM_PATH}）：${(e as Error).message}`);
  console.error('Could not start Chromium. Install it (apt install chromium) or set BAOMI_CHROMIUM.');
  process.exit(1);
});

console.log(`数据库 / database: ${dbPath}`);
await bridge.open();
// The first screen is one of these; wait until it is really there before saying anything about it.
const first = bridge.page.getByText(/首次使用：初始化本机|登录|首页/).first();
await first.waitFor({ timeout: 30_000 });
const phase = bridge.core.isSetUp() ? '登录界面 (unlock screen)' : '首次设置界面 (first-run setup)';
console.log(`界面已显示 / UI is showing: ${phase}`);

if (headless) {
  const shot = join(dirname(dbPath), 'screenshots', 'start.png');
  mkdirSync(dirname(shot), { recursive: true });
  await bridge.page.screenshot({ path: shot });
  console.log('没有显示器（DISPLAY 未设置），Chromium 以无界面方式运行，无法在此操作界面。');
  console.log('No display (DISPLAY is not set): Chromium runs headless and the UI cannot be used here.');
  console.log(`当前界面截图 / screenshot of the current screen: ${shot}`);
}

async function stop(code: number): Promise<never> {
  await bridge.close();
  process.exit(code);
}

if (exitWhenReady) await stop(0);
console.log('按 Ctrl+C 退出 / press Ctrl+C to quit.');
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
bridge.browser.on('disconnected', () => void stop(0));
