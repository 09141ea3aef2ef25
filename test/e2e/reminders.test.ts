// The home page's reminders take the clerk where she acts on them (issue 13, point 6): a persons reminder and a
// travel reminder each have 前往处理, and it opens their register. Their targets used to have no route, so the
// button was missing; a reminder's target is now a page id, and every page id has a route.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, shot, startApp } from './app';
import { ok, postedPerson } from './persons-data';

/** A local calendar day `n` days before today, as the core writes dates. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const approval = (decidedAt: string, name: string) => ({
  approver: { type: 'person', name, title: '主任' },
  decidedAt,
});

/** The reminder whose title contains `text`, and its 前往处理 button. */
function reminder(page: Page, text: string) {
  const item = page.locator('.home-card .ant-list-item').filter({ hasText: text });
  return { item, go: item.getByRole('button', { name: '前往处理' }) };
}

describe('reminders on the home page in Chromium', () => {
  it('a persons reminder and a travel reminder have 前往处理, and it opens their register', async () => {
    const bridge = await startApp({ setUp: true });
    const { page } = bridge;
    await login(page);
    await page.getByTestId('unit-name').waitFor();

    // A person in post without this year's 保密责任书, and a trip back 10 days ago not yet reported.
    const p = await postedPerson(bridge, daysAgo(60));
    const trip = await ok<{ id: number }>(bridge, 'travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: daysAgo(30),
      plannedDepartOn: daysAgo(20),
      plannedReturnOn: daysAgo(10),
    });
    await ok(bridge, 'travel:decide', {
      travelId: trip.id,
      step: 'dept_leader',
      approval: approval(daysAgo(29), '赵敏'),
    });
    await ok(bridge, 'travel:decide', {
      travelId: trip.id,
      step: 'committee',
      approval: approval(daysAgo(28), '李建国'),
    });
    await ok(bridge, 'travel:educate', { travelId: trip.id, educatedOn: daysAgo(25), educatedBy: '王丽' });
    await ok(bridge, 'persons:pledge', {
      personId: p.id,
      kind: 'travel',
      signedOn: daysAgo(25),
      travelId: trip.id,
    });
    await ok(bridge, 'travel:depart', { travelId: trip.id, departedOn: daysAgo(20) });

    await page.reload();
    const letter = reminder(page, '尚未签订');
    const travel = reminder(page, '已过返回日期');
    await letter.item.waitFor();
    await travel.item.waitFor();
    expect(await letter.go.count()).toBe(1);
    expect(await travel.go.count()).toBe(1);
    await shot(page, 'home-reminders-persons-travel');

    await letter.go.click();
    await page.waitForURL(/#\/reg\/persons$/);
    await page.locator('.ant-table-row').getByText('张建华').waitFor();
    expect(await page.getByText('涉密人员：尚未开放').count()).toBe(0);

    await page.keyboard.press('Alt+h');
    await travel.go.click();
    await page.waitForURL(/#\/reg\/private_travel$/);
    await page.locator('.ant-table-row').getByText('日本').waitFor();
    await shot(page, 'home-reminder-opens-travel');
    expect(bridge.blocked).toEqual([]);
  }, 180_000);
});
