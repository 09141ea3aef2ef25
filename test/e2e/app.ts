// End-to-end helpers: the built renderer in Chromium over a real encrypted database in a temporary folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { launchBridge, launchChromium, type Bridge } from '../../scripts/chromium-bridge';
import { CLERK, tempDir, TEST_KDF, UNIT } from '../helpers/temp';

export { CLERK, UNIT };
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

// One Chromium per test file (starting it is the slow part); each test gets its own context and core.
let browser: Promise<Browser> | null = null;
afterAll(async () => {
  await (await browser)?.close();
  browser = null;
});

const open: Bridge[] = [];
const pageErrors: string[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  // An uncaught exception in the page is a broken UI even when the assertions happened to pass.
  const errors = pageErrors.splice(0);
  if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
});

/**
 * A fresh app in Chromium. `setUp`: the unit and the clerk already exist (made through the same dispatcher,
 * then locked), so the page starts at the unlock screen.
 */
export async function startApp(opts: { setUp?: boolean; route?: string } = {}): Promise<Bridge> {
  const dir = tempDir('baomi-e2e-');
  const bridge = await launchBridge({
    dbPath: join(dir, 'baomi.db'),
    kdf: TEST_KDF,
    browser: await (browser ??= launchChromium()),
    onInternal: (e) => {
      throw e;
    },
  });
  open.push(bridge);
  bridge.page.on('pageerror', (e) => pageErrors.push(e.message));
  if (opts.setUp) {
    const r = await bridge.dispatcher.dispatch('setup:create', { unit: UNIT, account: CLERK });
    if (!r.ok) throw new Error(r.error.message);
    await bridge.dispatcher.dispatch('session:lock', {});
  }
  await bridge.open(opts.route);
  return bridge;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Log in through the unlock screen. */
export async function login(page: Page, username = CLERK.username, password = CLERK.password): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
}
