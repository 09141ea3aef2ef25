// Importing a clerk's 涉密载体台账 sheet: headings found past a merged title and a blank row, columns mapped by
// their synonyms, values as clerks write them, every row checked by the 登记 form's schema and rules before
// anything is written, one transaction for all rows, and re-importing the same rows adds nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, carriers, departments } from '../../../../db/schema';
import { FTS_KEY } from '../../../../electron/core/carriers/search-query';
import { tempDir } from '../../../helpers/temp';
import { openDesk, received } from '../carriers/helpers';
import { readCells, registerDigest, writeSheet } from './sheets';

const HEADINGS = [
  '序号',
  '文件资料名称',
  '文号或编号',
  '密级',
  '份数',
  '所属部门',
  '保管人',
  '制发日期',
  '页数或容量',
  '存放地点',
];

/** Six rows of a real-looking ledger; rows 6 and 8 of the sheet are wrong (an unknown level, 2月30日). */
function ledgerRows(bad = true) {
  return [
    [
      1,
      '关于做好保密检查工作的通知',
      '省保办〔2023〕12号',
      '机密★10年',
      2,
      '办公室',
      '王  丽',
      '2023.5.6',
      8,
      '机要室3号保密柜',
    ],
    [
      2,
      '年度保密工作要点',
      '市保办〔2023〕３号',
      '秘密★５年',
      '第1-3份',
      '办公室',
      '王丽',
      '2023年6月1日',
      '１２',
      '机要室5号保密柜',
    ],
    [
      3,
      '保密工作会议纪要',
      '市保办〔2023〕4号',
      bad ? '特别机密' : '秘密★5年',
      1,
      '办公室',
      '王丽',
      '2023/7/8',
      3,
      '机要室5号保密柜',
    ],
    [
      4,
      '涉密项目资料光盘',
      '项目〔2023〕1号',
      '秘密*十年',
      '１',
      '档案科',
      '赵敏',
      45052,
      '650MB',
      '机要室5号保密柜',
    ],
    [
      5,
      '保密检查整改报告',
      '档保〔2023〕5号',
      '秘密★5年',
      2,
      '档案科',
      '赵敏',
      bad ? '2023年2月30日' : '2023年3月1日',
      6,
      '机要室5号保密柜',
    ],
    [
      6,
      '定密工作通知',
      '省保办〔2023〕20号',
      '机密★20年',
      '12、13',
      '办公室',
      '王丽',
      '20230915',
      4,
      '机要室3号保密柜',
    ],
  ];
}

async function clerkSheet(dir: string, bad = true): Promise<string> {
  return writeSheet(dir, '载体台账.xlsx', HEADINGS, ledgerRows(bad), {
    title: '某市档案局涉密载体登记台账（2023年）',
  });
}

