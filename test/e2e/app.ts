// End-to-end helpers: the built renderer in Chromium over a real encrypted database in a temporary folder.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { launchBridge, launchChromium, type Bridge } from '../../scripts/chromium-bridge';
import { CLERK, newCore, newDispatcher, tempDir, TEST_KDF, UNIT } from '../helpers/temp';
import type { Clock } from '../../electron/core/util/clock';
import type { Drive } from '../../electron/ipc/schemas/files';

export { CLERK, UNIT };
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

// One Chromium per worker (starting and closing it cost about two seconds a file on this machine): each test
// gets its own context and core, closed after it by test/setup/e2e.ts. A browser that died (a crash in one
// file) is started again for the next. Playwright ends the browsers it started when the worker exits.
let browser: Promise<Browser> | null = null;

async function theBrowser(): Promise<Browser> {
  const b = browser ? await browser.catch(() => null) : null;
  if (b?.isConnected()) return b;
  browser = launchChromium();
  return browser;
}

const open: Bridge[] = [];
const pageErrors: string[] = [];

/** After each test: its apps closed, and any uncaught exception in their pages reported as a failure. */
export async function closeApps(): Promise<void> {
  for (const b of open.splice(0)) await b.close();
  // An uncaught exception in the page is a broken UI even when the assertions happened to pass.
  const errors = pageErrors.splice(0);
  if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
}

/**
 * A fresh app in Chromium. `setUp`: the unit and the clerk already exist (made through the same dispatcher,
 * then locked), so the page starts at the unlock screen.
 */
