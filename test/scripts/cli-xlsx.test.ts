// `baomi xlsx import|export` from the command line: exit 0 imported (or a clean dry run), 1 rows in error
// listed as 第 N 行 · 列名 · 原因 with nothing written, 2 usage; export → import through files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { writeSheet } from '../electron/core/xlsx/sheets';
import { cli, initHere } from './cli-helpers';

const HEADS = ['名称', '密级', '份数', '部门', '保管人', '制发日', '存放位置'];

describe('baomi xlsx', { timeout: 300_000 }, () => {
  it('dry run, refused rows (exit 1, nothing written), valid-only import, export and re-import', async () => {
    const dir = tempDir();
    const db = await initHere(join(dir, 'u'));
    const path = await writeSheet(
      dir,
      'a.xlsx',
      HEADS,
      [
        ['通知一', '秘密★5年', 2, '办公室', '王丽', '2026.1.5', '机要室5号保密柜'],
        ['通知二', '高级', 1, '办公室', '王丽', '2026.1.6', '机要室5号保密柜'],
      ],
      { title: '载体台账' },
    );

    const dry = await cli([
      'xlsx',
      'import',
      path,
      '--register',
      'carriers',
      '--db',
      db,
      '--dry-run',
      '--create-departments',
    ]);
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('第 5 行 · 密级 · “高级”不是可识别的密级');

    const refused = await cli([
      'xlsx',
      'import',
      path,
      '--register',
      'carriers',
      '--db',
      db,
      '--create-departments',
      '--json',
    ]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({
      written: false,
      imported: 0,
      errors: [{ row: 5, column: '密级' }],
    });

    const ok = await cli([
      'xlsx',
      'import',
      path,
      '--register',
      'carriers',
      '--db',
      db,
      '--create-departments',
      '--valid-only',
    ]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('已导入 1 行');

    const out = join(dir, 'out.xlsx');
    expect((await cli(['xlsx', 'export', '--register', 'carriers', '--db', db, '--out', out])).code).toBe(0);
    const again = await cli(['xlsx', 'import', out, '--register', 'carriers', '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it('usage errors exit 2 and --help prints the usage', async () => {
    const dir = tempDir();
    const db = await initHere(join(dir, 'u'));
    expect((await cli(['xlsx', 'import', 'x.xlsx', '--register', 'nope', '--db', db])).code).toBe(2);
    expect((await cli(['xlsx', 'frobnicate', '--db', db])).code).toBe(2);
    const help = await cli(['xlsx', '--help'], '');
    expect(help.code).toBe(0);
    expect(help.out).toContain('xlsx import 文件 --register');
  });
});
