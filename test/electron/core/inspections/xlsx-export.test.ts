// 整改台账 as xlsx: the findings the board's filter selects, with their state as the board reads it today.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { answerAll, monthlySelfCheck, openDesk } from './helpers';

describe('findings xlsx export', () => {
  it('writes every finding of the filter, with Chinese headers and the 逾期 state, and audits the export', async () => {
    const desk = await openDesk('2026-06-15');
    const { check, departmentId, liu } = await monthlySelfCheck(desk);
    const a = await answerAll(desk, check, [0, 5]);
    for (const f of a.findings)
      await desk.call('inspections:assign', {
        findingId: f.id,
        severity: 'minor',
        departmentId,
        responsiblePersonId: liu.id,
        requirement: '限期整改',
        deadline: '2026-06-20',
      });
    desk.clock.set('2026-06-25');
    const out = join(tempDir('baomi-xlsx-'), '整改台账.xlsx');
    const r = await desk.call('inspections:exportFindings', { outPath: out, openOnly: true });
    expect(r).toEqual({ path: out, rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('整改台账');
    expect(ws?.getRow(3).getCell(5).value).toBe('存在问题');
    expect(ws?.getRow(4).getCell(11).value).toBe('逾期（5 天）');
    expect(ws?.rowCount).toBe(5);
    const last = desk.core
      .session()
      .db.$client.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get();
    expect(last).toBe('findings_export_xlsx');
  });
});
