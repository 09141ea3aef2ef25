// Bench of issue 18: importing 10,000 carrier rows from an xlsx (preview + write, target ≤ 3 s), on a fresh
// encrypted database. Not a test: `npx tsx scripts/bench/xlsx-import.ts [rows]` prints one JSON line per phase.
import { BENCH_SETUP, wallAndCpu } from './bench-unit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { AppCore } from '../../electron/core/app-core';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';

const n = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'baomi-bench-xlsx-'));
const LEVELS = ['秘密★10年', '机密★20年', '秘密★5年'];
const PLACES: Record<string, string> = { 秘: '机要室5号保密柜', 机: '机要室3号保密柜' };

async function main(): Promise<void> {
  const core = new AppCore({ dbPath: join(dir, 'bench.db') });
  const api = createDispatcher(core, allHandlers(), (e) => console.error(e));
  const setup = await api.dispatch('session:setup', BENCH_SETUP);
  if (!setup.ok) throw new Error(setup.error.message);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['某市档案局涉密载体台账']);
  ws.mergeCells(1, 1, 1, 10);
  ws.addRow([
    '序号',
    '文件资料名称',
    '文号或编号',
    '密级',
    '份数',
    '所属部门',
    '保管人',
    '制发日期',
    '页数',
    '存放地点',
  ]);
  for (let i = 1; i <= n; i++) {
    const level = LEVELS[i % 3] as string;
    const m = (i % 12) + 1;
    ws.addRow([
      i,
      `关于保密工作的通知第${i}号`,
      `保办〔2023〕${i}号`,
      level,
      (i % 3) + 1,
      ['办公室', '档案科', '机要科'][i % 3],
      '王丽',
      i % 2 ? `2023.${m}.5` : `2023年${m}月6日`,
      4,
      PLACES[level[0] as string],
    ]);
  }
  const path = join(dir, 'carriers.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));

  const time = async (name: string, fn: () => Promise<unknown>) => {
    const { value: r, ms, cpu_ms } = await wallAndCpu(fn);
    process.stdout.write(`${JSON.stringify({ name, n, ms, cpu_ms })}\n`);
    return r;
  };
  const input = { register: 'carriers', path, createDepartments: true };
  const p = (await time('xlsx_import_preview', () => api.dispatch('xlsx:preview', input))) as {
    ok: boolean;
    value?: { valid: number; errors: unknown[] };
  };
  if (!p.ok || p.value?.valid !== n) throw new Error(`preview: ${JSON.stringify(p).slice(0, 400)}`);
  const r = (await time('xlsx_import_write', () => api.dispatch('xlsx:import', input))) as {
    ok: boolean;
    value?: { imported: number };
  };
  if (!r.ok || r.value?.imported !== n) throw new Error(`import: ${JSON.stringify(r).slice(0, 400)}`);
  core.detach();
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
