// xlsx export of the register's current view: every matching row (not only the page), the view's order,
// Chinese headers, dates as YYYY-MM-DD, written where the clerk said and recorded in the audit log.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { desc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../../db/schema';
import { tempDir } from '../../../helpers/temp';
import { openDesk, produced, received } from './helpers';

async function readSheet(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('涉密载体台账');
  if (!ws) throw new Error('sheet missing');
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  // Rows 1 and 2: the unit's title and the export time with the view; the headings are on row 3.
  return out.slice(2);
}

describe('carriers:exportXlsx', () => {
  it('writes every row of the filtered, searched and sorted view with Chinese headers and ISO dates', async () => {
    const desk = await openDesk();
    for (let i = 1; i <= 7; i++) {
      await desk.call(
        'carriers:register',
        received({ name: `保密检查通知第${i}号`, docNo: `省保办〔2026〕${i}号` }),
      );
    }
    await desk.call('carriers:register', produced());
    const dir = tempDir('baomi-xlsx-');
    const r = await desk.call('carriers:exportXlsx', {
      outPath: dir,
      filters: { level: 'secret' },
      search: '通知',
      sort: { field: 'name', order: 'asc' },
    });
    expect(r.rows).toBe(7);
    expect(r.path).toBe(join(dir, '涉密载体台账-2026-06-15.xlsx'));
    const rows = await readSheet(r.path);
    expect(rows[0]?.slice(0, 5)).toEqual(['序号', '编号', '密级', '名称', '文号']);
    expect(rows).toHaveLength(8);
    expect(rows.slice(1).map((x) => x[3])).toEqual(
      Array.from({ length: 7 }, (_, i) => `保密检查通知第${i + 1}号`),
    );
    const header = rows[0] ?? [];
    const first = rows[1] ?? [];
    expect(first[header.indexOf('密级')]).toBe('机密');
    expect(first[header.indexOf('制发日')]).toBe('2026-05-20');
    expect(first[header.indexOf('登记日期')]).toBe('2026-06-01');
    expect(first[header.indexOf('保管人')]).toBe('王丽');

    const last = desk.core.session().db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
    expect(last?.action).toBe('carriers_export_xlsx');
  });

  it('exports the whole register when nothing is filtered, and a two-character search finds its rows', async () => {
    const desk = await openDesk();
    for (let i = 0; i < 3; i++) await desk.call('carriers:register', received({ name: `保密工作要点${i}` }));
    await desk.call('carriers:register', produced({ name: '年度自查报告' }));
    const dir = tempDir('baomi-xlsx-');
    const all = await desk.call('carriers:exportXlsx', { outPath: join(dir, '全部.xlsx') });
    expect(all.rows).toBe(4);
    expect(await readSheet(all.path)).toHaveLength(5);
    const two = await desk.call('carriers:exportXlsx', { outPath: join(dir, '要点.xlsx'), search: '要点' });
    expect(two.rows).toBe(3);
  });

  it('never overwrites a file and never writes into a folder that does not exist', async () => {
    const desk = await openDesk();
    await desk.call('carriers:register', received());
    const dir = tempDir('baomi-xlsx-');
    await desk.call('carriers:exportXlsx', { outPath: join(dir, 'a.xlsx') });
    const again = await desk.refused('carriers:exportXlsx', { outPath: join(dir, 'a.xlsx') });
    expect(again.code).toBe('CONFLICT');
    const missing = await desk.refused('carriers:exportXlsx', { outPath: join(dir, 'nope', 'b.xlsx') });
    expect(missing.code).toBe('NOT_FOUND');
    expect(existsSync(join(dir, 'nope'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
