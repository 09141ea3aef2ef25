// 向上级报送 followed and cancelled in Chromium (issue 20 point 6): a unit of some thousands of carriers writes a
// package; the page shows the bar with the stage and 取消; a cancel leaves no file on the media and no package in
// the log, and the next package is still number 1.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCarriers } from '../../electron/core/carriers/demo';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import type { Bridge } from '../../scripts/chromium-bridge';
import { SUPERVISOR } from '../electron/core/exchange/helpers';
import { CLERK, login, pickName, shot, startApp } from './app';

async function call<C extends Channel>(b: Bridge, channel: C, input: ChannelInput<C>) {
  const r = await b.dispatcher.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

describe('package export as a job in Chromium', () => {
  it('shows the bar with its stage and 取消; a cancel leaves nothing on the media and nothing in the log', async () => {
    const unit = await startApp({ setUp: true });
    const sup = await startApp({ setUp: true, unit: SUPERVISOR, mode: 'supervisor' });
    for (const b of [unit, sup])
      await call(b, 'session:unlock', { username: CLERK.username, password: CLERK.password });
    const key = await call(sup, 'keys:exportPublic', { outPath: dirname(sup.core.dbPath) });
    await call(unit, 'exchange:importKey', {
      path: key.path,
      fingerprint: key.fingerprint,
      role: 'supervisor',
    });
    // Enough of a register that writing the package takes a while, as it does at a real unit.
    let s = 11;
    seedCarriers(unit.core.session().db, {
      count: 25_000,
      rng: () => (s = (s * 48271) % 2147483647) / 2147483647,
      now: unit.core.clock.now(),
    });
    await call(unit, 'session:lock', {});
    const page = unit.page;
    await login(page);
    await page.getByRole('menuitem', { name: '报送与接收' }).click();
    await page.getByRole('heading', { name: '报送与接收' }).waitFor();
    await page.getByRole('tab', { name: '向上级报送' }).click();
    await pickName(page, page, '所属部门', '办公室', { unregistered: true });
    const out = join(dirname(unit.core.dbPath), 'usb');
    mkdirSync(out);
    await page.getByLabel('数据包保存位置').fill(out);
    // The core runs in this process and answers Playwright only between its stages, so the page itself clicks
    // and reads the bar: one round trip per step, whatever the machine's speed.
    const follow = (cancel: boolean) =>
      page.evaluate(async (cancel) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === '生成并写入介质',
        );
        button?.click();
        for (let i = 0; i < 600; i++) {
          const bar = document.querySelector('[role="status"][aria-label="进度"]');
          const stop = bar?.querySelector('button');
          // Stopped as soon as it shows; followed until the bar counts the registers read.
          if (cancel && stop) {
            const seen = bar?.textContent ?? '';
            stop.click();
            return seen;
          }
          if (!cancel && /正在读取台账（\d+\/\d+ 项）/.test(bar?.textContent ?? ''))
            return bar?.textContent ?? '';
          await new Promise((r) => setTimeout(r, 5));
        }
        return null;
      }, cancel);

    expect(await follow(true)).toMatch(/^正在读取台账.*取消$/);
    await page.getByText(/导出已取消：未写入数据包文件，未登记载体，也未占用报送序号/).waitFor();
    await shot(page, 'exchange-export-cancelled');
    expect(readdirSync(out)).toEqual([]);
    expect(await call(unit, 'exchange:outgoing', {})).toEqual([]);

    // Written again, through to the end: the first package, as if nothing had been tried. The bar counts the
    // registers as they are read (caught on screen when the machine is slow enough for the picture).
    if (await follow(false)) await shot(page, 'exchange-export-progress');
    await page.getByText('回读校验通过，可以取出介质。').waitFor({ timeout: 60_000 });
    await page
      .getByText(/第 1 号数据包/)
      .first()
      .waitFor();
    expect(readdirSync(out).filter((f) => f.endsWith('.bmx'))).toHaveLength(1);
  }, 180_000);
});
