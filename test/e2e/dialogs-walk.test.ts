// The dialog walk (issue 23, points 5, 6 and 8, and "Must show"): the main action dialog of every register,
// opened as the clerk opens it, at 1024×700 and at 1366×860. In each: the submit button and 取消 lie inside the
// window, nothing in the dialog runs wider than it or scrolls sideways (the page neither), no vocabulary code or
// English word is shown or announced, every control has a name; each is shot at both sizes to be looked at.
// The drawers those actions open from (a carrier's, a device's) and a person's page are read the same way.
// The carriers' drawer actions are walked the same way in dialogs-sizes; the 领导's decision on a request is
// the approvals register's one dialog.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { laptop } from '../electron/core/devices/helpers';
import { CLERK, login, loginAs, PASSWORDS, shot, startApp, USERNAMES } from './app';
import { ok, postedPerson } from './persons-data';
import { ALLOWED_WORDS, readScreen, sidewaysIn, vocabularyCodes } from './screen-words';

const SIZES = [
  [1024, 700],
  [1366, 860],
] as const;

interface Opening {
  /** The register, as its page id. */
  register: string;
  /** The page's route. */
  route: string;
  /** A record to open first (a row's text), whose drawer holds the action. */
  row?: string;
  /** What the clerk does on the page before the button opens (a person chosen for 新的申请). */
  before?: (page: Page) => Promise<void>;
  /** The button that opens the dialog. */
  open: string;
}

/** 张建华, the person seeded for this walk, chosen in the page's person picker. */
async function choosePerson(page: Page): Promise<void> {
  await page.locator('.content').getByLabel('人员', { exact: true }).fill('张建华');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张建华' })
    .first()
    .click();
}

/** One main action a register (its page, or the drawer of one of its records) opens a dialog with. */
const OPENINGS: Opening[] = [
  { register: 'carriers', route: 'reg/carriers', open: '登记' },
  { register: 'classification_items', route: 'reg/classification_items', open: '新增事项' },
  { register: 'persons', route: 'reg/persons', open: '登记人员' },
  { register: 'private_travel', route: 'reg/private_travel', before: choosePerson, open: '新的申请' },
  { register: 'allowance', route: 'reg/allowance', open: '生成发放表' },
  { register: 'trainings', route: 'reg/trainings', open: '登记举办培训' },
  { register: 'classified_devices', route: 'reg/classified_devices', open: '登记' },
  { register: 'classified_media', route: 'reg/classified_media', open: '登记' },
  // 使用登记 and 维修 are registers of their own, written from a device's drawer.
  { register: 'usage_logs', route: 'reg/classified_devices', row: 'BJ-012', open: '使用登记' },
  { register: 'repairs', route: 'reg/classified_devices', row: 'BJ-012', open: '维修' },
  { register: 'inspections', route: 'reg/inspections', open: '新建检查' },
  { register: 'incidents', route: 'reg/incidents', open: '登记事件' },
  { register: 'reviews', route: 'reg/reviews', open: '登记保密审查' },
  { register: 'key_sites', route: 'reg/key_sites', open: '申报要害部门部位' },
  { register: 'committee', route: 'reg/committee', open: '登记委员会会议' },
];

/** The dialog's footer buttons that lie inside the window (not below its bottom edge, not cut at its right). */
async function buttonsInView(dialog: Locator, width: number, height: number): Promise<string[]> {
  const out: string[] = [];
  for (const b of await dialog
    .locator('.form-actions button:visible, .ant-modal-footer button:visible')
    .all()) {
    const box = await b.boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width)
      out.push(((await b.textContent()) ?? '').replace(/\s+/g, ''));
  }
  return out;
}

