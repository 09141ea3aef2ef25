// The supervisor's alerts on the home page (issue 25, point 8) in Chromium: a unit whose data is long overdue and
// a unit with a loan past due (the bureau's threshold set to 1) each show as an alert, and 前往处理 lands on that
// unit: the exchange page opens with that unit's drawer.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { lendCopy12, received } from '../electron/core/carriers/helpers';
import { exportTo, openSite, SUPERVISOR, tickingClock, type Site } from '../electron/core/exchange/helpers';
import { CLERK, login, shot, startApp } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

async function registered(sup: Bridge, name: string, unitCode: string): Promise<Site> {
  const unit = await openSite({ name, unitCode });
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
  return unit;
}

async function report(sup: Bridge, unit: Site): Promise<void> {
  const p = await exportTo(unit, SUPERVISOR.unitCode, 'full');
  await call(sup, 'exchange:import', { path: p.path, receiptOutPath: dirname(sup.core.dbPath) });
}

describe('the supervisor’s alerts in Chromium', () => {
  it('an overdue unit and a unit with loans past due are alerts that land on their unit', async () => {
    const sup = await startApp({
      setUp: true,
      unit: SUPERVISOR,
      mode: 'supervisor',
      route: 'home',
      clock: tickingClock('2026-08-10'),
    });
    await call(sup, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const late = await registered(sup, '某市气象局', '11110000MB0000017X');
    await late.call('carriers:register', received());
    await report(sup, late);
    const lending = await registered(sup, '某市统计局', '11110000MB0000011X');
    const c = await lending.call('carriers:register', received());
    await lending.call('carriers:borrow', {
      ...lendCopy12(c.id),
      exception: { reason: '起草整改方案，经局长同意' },
    });
    lending.clock.set('2026-08-05');
    await report(sup, lending);
    await call(sup, 'exchange:setDefaults', { overdueLoanAlert: 1 });
    await call(sup, 'session:lock', {});

    const page = sup.page;
    await page.setViewportSize({ width: 1366, height: 860 });
    await login(page);
    const reminders = page.locator('.ant-card').filter({ hasText: '待办提醒' });
    const overdue = reminders.locator('.ant-list-item').filter({ hasText: '某市气象局逾期未报送' });
    await overdue.waitFor();
    const loans = reminders.locator('.ant-list-item').filter({ hasText: '某市统计局逾期未归还 1 件' });
    await loans.waitFor();
    expect(await reminders.innerText()).not.toContain('某市统计局逾期未报送');
    await shot(page, 'supervisor-alerts-home');

    await overdue.getByRole('button', { name: '前往处理' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('某市气象局（11110000MB0000017X）').waitFor();
    await shot(page, 'supervisor-alert-landed');
    await drawer.getByRole('tab', { name: '整改、事件与培训' }).click();
    await drawer.getByText('该单位尚未报送检查发现问题').waitFor();
    await shot(page, 'supervisor-unit-issues');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await page.keyboard.press('Alt+H');
    await loans.getByRole('button', { name: '前往处理' }).click();
    await page.locator('.ant-drawer-open').getByText('某市统计局（11110000MB0000011X）').waitFor();
    for (const u of [late, lending]) u.core.detach();
  }, 240_000);
});
