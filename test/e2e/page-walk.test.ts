// The page walk (issue 23, points 5 and 6), in Chromium at 1024×700: every page of the navigation, as the clerk
// sees it, shows no vocabulary code and no English word (outside an allow-list: xlsx, PDF, USB…), names its
// controls in Chinese for assistive technology (antd's icons and steppers included: no exemption), shows no
// native date input, and never scrolls sideways outside its tables.
import { describe, expect, it } from 'vitest';
import { lendCopy12, received } from '../electron/core/carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../electron/core/carriers/staff';
import { callsOn } from '../helpers/calls';
import { hostname, release, type } from 'node:os';
import { CLERK, login, shot, startApp } from './app';
import { ALLOWED_WORDS, emptyStatesCut, readScreen, vocabularyCodes } from './screen-words';

const ALLOWED = new Set(ALLOWED_WORDS);

describe('the page walk in Chromium at 1024×700', () => {
  it('no page shows a code or an English word, or scrolls sideways outside its tables; no empty state is cut off', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher } = bridge;
    await page.setViewportSize({ width: 1024, height: 700 });
    const { call } = callsOn(dispatcher);
    await call('session:unlock', { username: CLERK.username, password: CLERK.password });
    // A loan on an approval, so the approvals list has an object to name (it read "carrier 1").
    await onStaff({ call });
    const c = await call('carriers:register', received({ ...ARCHIVES_IN_RANGE }));
    await call('carriers:borrow', lendCopy12(c.id));
    // The accounts page shows each account's user name, which is the clerk's own ASCII word; the devices page
    // offers to register this PC under its own host name and system, as the machine spells them.
    ALLOWED.add(CLERK.username);
    for (const w of `${hostname()} ${type()} ${release()}`.split(/[^A-Za-z]+/)) if (w) ALLOWED.add(w);
    await call('session:lock', {});
    const codes = vocabularyCodes();
    const problems: string[] = [];
    // The lock screen first: the clerk's own user name is preselected there, her data.
    await page.getByRole('button', { name: '解锁' }).waitFor();
    const lock = await readScreen(page.locator('body'), new Set([...ALLOWED, CLERK.username]), codes);
    if (lock.words.length) problems.push(`解锁界面: ${lock.words.join(' ')}`);
    if (lock.unnamed.length) problems.push(`解锁界面: 无名称的控件 ${lock.unnamed.join(' | ')}`);
    await login(page);
    await page.getByTestId('unit-name').waitFor();

    const routes = await page.evaluate(() =>
      [...document.querySelectorAll('.side-nav [data-menu-id]')].map((el) =>
        (el.getAttribute('data-menu-id') ?? '').replace(/^.*?-(?=home|reg\/|admin\/|password)/, ''),
      ),
    );
    expect(routes.length).toBeGreaterThan(20);
    const cutEmpty: string[] = [];
    let empties = 0;
    for (const route of routes) {
      await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
      await page.waitForTimeout(400);
      await page.evaluate(() =>
        Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => undefined),
      );
      const seen = await page.evaluate(() => {
        const content = document.querySelector<HTMLElement>('.content');
        const root = document.scrollingElement as HTMLElement;
        return {
          nativeDates: document.querySelectorAll(
            'input[type=date], input[type=datetime-local], input[type=month]',
          ).length,
          wide: content
            ? [...content.querySelectorAll<HTMLElement>('*')]
                .filter((el) => el.getBoundingClientRect().right > content.getBoundingClientRect().right + 1)
                .slice(0, 1)
                .map((el) => {
                  const chain: string[] = [];
                  for (let e: HTMLElement | null = el; e && e !== content; e = e.parentElement)
                    chain.push(
                      `${e.tagName}.${String(e.className).slice(0, 40)}:${Math.round(e.getBoundingClientRect().width)}:${getComputedStyle(e).display}`,
                    );
                  return chain.join(' < ');
                })
            : [],
          sideways:
            root.scrollWidth > root.clientWidth + 1 ||
            (content ? content.scrollWidth > content.clientWidth + 1 : false),
        };
      });
      const read = await readScreen(page.locator('body'), ALLOWED, codes);
      if (read.words.length) problems.push(`${route}: ${read.words.join(' ')}`);
      if (read.unnamed.length) problems.push(`${route}: 无名称的控件 ${read.unnamed.join(' | ')}`);
      if (seen.nativeDates) problems.push(`${route}: ${seen.nativeDates} 个原生日期输入框`);
      if (seen.sideways) problems.push(`${route}: 页面横向滚动 ${seen.wide.join(' | ')}`);
      const empty = await emptyStatesCut(page.locator('.content'));
      empties += empty.seen;
      for (const c of empty.cut) cutEmpty.push(`${route}: ${c}`);
      await shot(page, `page-walk-${route.replace(/\//g, '-')}-1024`);
    }
    await shot(page, 'page-walk-last-1024');
    await page.evaluate(() => (window.location.hash = '#/reg/approvals'));
    await page
      .locator('.ant-table-row')
      .filter({ hasText: `${c.carrierNo} ${c.name}` })
      .waitFor();
    expect(problems).toEqual([]);
    // Empty states never cut off: most registers of a new unit are empty, and each says so whole, in view.
    expect(empties).toBeGreaterThan(5);
    expect(cutEmpty, '空状态被截断').toEqual([]);
  }, 240_000);
});