export async function startApp(
  opts: {
    setUp?: boolean | 'strict';
    route?: string;
    /** The unit set up, over UNIT (its name, code), and its mode. */
    unit?: Partial<typeof UNIT>;
    mode?: 'unit' | 'supervisor';
    /** Files to lay in the app's folder before it starts (what an earlier run left there). */
    prepare?: (dir: string) => void;
    /** The core's clock, where a test moves time (deadlines, the 24-hour clock). */
    clock?: Clock;
    /** Folders announced as removable drives. */
    drives?: () => Promise<Drive[]>;
  } = {},
): Promise<Bridge> {
  const dir = tempDir('baomi-e2e-');
  opts.prepare?.(dir);
  // The strict unit's files, made once per worker and copied: its five accounts' password changes are some
  // twenty Argon2 derivations, seconds on a busy machine, for a start every such test shares.
  const strictCopy = opts.setUp === 'strict' && !opts.unit && !opts.mode && !opts.clock && !opts.prepare;
  if (strictCopy) cpSync(await strictUnitFiles(), dir, { recursive: true });
  const bridge = await launchBridge({
    dbPath: join(dir, 'baomi.db'),
    kdf: TEST_KDF,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.drives ? { drives: opts.drives } : {}),
    browser: await theBrowser(),
    onInternal: (e) => {
      throw e;
    },
  });
  open.push(bridge);
  bridge.page.on('pageerror', (e) => pageErrors.push(e.message));
  if (opts.setUp === 'strict') {
    if (!strictCopy) await setUpStrict(bridge);
  } else if (opts.setUp) {
    const r = await bridge.dispatcher.dispatch('session:setup', {
      unit: { ...UNIT, ...opts.unit },
      account: CLERK,
      ...(opts.mode ? { mode: opts.mode } : {}),
    });
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

/** The three administrators of the strict 三员 mode, with the initial passwords handed over at setup. */
export const ADMINS = {
  sysadmin: { username: 'liqiang', displayName: '李强', initialPassword: 'Xitong#2026a' },
  secadmin: { username: 'zhoumin', displayName: '周敏', initialPassword: 'Anquan#2026b' },
  auditor: { username: 'sunhui', displayName: '孙慧', initialPassword: 'Shenji#2026c' },
};
export const LEADER = { username: 'chenju', displayName: '陈国庆', initialPassword: 'Lingdao#2026d' };
export type Who = 'clerk' | 'leader' | keyof typeof ADMINS;

/** Everyone's own password after the first-login change (the strict set-up does that change for them). */
export const PASSWORDS: Record<Who, string> = {
  clerk: CLERK.password,
  leader: 'Lingdao#2026x',
  sysadmin: 'Xitong#2026x',
  secadmin: 'Anquan#2026x',
  auditor: 'Shenji#2026x',
};
export const USERNAMES: Record<Who, string> = {
  clerk: CLERK.username,
  leader: LEADER.username,
  sysadmin: ADMINS.sysadmin.username,
  secadmin: ADMINS.secadmin.username,
  auditor: ADMINS.auditor.username,
};

/**
 * A 机关 in the strict mode, made through the dispatcher: the clerk, the three administrators and a leader
 * (created by the security administrator), each having changed the initial password; then locked.
 */
async function setUpStrict({ dispatcher }: Pick<Bridge, 'dispatcher'>): Promise<void> {
  const call = async (channel: string, input: unknown) => {
    const r = await dispatcher.dispatch(channel as 'session:state', input as Record<string, never>);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  };
  await call('session:setup', { unit: { ...UNIT, adminMode: 'strict' }, account: CLERK, admins: ADMINS });
  const firstLogin = async (who: Who, initial: string) => {
    await call('session:lock', {});
    await call('session:unlock', { username: USERNAMES[who], password: initial });
    await call('session:changePassword', { oldPassword: initial, newPassword: PASSWORDS[who] });
  };
  await firstLogin('secadmin', ADMINS.secadmin.initialPassword);
  await call('accounts:create', { ...LEADER, role: 'leader' });
  await firstLogin('leader', LEADER.initialPassword);
  await firstLogin('sysadmin', ADMINS.sysadmin.initialPassword);
  await firstLogin('auditor', ADMINS.auditor.initialPassword);
  await call('session:lock', {});
}

/** Log in as one of the strict set-up's people and wait for the main layout. */
export async function loginAs(page: Page, who: Who): Promise<void> {
  await login(page, USERNAMES[who], PASSWORDS[who]);
  await page.getByTestId('current-user').waitFor();
}

/** Fill the setup wizard's administrators step. */
export async function fillAdmins(page: Page, admins: typeof ADMINS): Promise<void> {
  const titles = { sysadmin: '系统管理员', secadmin: '安全保密管理员', auditor: '安全审计员' } as const;
  for (const role of ['sysadmin', 'secadmin', 'auditor'] as const) {
    const group = page.getByRole('group', { name: titles[role] });
    await group.getByLabel('用户名').fill(admins[role].username);
    await group.getByLabel('姓名').fill(admins[role].displayName);
    await group.getByLabel('初始密码').fill(admins[role].initialPassword);
  }
}

/**
 * A name chosen in a picker (NameField): typed, then the unit's own entry for it when the list has one
 * (`name（部门）`), else the explicit 使用未登记的名称 option. `scope` is the dialog or form holding the field.
 * A name the unit's lists do not hold is picked with `unregistered`: nothing then waits the 1.5 s an entry
 * might take to come (some thirty picks in the suite: 50 s of waiting).
 */
export async function pickName(
  page: Page,
  scope: Pick<Page, 'getByLabel'>,
  label: string,
  text: string,
  opts: { unregistered?: boolean } = {},
): Promise<void> {
  await scope.getByLabel(label, { exact: true }).fill(text);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const unregistered = option.filter({ hasText: `使用未登记的名称「${text}」` });
  const known = option.filter({ hasText: new RegExp(`^${text}（`) });
  // The lists answer after a short pause in typing: the unit's own entry is waited for a moment before the
  // unregistered choice is taken.
  const deadline = Date.now() + 1500;
  while (!opts.unregistered && (await known.count()) === 0 && Date.now() < deadline)
    await page.waitForTimeout(100);
  if (!opts.unregistered && (await known.count()) > 0) await known.first().click();
  else await unregistered.click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/**
 * Choose several persons in a multi-name picker (a check's 检查人员): each from the lists when they are there,
 * else by the explicit 使用未登记的名称 choice; the list is closed at the end.
 */
export async function pickNames(
  page: Page,
  scope: Pick<Page, 'getByLabel'>,
  label: string,
  names: string[],
): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  for (const text of names) {
    await field.fill(text);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    const known = option.filter({ hasText: new RegExp(`^${text}（`) });
    const deadline = Date.now() + 1500;
    while ((await known.count()) === 0 && Date.now() < deadline) await page.waitForTimeout(100);
    if ((await known.count()) > 0) await known.first().click();
    else await option.filter({ hasText: `使用未登记的名称「${text}」` }).click();
  }
  await field.blur();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

let strictFiles: Promise<string> | null = null;

/** A folder holding a strict unit set up by `setUpStrict` and locked; the worker's own, removed as it ends. */
function strictUnitFiles(): Promise<string> {
  strictFiles ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baomi-e2e-strict-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const core = newCore(dir);
    await setUpStrict({ dispatcher: newDispatcher(core) });
    core.detach();
    return dir;
  })();
  // A failed set-up is tried again by the next test rather than failing every later one for it.
  strictFiles.catch(() => (strictFiles = null));
  return strictFiles;
}
