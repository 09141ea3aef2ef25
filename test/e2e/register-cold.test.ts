// The first open of a register after login (issue 20, point 3), in Chromium at 1366 × 768: antd's styles for
// the register's components are already there (drawn at idle time after login, renderer/shell/StyleWarmup.tsx),
// and the list does not jump down when the count arrives.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedCarriers } from '../../electron/core/carriers/demo';
import { CLERK, login, shot, startApp } from './app';

function rngFrom(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Resolves once the page has been idle twice over: the warm-up's own idle callback has run and rendered. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const twice = () => requestIdleCallback(() => setTimeout(resolve, 100), { timeout: 3_000 });
        requestIdleCallback(twice, { timeout: 3_000 });
      }),
  );

describe('the first register open after login, in Chromium', () => {
  it('asks antd for no new styles and keeps the list where it is when the count arrives', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    seedCarriers(core.session().db, { count: 120, rng: rngFrom(7), now: new Date() });
    await dispatcher.dispatch('session:lock', {});
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).waitFor();
    await idle(page);

    // Every <style> in the head before the open; the open must add none (without the warm-up it added 32).
    await page.evaluate(() => {
      (globalThis as unknown as { seen: Set<Element> }).seen = new Set(
        document.head.querySelectorAll('style'),
      );
    });
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.getByText('共 120 条').waitFor();
    const added = await page.evaluate(() =>
      [...document.head.querySelectorAll('style')]
        .filter((s) => !(globalThis as unknown as { seen: Set<Element> }).seen.has(s))
        .map((s) => (s.textContent ?? '').slice(0, 80)),
    );
    expect(added).toEqual([]);

    // The count shown while it is read ("共 0 条") and a large one take the same room, so the toolbar wraps
    // (or not) the same way before and after, and the list below it stays put. At 1366 the carriers toolbar
    // keeps to two lines (search; filters and buttons) even with "共 100,000 条" (it took three).
    const withCount = (text: string) =>
      page.evaluate((t) => {
        const total = document.querySelector('.register-total') as HTMLElement;
        total.textContent = t;
        return {
          width: total.getBoundingClientRect().width,
          top: document.querySelector('.register-scroll')?.getBoundingClientRect().top ?? NaN,
          toolbar: document.querySelector('.register-toolbar')?.getBoundingClientRect().height ?? NaN,
        };
      }, text);
    const small = await withCount('共 0 条');
    const large = await withCount('共 100,000 条');
    expect(large.width).toBe(small.width);
    expect(large.top).toBe(small.top);
    expect(large.toolbar).toBeLessThan(3 * 30);
    await shot(page, 'register-cold-1366');
  });
});
