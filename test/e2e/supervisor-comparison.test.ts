// The bureau's main screen in Chromium (issue 25): 8 units report (one long ago, one never), the comparison table
// shows one row per unit with its figures and states in 中文, and everything is done from the keyboard — filter,
// sort, open a unit, read its package history, close — at 1366 × 860 and at 1024 × 700.
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { received } from '../electron/core/carriers/helpers';
import { exportTo, openSite, SUPERVISOR, tickingClock, type Site } from '../electron/core/exchange/helpers';
import { CLERK, login, shot, startApp } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

const NAMES = [
  '某市档案局',
  '某市统计局',
  '某市财政局',
  '某市教育局',
  '某市水务局',
  '某市审计局',
  '某市商务局',
  '某市气象局',
];

async function unitReporting(sup: Bridge, i: number): Promise<Site> {
  const unit = await openSite({ name: NAMES[i] as string, unitCode: `11110000MB00000${10 + i}X` });
  const key = await unit.call('keys:exportPublic', { outPath: unit.dir });
  await call(sup, 'exchange:importKey', {
    path: key.path,
    fingerprint: key.fingerprint,
    role: 'subordinate',
  });
  const supKey = await call(sup, 'keys:exportPublic', { outPath: dirname(sup.core.dbPath) });
  await unit.call('exchange:importKey', {
    path: supKey.path,
    fingerprint: supKey.fingerprint,
    role: 'supervisor',
  });
  if (i === 6) return unit; // 某市商务局 never reports
  for (let n = 0; n <= i % 3; n++) {
    await unit.call(
      'carriers:register',
      received({
        name: `第${n + 1}号通知`,
        docNo: `省保办〔2026〕${n + 1}号`,
        level: n ? 'confidential' : 'secret',
      }),
    );
  }
  // 某市气象局 reported long ago; 某市审计局's data is 26 days old (due soon).
  if (i === 7) unit.clock.set('2026-05-01');
  if (i === 5) unit.clock.set('2026-05-25');
  const p = await exportTo(unit, SUPERVISOR.unitCode, 'full');
  await call(sup, 'exchange:import', { path: p.path, receiptOutPath: dirname(sup.core.dbPath) });
  return unit;
}

async function rowNames(page: Page): Promise<string[]> {
  return page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
}

async function noPageOverflow(page: Page): Promise<void> {
  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(wide).toBeLessThanOrEqual(0);
}

describe('the comparison table in Chromium', () => {
  it('8 units, keyboard only, at 1366 × 860 and 1024 × 700', async () => {
    const clock = tickingClock('2026-06-20');
    const sup = await startApp({
      setUp: true,
      unit: SUPERVISOR,
      mode: 'supervisor',
      route: 'reg/exchange',
      clock,
    });
    await call(sup, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const units: Site[] = [];
    for (let i = 0; i < 8; i++) {
      // 某市商务局, which never reports, was registered long enough ago for its first report to be overdue.
      clock.set(i === 6 ? '2026-05-01' : '2026-06-20');
      units.push(await unitReporting(sup, i));
    }
    clock.set('2026-06-20');
    await call(sup, 'session:lock', {});

    const page = sup.page;
    await page.setViewportSize({ width: 1366, height: 860 });
    await login(page);
    const table = page.locator('.ant-card').filter({ hasText: '下级单位保密工作情况对比' });
    await table.getByRole('link', { name: '某市档案局' }).waitFor();
    expect(await rowNames(page)).toHaveLength(8);
    const text = await table.innerText();
    for (const label of ['逾期未报', '从未报送', '即将到期', '按时', '机密 1', '秘密 1', '载体（按密级）']) {
      expect(text).toContain(label);
    }
    // No raw code on screen.
    for (const code of ['overdue', 'never', 'secret', 'confidential', 'full'])
      expect(text).not.toContain(code);
    await shot(page, 'supervisor-comparison-1366');

    // Filter by typing, then clear it, from the keyboard.
    const filter = page.getByLabel('按单位名称或代码筛选');
    await filter.focus();
    await page.keyboard.type('气象');
    expect(await rowNames(page)).toEqual(['某市气象局']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await rowNames(page)).toHaveLength(8);

    // Sort by days since the data date: Enter on the header, twice for the longest first.
    const header = table.getByRole('columnheader', { name: /距今/ });
    await header.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await rowNames(page))[0]).toBe('某市气象局');

    // Open a unit from its name, read its package history, close with Escape.
    await table.getByRole('link', { name: '某市气象局' }).focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('某市气象局（11110000MB0000017X）').waitFor();
    await drawer.getByRole('tab', { name: '台账（只读）' }).waitFor();
    await drawer.getByText('第2号通知').waitFor();
    // Search the register from the keyboard.
    await drawer.getByLabel('在该台账中查找').focus();
    await page.keyboard.type('第1号');
    await page.keyboard.press('Enter');
    await drawer.getByText('共 1 条').waitFor();
    await shot(page, 'supervisor-unit-records-1366');
    await drawer.getByRole('tab', { name: '台账（只读）' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await drawer.getByText('已导入').waitFor();
    await shot(page, 'supervisor-unit-packages-1366');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.setViewportSize({ width: 1024, height: 700 });
    await table.getByRole('link', { name: '某市档案局' }).waitFor();
    await noPageOverflow(page);
    await shot(page, 'supervisor-comparison-1024');

    // 跨单位查找 from the keyboard: a title across every unit, each hit naming its unit.
    const search = page.getByLabel('跨单位查找：载体编号、名称或人员姓名');
    await search.focus();
    await page.keyboard.type('第3号通知');
    await page.keyboard.press('Enter');
    const found = page.locator('.ant-card').filter({ hasText: '跨单位查找' });
    await found.getByText('“第3号通知”共找到 2 条').waitFor();
    const hits = await found.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
    expect(hits.map((h) => h.split('\t')[0]).sort()).toEqual(
      ['某市财政局（11110000MB0000012X）', '某市审计局（11110000MB0000015X）'].sort(),
    );
    expect(hits.join('\n')).toContain('涉密载体');
    await noPageOverflow(page);
    await found.scrollIntoViewIfNeeded();
    await shot(page, 'supervisor-search-1024');
    for (const u of units) u.core.detach();
  }, 240_000);
});
