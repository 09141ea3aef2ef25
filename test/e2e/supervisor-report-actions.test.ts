// The bureau's overview in Chromium (issue 25, points 7 and 8): the 报送周期与提醒 card sets the overdue-loan
// threshold (and refuses one out of bounds in Chinese); the 汇总表 card writes the xlsx to a chosen folder and
// opens the print route, whose 导出 PDF saves the 下级单位保密工作情况汇总表 with the unit not reported named.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../scripts/chromium-bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { openSite, SUPERVISOR, tickingClock } from '../electron/core/exchange/helpers';
import { tempDir } from '../helpers/temp';
import { CLERK, login, shot, startApp } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

describe('the supervisor’s 汇总表 and thresholds in Chromium', () => {
  it('sets the loan threshold, writes the xlsx and saves the PDF from the overview', async () => {
    // The silent unit is registered on 2026-07-20 with a 15-day interval: by 2026-08-10 its first report is
    // overdue (从未报送). (Further back, the clerk's password would have expired by then.)
    const clock = tickingClock('2026-07-20');
    const sup = await startApp({
      setUp: true,
      unit: SUPERVISOR,
      mode: 'supervisor',
      route: 'reg/exchange',
      clock,
    });
    await call(sup, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const silent = await openSite({ name: '某市气象局', unitCode: '11110000MB0000017X' });
    const key = await silent.call('keys:exportPublic', { outPath: silent.dir });
    await call(sup, 'exchange:importKey', {
      path: key.path,
      fingerprint: key.fingerprint,
      role: 'subordinate',
    });
    await call(sup, 'exchange:setDefaults', { reportIntervalDays: 15 });
    clock.set('2026-08-10');
    await call(sup, 'session:lock', {});

    const page = sup.page;
    await page.setViewportSize({ width: 1366, height: 860 });
    await login(page);
    const card = page.locator('.ant-card').filter({ hasText: '报送周期与提醒' });
    const threshold = card.getByLabel('逾期未归还提醒阈值（件）');
    await threshold.fill('20000');
    await card.getByRole('button', { name: '保存' }).click();
    await card.getByText('逾期未归还提醒阈值不超过 10000 件').waitFor();
    await threshold.fill('3');
    await card.getByRole('button', { name: '保存' }).click();
    await card.getByText('逾期未归还 3 件以上提醒').waitFor();
    expect((await call(sup, 'exchange:defaults', {})).overdueLoanAlert).toBe(3);

    const report = page.locator('.ant-card').filter({ hasText: '下级单位保密工作情况汇总表' }).first();
    const xlsxDir = tempDir('baomi-supx-');
    await report.getByLabel('汇总表 Excel 保存位置').fill(xlsxDir);
    await report.getByRole('button', { name: '导出 Excel' }).click();
    await report.getByText('已导出 1 个单位的汇总表').waitFor();
    await shot(page, 'supervisor-report-actions');
    expect(readdirSync(xlsxDir)).toEqual([expect.stringMatching(/^下级单位保密工作情况汇总表-.*\.xlsx$/)]);

    await report.getByRole('button', { name: '打印或导出 PDF' }).click();
    await page.getByText(/未按期报送：某市气象局/).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdfDir = tempDir('baomi-supp-');
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByLabel('保存到文件夹').fill(pdfDir);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('已导出').waitFor();
    await shot(page, 'supervisor-report-print');
    // The foot is dated by the app's clock (the core's day), not the machine's.
    await page.getByText('打印日期：2026年8月10日').waitFor();
    // The on-screen preview is the landscape sheet, whole: the table inside the sheet, nothing sideways.
    for (const [width, height] of [
      [1366, 860],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      const fit = await page.evaluate(() => {
        const sheet = document.querySelector('.print-sheet') as HTMLElement;
        const table = sheet.querySelector('table') as HTMLElement;
        const root = document.scrollingElement as HTMLElement;
        return {
          tableInside: table.getBoundingClientRect().right <= sheet.getBoundingClientRect().right + 0.5,
          sheetInside: sheet.getBoundingClientRect().right <= root.clientWidth + 0.5,
          sideways: root.scrollWidth > root.clientWidth + 1,
        };
      });
      await shot(page, `supervisor-report-print-${width}`);
      expect(fit).toEqual({ tableInside: true, sheetInside: true, sideways: false });
    }
    const files = readdirSync(pdfDir);
    expect(files).toHaveLength(1);
    const text = execFileSync('pdftotext', [join(pdfDir, files[0] as string), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
    expect(text).toContain('下级单位保密工作情况汇总表');
    expect(text).toContain('未按期报送：某市气象局');
    expect(text).not.toContain('导出PDF');
    expect(text).toContain('打印日期：2026年8月10日');
    silent.core.detach();
  }, 240_000);
});