/** The open dialog at both sizes: buttons in view, nothing sideways, no English; returns its problems. */
async function walkDialog(
  page: Page,
  name: string,
  allowed: ReadonlySet<string>,
  codes: ReadonlySet<string>,
): Promise<string[]> {
  const problems: string[] = [];
  const dialog = page.locator('.ant-modal-wrap:visible .ant-modal').last();
  await dialog.waitFor();
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await expect
      .poll(() => buttonsInView(dialog, width, height), { message: `${name} at ${width}` })
      .toContain('取消');
    const buttons = await buttonsInView(dialog, width, height);
    const submit = await dialog
      .locator('.form-actions .ant-btn-primary:visible, .ant-modal-footer .ant-btn-primary:visible')
      .first()
      .textContent();
    if (!submit || !buttons.includes(submit.replace(/\s+/g, '')))
      problems.push(`${name} ${width}：提交按钮不在窗口内（看得见：${buttons.join('、')}）`);
    const sideways = await sidewaysIn(dialog, page);
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
      sideways.push('页面');
    if (sideways.length) problems.push(`${name} ${width}：横向超出 ${sideways.join(' | ')}`);
    const read = await readScreen(dialog, allowed, codes);
    if (read.words.length) problems.push(`${name} ${width}：${read.words.join(' ')}`);
    if (read.unnamed.length) problems.push(`${name} ${width}：无名称的控件 ${read.unnamed.join(' | ')}`);
    await shot(page, `dialog-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1024, height: 700 });
  await dialog.locator('.form-actions, .ant-modal-footer').getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return problems;
}

describe('the dialog walk in Chromium at 1024×700 and 1366×860', () => {
  it('each register’s main dialog keeps its buttons in view, fits, and speaks only Chinese, at both sizes', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    await ok(bridge, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    await ok(bridge, 'carriers:register', received({ name: '年度保密检查通知' }));
    await ok(bridge, 'devices:register', laptop());
    const person = await postedPerson(bridge, '2026-01-05');
    await ok(bridge, 'session:lock', {});
    await login(page);
    await page.getByTestId('unit-name').waitFor();
    // The clerk's own user name and the seeded device's 保密编号 and 资产编号 (BJ-012, ZC-2024-0031) are her
    // data, not the app's words.
    const allowed = new Set([...ALLOWED_WORDS, CLERK.username, 'BJ', 'ZC']);
    const codes = vocabularyCodes();
    const problems: string[] = [];
    const walked: string[] = [];
    for (const o of OPENINGS) {
      await page.evaluate((r) => (window.location.hash = `#/${r}`), o.route);
      if (o.row) {
        await page.locator('.register-table .ant-table-row', { hasText: o.row }).dblclick();
        await page
          .locator('.ant-drawer-open .ant-drawer-extra')
          .getByRole('button', { name: o.open, exact: true })
          .click();
      } else {
        await o.before?.(page);
        await page.locator('.content').getByRole('button', { name: o.open, exact: true }).first().click();
      }
      problems.push(...(await walkDialog(page, o.register, allowed, codes)));
      if (o.row) await page.keyboard.press('Escape');
      walked.push(o.register);
    }
    expect(walked).toEqual(OPENINGS.map((o) => o.register));

    // The drawers the actions open from, and a person's page, read the same way (at 1024×700).
    const drawers: [string, string, string][] = [
      ['reg/carriers', '年度保密检查通知', '涉密载体详情'],
      ['reg/classified_devices', 'BJ-012', '设备详情'],
    ];
    for (const [route, row, what] of drawers) {
      await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
      await page.locator('.register-table .ant-table-row', { hasText: row }).dblclick();
      const drawer = page.locator('.ant-drawer-open .ant-drawer-content-wrapper');
      await drawer.waitFor();
      await drawer.getByText(row).first().waitFor();
      const read = await readScreen(drawer, allowed, codes);
      if (read.words.length) problems.push(`${what}: ${read.words.join(' ')}`);
      if (read.unnamed.length) problems.push(`${what}: 无名称的控件 ${read.unnamed.join(' | ')}`);
      await shot(page, `drawer-walk-${route.replace(/\//g, '-')}-1024`);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    }
    await page.evaluate((id) => (window.location.hash = `#/reg/persons/${id}`), person.id);
    await page.locator('.content').getByText('张建华').first().waitFor();
    const personPage = await readScreen(page.locator('.content'), allowed, codes);
    if (personPage.words.length) problems.push(`人员页: ${personPage.words.join(' ')}`);
    if (personPage.unnamed.length) problems.push(`人员页: 无名称的控件 ${personPage.unnamed.join(' | ')}`);
    expect(problems).toEqual([]);
  }, 240_000);

  it('the 领导’s decision on a request (the approvals register’s dialog), at both sizes', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page } = bridge;
    await ok(bridge, 'session:unlock', { username: USERNAMES.clerk, password: PASSWORDS.clerk });
    await ok(bridge, 'approvals:request', {
      kind: 'borrow',
      subjectType: 'carrier',
      subjectId: '1',
      summary: '赵敏借阅会议纪要第3份，至2026-06-19',
      detail: { dueOn: '2026-06-19' },
    });
    await ok(bridge, 'session:lock', {});
    await loginAs(page, 'leader');
    await page.evaluate(() => (window.location.hash = '#/reg/approvals'));
    await page
      .locator('.requests-card')
      .getByRole('row', { name: /赵敏借阅/ })
      .getByRole('button', { name: '同意', exact: true })
      .click();
    const allowed = new Set([...ALLOWED_WORDS, USERNAMES.leader]);
    expect(await walkDialog(page, 'approvals', allowed, vocabularyCodes())).toEqual([]);
  });
});
