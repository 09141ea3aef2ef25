// A 整改通知 imported in Chromium (issue 25, point 6): the bureau wrote it for the unit from the unit's own
// package; the clerk picks the .bmn on the 上级单位通知 tab, sees it imported and where it landed, follows
// 查看整改 to the checks register and finds each finding there with the bureau's deadline; a second import of
// the same file is refused in Chinese.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { MEDIA, SUPERVISOR } from '../electron/core/exchange/helpers';
import { RECTIFICATION } from '../electron/core/supervisor/notice-helpers';
import { CLERK, login, shot, startApp, UNIT } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

async function introduce(from: Bridge, to: Bridge, role: 'supervisor' | 'subordinate') {
  const key = await call(from, 'keys:exportPublic', { outPath: dirname(from.core.dbPath) });
  await call(to, 'exchange:importKey', { path: key.path, fingerprint: key.fingerprint, role });
}

describe('notice imported in Chromium', () => {
  it('notice_import_findings: the clerk imports a 整改通知 and sees its findings in the checks register', async () => {
    const unit = await startApp({ setUp: true, route: 'reg/exchange' });
    const sup = await startApp({ setUp: true, unit: SUPERVISOR, mode: 'supervisor' });
    for (const b of [unit, sup])
      await call(b, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    await introduce(unit, sup, 'subordinate');
    await introduce(sup, unit, 'supervisor');
    const pkg = await call(unit, 'exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'full',
      outPath: dirname(unit.core.dbPath),
      media: MEDIA,
    });
    await call(sup, 'exchange:import', { path: pkg.path, receiptOutPath: dirname(sup.core.dbPath) });
    const later = (d: string) => `2099${d.slice(4)}`;
    const notice = await call(sup, 'exchange:writeNotice', {
      unitCode: UNIT.unitCode,
      outPath: dirname(sup.core.dbPath),
      content: {
        ...RECTIFICATION,
        findings: RECTIFICATION.findings.map((f) => ({ ...f, deadline: later(f.deadline) })),
      },
    });

    await call(unit, 'session:lock', {});
    const page = unit.page;
    await login(page);
    await page.getByRole('heading', { name: '报送与接收' }).waitFor();
    await page.getByRole('tab', { name: '上级单位通知' }).click();
    await page.getByLabel('通知文件').fill(notice.path);
    await page.getByRole('button', { name: '导入通知' }).click();
    await page.getByText('已导入第 1 号通知（整改通知）：2026年度保密检查整改通知').waitFor();
    await page.getByText('已登记为上级检查，2 个问题列入整改').first().waitFor();
    await shot(page, 'notice-imported');

    await page.getByRole('button', { name: '查看整改' }).click();
    await page.getByRole('heading', { name: '保密检查与整改' }).waitFor();
    await page.getByRole('tab', { name: '问题整改' }).click();
    await page.getByText('涉密载体台账与实物不符 2 件').first().waitFor();
    await page.getByText('新进涉密人员未参加岗前培训').first().waitFor();
    expect(await page.getByText('2099-08-15').count()).toBeGreaterThan(0);
    await shot(page, 'notice-findings-board');
    // Back on the tab, the same file again: refused, in Chinese.
    await page.goBack();
    await page.getByRole('tab', { name: '上级单位通知' }).click();
    await page.getByLabel('通知文件').fill(notice.path);
    await page.getByRole('button', { name: '导入通知' }).click();
    await page.getByText(/上级单位的第 1 号通知已于 .* 导入过，不能重复导入/).waitFor();
    await shot(page, 'notice-replay-refused');

    // At the bureau: the unit's drawer lists the notice, not yet shown received (no package since).
    await call(sup, 'session:lock', {});
    const bureau = sup.page;
    await login(bureau);
    await bureau.evaluate(() => {
      window.location.hash = '#/reg/exchange';
    });
    await bureau.getByRole('heading', { name: '报送与接收' }).waitFor();
    await bureau.getByRole('tab', { name: '下级单位报送' }).click();
    await bureau.getByRole('link', { name: UNIT.name }).first().click();
    await bureau.getByRole('tab', { name: '通知', exact: true }).click();
    await bureau.getByText('2026年度保密检查整改通知').first().waitFor();
    await bureau.getByText('已发出，未见回复').first().waitFor();
    await bureau.getByRole('radio', { name: '离岗离职意见' }).click();
    await bureau.getByLabel('离岗离职手续').waitFor();
    await shot(bureau, 'notice-bureau-drawer');
  });
});
