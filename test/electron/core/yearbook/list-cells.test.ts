// The lists the registers keep as JSON (知悉范围/分发范围 of a carrier, a meeting's 参会人员, a computer's 硬盘序列号,
// a usage record's 打印内容) print in the year book and its workbook as the clerk wrote them, never as raw JSON.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { YEARBOOK_SECTIONS } from '../../../../db/domain/vocab';
import type { AppCore } from '../../../../electron/core/app-core';
import type { Dispatcher } from '../../../../electron/ipc/dispatch';
import { setUpCore, tempDir } from '../../../helpers/temp';
import { put } from './seed';

let core: AppCore;
let api: Dispatcher;

/** A cell that is a JSON array or object as stored, rather than text for a reader. */
function rawJson(v: unknown): boolean {
  const s = String(v ?? '').trim();
  if (!/^[[{]/.test(s)) return false;
  try {
    return typeof JSON.parse(s) === 'object';
  } catch {
    return false;
  }
}

beforeAll(async () => {
  ({ core, api } = await setUpCore());
  const db = core.session().db;
  const dept = put(db, 'departments', { name: '机要科', sort_order: 1 });
  // Stored exactly as the services store them (JSON.stringify of the form's lists).
  const carrier = (source: string, no: string, range: string[]) =>
    put(db, 'carriers', {
      carrier_no: no,
      name: `文件${no}`,
      source,
      registered_on: '2026-03-01',
      level: 'secret',
      level_rank: 2,
      type: 'paper',
      term_kind: 'period',
      status: 'in_custody',
      class_state: 'classified',
      copy_count: 1,
      need_to_know: JSON.stringify(range),
    });
  carrier('received', 'R1', ['业务二科', '局领导']);
  carrier('produced', 'P1', ['办公室', '业务一科']);
  put(db, 'classified_meetings', {
    kind: 'meeting',
    name: '年度保密工作会',
    level: 'secret',
    starts_on: '2026-04-01',
    ends_on: '2026-04-01',
    attendees: JSON.stringify(['张三', '李四']),
    host_department_id: dept,
  });
  const pc = put(db, 'devices', {
    family: 'device',
    device_no: 'D1',
    kind: 'desktop',
    class: 'classified',
    status: 'in_use',
    level: 'secret',
    registered_on: '2025-01-01',
    disk_serials: JSON.stringify(['WD-001', 'WD-002']),
  });
  put(db, 'device_usage', {
    device_id: pc,
    user_name: '张三',
    started_at: '2026-03-03T09:00:00.000Z',
    prints: 3,
    print_detail: JSON.stringify([
      {
        name: '年度总结',
        docNo: '档发〔2026〕3号',
        level: 'secret',
        copies: 3,
        pagesEach: 5,
        approver: '李局长',
      },
    ]),
    max_level: 'secret',
  });
});

interface Book {
  sections: { id: string; headings: string[]; rows: unknown[][] }[];
}

async function book(): Promise<Book> {
  const r = await api.dispatch('yearbook:book', { year: 2026 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Book;
}

const cell = (b: Book, section: string, heading: string) => {
  const s = b.sections.find((x) => x.id === section);
  const j = s?.headings.indexOf(heading) ?? -1;
  return s?.rows.map((r) => r[j]);
};

describe('年度保密工作台账：以 JSON 保存的清单按登记时的写法打印', () => {
  it('the book prints 知悉范围, 分发范围, 参会人员, 硬盘序列号 and 打印内容 as text, no cell as raw JSON', async () => {
    const b = await book();
    expect(cell(b, 'received', '知悉范围')).toEqual(['业务二科、局领导']);
    expect(cell(b, 'produced', '分发范围')).toEqual(['办公室、业务一科']);
    expect(cell(b, 'classified_meetings', '知悉范围')).toEqual(['张三、李四']);
    expect(cell(b, 'computers', '硬盘序列号')).toEqual(['WD-001、WD-002']);
    expect(cell(b, 'prints', '打印内容')).toEqual(['《年度总结》档发〔2026〕3号 机密 3份×5页 批准人 李局长']);
    const raw = b.sections.flatMap((s) =>
      s.rows
        .flat()
        .filter(rawJson)
        .map((v) => `${s.id}: ${String(v)}`),
    );
    expect(raw).toEqual([]);
  });

  it('the workbook’s sheets carry the same text, no cell as raw JSON', async () => {
    const r = await api.dispatch('yearbook:exportXlsx', { year: 2026, outPath: tempDir() });
    if (!r.ok) throw new Error(r.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((r.value as { path: string }).path);
    const raw: string[] = [];
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          texts.push(String(c.value));
          if (rawJson(c.value)) raw.push(`${ws.name}: ${String(c.value)}`);
        }),
      ),
    );
    expect(raw).toEqual([]);
    expect(texts).toContain('业务二科、局领导');
    expect(texts).toContain('张三、李四');
    const received = wb.worksheets[YEARBOOK_SECTIONS.indexOf('received')];
    expect(received?.getRow(3).getCell(8).value).toBe('知悉范围');
    expect(received?.getRow(4).getCell(8).value).toBe('业务二科、局领导');
  });
});
