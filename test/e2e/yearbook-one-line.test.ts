// The year book's rows that lie on one line are not laid out to be measured (bookPages.ts, oneLine.ts): their
// height is the single-line row's, told from their characters' widths. A year with long names among short ones
// (a long title, a long unbroken code, a title with a line break): only those rows are laid out, and once every
// page block of the book is laid out, none is fuller than a page may be — an estimate too short would show here.
import { describe, expect, it } from 'vitest';
import { today } from '../../electron/core/util/dates';
import { shot } from './app';
import { bookUnit } from './yearbook-unit';

/** paginate.ts's PAGE_CAPACITY_PX: (A4 landscape's page area less the 6 mm spare) in CSS px. */
const CAPACITY_PX = ((210 - 20 - 18 - 6) * 96) / 25.4;

describe('年度保密工作台账：单行的行不逐行测量', () => {
  it('one_line_rows_unmeasured: only rows that may wrap are laid out, and every page still fits', async () => {
    const { bridge, page, core, db } = await bookUnit(2000);
    // Forty carriers in a row with names that wrap: full pages of tall rows, where a short estimate overfills.
    const long = [
      '关于进一步加强和改进新形势下国家秘密载体管理工作若干问题的通知及其附件一至附件三的汇编本（送审稿）',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ',
      '年度保密工作要点\n（第二次修订稿）',
    ];
    const rename = db.$client.prepare('UPDATE carriers SET name = ? WHERE id = ?');
    const ids = db.$client.prepare('SELECT id FROM carriers ORDER BY id LIMIT 40 OFFSET 100').all() as {
      id: number;
    }[];
    ids.forEach(({ id }, i) => rename.run(long[i % long.length], id));
    const year = Number(today(core.clock).slice(0, 4));

    await bridge.open(`print/yearbook/${year}`);
    await page.locator('.yearbook-contents[data-paged="done"]').waitFor({ timeout: 120_000 });
    await shot(page, 'yearbook-one-line-preview');
    const laidOut = Number(await page.locator('[data-rows-laid-out]').getAttribute('data-rows-laid-out'));
    const rows = await page.locator('.yearbook-section tbody tr').count();

    // Every page block laid out on screen at once: none holds more than a page may, and the rows that wrap.
    const fullest = await page.evaluate(() => {
      const show = document.head.appendChild(document.createElement('style'));
      show.textContent = '.yearbook-section > .yearbook-page-more { display: block !important; }';
      const heights = Array.from(document.querySelectorAll<HTMLElement>('.yearbook-page'), (pg) => {
        let h = 0;
        for (const c of Array.from(pg.children)) {
          if (c.matches('.no-print, .yearbook-folio')) continue;
          const st = getComputedStyle(c);
          h += c.getBoundingClientRect().height + parseFloat(st.marginTop) + parseFloat(st.marginBottom);
        }
        return h;
      });
      // Rows taller than a single line (every section's cells have the one font and padding): the ones that wrap.
      const all = Array.from(
        document.querySelectorAll('.yearbook-section tbody tr'),
        (r) => r.getBoundingClientRect().height,
      );
      const one = Math.min(...all);
      const wrapping = all.filter((h) => h > one + 1).length;
      const tallest = Math.max(...all);
      show.remove();
      return { page: Math.max(...heights), row: tallest, wrapping };
    });
    // The long names do wrap; every row that wraps was laid out and measured, and no more than may wrap.
    expect(fullest.row).toBeGreaterThan(40);
    expect(laidOut).toBeGreaterThanOrEqual(Math.max(ids.length, fullest.wrapping));
    expect(laidOut - fullest.wrapping).toBeLessThanOrEqual(Math.ceil(rows / 20));
    expect(laidOut).toBeLessThan(rows);
    expect(fullest.page).toBeLessThanOrEqual(CAPACITY_PX);
  }, 180_000);
});