describe('xlsx:preview of a clerk-written 涉密载体台账', () => {
  it('finds the headings past the merged title, maps the synonyms and names each bad row by row and column', async () => {
    const desk = await openDesk();
    const path = await clerkSheet(tempDir());
    const before = registerDigest(desk.core.session().db);
    const p = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    expect(p.headingRow).toBe(3);
    const key = (h: string) => p.mapping.find((m) => m.heading === h)?.key;
    expect(key('文件资料名称')).toBe('name');
    expect(key('文号或编号')).toBe('docNo');
    expect(key('所属部门')).toBe('department');
    expect(key('页数或容量')).toBe('pages');
    expect(key('序号')).toBeNull();
    expect(p.rows).toBe(6);
    expect(p.valid).toBe(4);
    expect(p.errors).toEqual([
      { row: 6, column: '密级', reason: expect.stringContaining('特别机密') },
      { row: 8, column: '制发日期', reason: expect.stringContaining('不是有效日期') },
    ]);
    expect(p.newDepartments.sort()).toEqual(['办公室', '档案科']);
    expect(p.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(registerDigest(desk.core.session().db)).toBe(before);
  });

  it('a sheet with bad rows writes nothing, the registers stay byte-for-byte the same', async () => {
    const desk = await openDesk();
    const path = await clerkSheet(tempDir());
    const db = desk.core.session().db;
    const before = registerDigest(db);
    const auditBefore = db.select().from(auditLog).all().length;
    const r = await desk.call('xlsx:import', { register: 'carriers', path, createDepartments: true });
    expect(r.written).toBe(false);
    expect(r.imported).toBe(0);
    expect(r.errors.map((e) => e.row)).toEqual([6, 8]);
    expect(registerDigest(db)).toBe(before);
    expect(db.select().from(auditLog).all().length).toBe(auditBefore);
  });

  it('imports the valid rows only when asked, in one audited write with the file SHA-256 and the count', async () => {
    const desk = await openDesk();
    const path = await clerkSheet(tempDir());
    const r = await desk.call('xlsx:import', {
      register: 'carriers',
      path,
      validOnly: true,
      createDepartments: true,
    });
    expect(r.written).toBe(true);
    expect(r.imported).toBe(4);
    const db = desk.core.session().db;
    const rows = db.select().from(carriers).all();
    expect(rows).toHaveLength(4);
    const notice = rows.find((c) => c.docNo === '省保办〔2023〕12号');
    expect(notice).toMatchObject({
      level: 'secret',
      termYears: 10,
      issuedOn: '2023-05-06',
      custodianName: '王丽',
      copyCount: 2,
      pages: 8,
    });
    const plan = rows.find((c) => c.docNo === '市保办〔2023〕3号');
    expect(plan).toMatchObject({
      level: 'confidential',
      termYears: 5,
      issuedOn: '2023-06-01',
      copyCount: 3,
      pages: 12,
    });
    const disc = rows.find((c) => c.name === '涉密项目资料光盘');
    expect(disc).toMatchObject({ termYears: 10, issuedOn: '2023-05-06', capacity: '650MB', pages: null });
    const audit = db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
    expect(audit?.action).toBe('xlsx_import');
    const detail = JSON.parse(audit?.detail ?? '{}') as Record<string, unknown>;
    expect(detail).toMatchObject({ register: 'carriers', rows: 4, skippedErrors: 2 });
    expect(detail.sha256).toBe(r.sha256);
    expect(
      db
        .select()
        .from(departments)
        .all()
        .map((d) => d.name)
        .sort(),
    ).toEqual(['办公室', '档案科']);
  });

  it('re-importing the same rows adds nothing: they are matched and skipped as already registered', async () => {
    const desk = await openDesk();
    const dir = tempDir();
    const path = await clerkSheet(dir, false);
    const first = await desk.call('xlsx:import', { register: 'carriers', path, createDepartments: true });
    expect(first.errors).toEqual([]);
    expect(first.imported).toBe(6);
    const db = desk.core.session().db;
    const before = registerDigest(db);
    const again = await desk.call('xlsx:import', { register: 'carriers', path });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(6);
    expect(registerDigest(db)).toBe(before);
  });

  it('a department the unit does not have is created only on confirmation', async () => {
    const desk = await openDesk();
    const path = await clerkSheet(tempDir(), false);
    const r = await desk.call('xlsx:preview', { register: 'carriers', path });
    expect(r.valid).toBe(0);
    expect(r.errors[0]?.column).toBe('所属部门');
    expect(r.errors[0]?.reason).toContain('确认新建部门');
    const db = desk.core.session().db;
    db.insert(departments)
      .values({ name: '办公室', keyDept: 0, sortOrder: 0, createdAt: '2026-01-01T00:00:00Z' })
      .run();
    const known = await desk.call('xlsx:preview', { register: 'carriers', path });
    expect(known.newDepartments).toEqual(['档案科']);
    expect(known.valid).toBe(4);
  });

  it('runs the 登记 rules: a 秘密 term above its cap and a 份数 that does not match the 份号 are row errors', async () => {
    const desk = await openDesk();
    const path = await writeSheet(
      tempDir(),
      'a.xlsx',
      ['名称', '密级', '保密期限', '份数', '份号', '部门', '保管人', '制发日', '登记日期', '存放位置'],
      [
        ['超期文件', '秘密', '15年', 1, '1', '办公室', '王丽', '2026-05-01', '2026-06-01', '机要室5号保密柜'],
        [
          '份号不符',
          '秘密',
          '5年',
          3,
          '1-2',
          '办公室',
          '王丽',
          '2026-05-01',
          '2026-06-01',
          '机要室5号保密柜',
        ],
        [
          '正常文件',
          '秘密',
          '5年',
          2,
          '1-2',
          '办公室',
          '王丽',
          '2026-05-01',
          '2026-06-01',
          '机要室5号保密柜',
        ],
      ],
    );
    const p = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    expect(p.valid).toBe(1);
    expect(p.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '保密期限'],
      [3, '份号'],
    ]);
    expect(p.errors[0]?.reason).toContain('10');
  });

  it('不同密级不得混放 holds between the rows of one file and against what the register keeps', async () => {
    const desk = await openDesk();
    await desk.call('carriers:register', received({ location: '档案室1号柜' }));
    const path = await writeSheet(
      tempDir(),
      'a.xlsx',
      ['名称', '密级', '份数', '部门', '保管人', '制发日', '存放位置'],
      [
        ['甲', '秘密★5年', 1, '办公室', '王丽', '2026-05-01', '档案室 1号柜'],
        ['乙', '秘密★5年', 1, '办公室', '王丽', '2026-05-01', '档案室2号柜'],
        ['丙', '机密★10年', 1, '办公室', '王丽', '2026-05-01', '档案室2号柜'],
      ],
    );
    const p = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    expect(p.valid).toBe(1);
    expect(p.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '存放位置'],
      [4, '存放位置'],
    ]);
    expect(p.errors[1]?.reason).toContain('秘密');
  });

  it('remembers the clerk-corrected mapping for the unit and uses it on the next file', async () => {
    const desk = await openDesk();
    const dir = tempDir();
    const heads = ['名称', '密级★期限', '件数', '部门', '保管人', '制发日', '存放位置'];
    const rows = [['工作通知', '秘密★5年', 2, '办公室', '王丽', '2026-05-01', '机要室5号保密柜']];
    const path = await writeSheet(dir, 'a.xlsx', heads, rows);
    const auto = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    expect(auto.missing).toEqual(['密级', '份数']);
    const mapping = { 密级期限: 'level', 件数: 'copies' };
    const r = await desk.call('xlsx:import', {
      register: 'carriers',
      path,
      mapping,
      createDepartments: true,
    });
    expect(r.imported).toBe(1);
    const next = await writeSheet(dir, 'b.xlsx', heads, [
      ['第二份通知', '秘密★5年', 1, '办公室', '王丽', '2026-05-02', '机要室5号保密柜'],
    ]);
    const again = await desk.call('xlsx:preview', { register: 'carriers', path: next });
    expect(again.missing).toEqual([]);
    expect(again.valid).toBe(1);
  });

  it('reads a CSV saved in GB18030 and one in UTF-8 with its BOM', async () => {
    const desk = await openDesk();
    const dir = tempDir();
    const csv =
      '名称,密级,份数,部门,保管人,制发日,存放位置\r\n"通知,第1号",秘密★5年,2,办公室,王丽,2026/5/1,机要室5号保密柜\r\n';
    const { writeFileSync } = await import('node:fs');
    const gb = `${dir}/gb.csv`;
    writeFileSync(gb, encodeGb18030(csv));
    const utf = `${dir}/utf.csv`;
    writeFileSync(utf, `\uFEFF${csv}`);
    for (const path of [gb, utf]) {
      const p = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
      expect(p.errors).toEqual([]);
      expect(p.valid).toBe(1);
    }
  });

  // import_numbers_as_the_register_would: the 编号 an import gives count on from the register's highest, asked
  // once per head; a refused row's number goes to the next row, and a number the sheet writes is counted from.
  it('import_numbers_as_the_register_would: 编号 count on, a refused row gives its number back', async () => {
    const desk = await openDesk();
    await desk.call('carriers:register', received());
    const heads = [
      '名称',
      '编号',
      '密级',
      '保密期限',
      '份数',
      '部门',
      '保管人',
      '制发日',
      '登记日期',
      '存放位置',
      '来源',
      '定密责任人',
      '定密日期',
    ];
    const row = (name: string, no: string, source: '收文' | '自制', decided = '2026-05-02') => [
      name,
      no,
      '秘密',
      '5年',
      1,
      '办公室',
      '王丽',
      '2026-05-01',
      '2026-06-01',
      '机要室5号保密柜',
      source,
      source === '自制' ? '李建国' : '',
      source === '自制' ? decided : '',
    ];
    const path = await writeSheet(tempDir(), 'n.xlsx', heads, [
      row('收文甲', '', '收文'),
      row('自制甲', '', '自制'),
      row('自制乙', '', '自制', '2026-06-09'),
      row('自制丙', '', '自制'),
      row('收文乙', '收2026-00007', '收文'),
      row('收文丙', '', '收文'),
      row('自制丁', '', '自制'),
    ]);
    const r = await desk.call('xlsx:import', {
      register: 'carriers',
      path,
      validOnly: true,
      createDepartments: true,
    });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[4, '定密日期']]);
    const numbers = desk.core
      .session()
      .db.select({ name: carriers.name, no: carriers.carrierNo })
      .from(carriers)
      .orderBy(carriers.id)
      .all();
    expect(numbers.map((c) => `${c.name} ${c.no}`)).toEqual([
      '关于做好2026年度保密检查工作的通知 收2026-00001',
      '收文甲 收2026-00002',
      '自制甲 制2026-00001',
      '自制丙 制2026-00002',
      '收文乙 收2026-00007',
      '收文丙 收2026-00008',
      '自制丁 制2026-00003',
    ]);
  });

  // import_rereads_changed_file: the import after a preview reuses the rows the preview read and checked only
  // while the file's SHA-256, hashed anew, is the same; the clerk who fixes the sheet in between imports the fix.
  it('import_rereads_changed_file: a file fixed between the preview and the import is read again', async () => {
    const desk = await openDesk();
    const dir = tempDir();
    const path = await clerkSheet(dir);
    const preview = await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    expect(preview.errors.map((e) => e.row)).toEqual([6, 8]);
    // The same name, fixed in Excel: rows 6 and 8 now read.
    expect(await clerkSheet(dir, false)).toBe(path);
    const r = await desk.call('xlsx:import', { register: 'carriers', path, createDepartments: true });
    expect(r.errors).toEqual([]);
    expect(r.imported).toBe(6);
    expect(r.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(r.sha256).not.toBe(preview.sha256);
    const names = desk.core.session().db.select({ name: carriers.name }).from(carriers).all();
    expect(names.map((c) => c.name)).toContain('保密工作会议纪要');
  });

  // import_indexes_search_at_once: the search index is filled for the whole import (migration 0043), as the
  // insert triggers would have filled it row by row, before the import commits; a preview leaves nothing.
  it('import_indexes_search_at_once: imported carriers are found by search, the index as the triggers keep it', async () => {
    const desk = await openDesk();
    await desk.call('carriers:register', received());
    const path = await clerkSheet(tempDir(), false);
    await desk.call('xlsx:preview', { register: 'carriers', path, createDepartments: true });
    const r = await desk.call('xlsx:import', { register: 'carriers', path, createDepartments: true });
    expect(r.imported).toBe(6);
    const db = desk.core.session().db;
    expect(db.all(sql`SELECT * FROM carriers_index_deferred`)).toEqual([]);
    // Every pair of adjacent characters of every carrier's 名称 and 文号, as the insert trigger writes them.
    const expected = db.all<{ gram: string; carrier_id: number }>(sql`
      SELECT DISTINCT lower(substr(s, p.n, 2)) AS gram, id AS carrier_id FROM
        (SELECT id, name AS s FROM carriers UNION ALL SELECT id, doc_no FROM carriers WHERE doc_no IS NOT NULL)
        JOIN carriers_bigram_positions p ON p.n < length(s)
      ORDER BY gram, carrier_id`);
    const kept = db.all(sql`SELECT gram, carrier_id FROM carriers_bigrams ORDER BY gram, carrier_id`);
    expect(kept).toEqual(expected);
    db.run(sql`INSERT INTO carriers_fts(carriers_fts, rank) VALUES ('integrity-check', 1)`);
    // Each carrier once in the trigram index, under the key the insert trigger gives it (migration 0043).
    expect(db.all(sql`SELECT rowid AS k FROM carriers_fts ORDER BY rowid`)).toEqual(
      db.all(sql`SELECT ${FTS_KEY} AS k FROM carriers ORDER BY 1`),
    );
    const found = async (search: string) =>
      (await desk.call('carriers:list', { page: 1, pageSize: 20, search })).rows.map((c) => c.name).sort();
    expect(await found('纪要')).toEqual(['保密工作会议纪要']);
    expect(await found('工作要点')).toEqual(['年度保密工作要点']);
    expect(await found('〔2023〕20')).toEqual(['定密工作通知']);
    expect(await found('保密检查')).toEqual([
      '保密检查整改报告',
      '关于做好2026年度保密检查工作的通知',
      '关于做好保密检查工作的通知',
    ]);
  });

  it('writes the rows in error with the sheet headings and an error column for the clerk to fix', async () => {
    const desk = await openDesk();
    const dir = tempDir();
    const path = await clerkSheet(dir);
    const r = await desk.call('xlsx:errors', {
      register: 'carriers',
      path,
      createDepartments: true,
      outPath: dir + '/错误.xlsx',
    });
    expect(r.rows).toBe(2);
    const cells = await readCells(r.path);
    expect(cells[2]).toEqual(['原行号', ...HEADINGS, '错误原因']);
    expect(cells[3]?.[0]).toBe('6');
    expect(cells[3]?.at(-1)).toContain('密级');
    expect(cells[4]?.at(-1)).toContain('制发日期');
    const db = desk.core.session().db;
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'xlsx_import_errors')).all()).toHaveLength(1);
  });
});

/** GB18030 bytes of a string: Node can decode it but not encode it, so go through a tiny table of our text. */
function encodeGb18030(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  // Every two-byte GBK code: decode once, keep the characters this CSV uses.
  const wanted = new Set(s);
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of s) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
  return new Uint8Array(out);
}
