// `baomi yearbook`: usage and Chinese errors, the workbook and the report written for a year, and the PDFs
// refused plainly (exit 1, the workbook and report still written) where no Chromium can be found.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { baomi, BIN, cli, initDb, initHere, PASSWORD } from './cli-helpers';

describe('baomi yearbook', () => {
  it('--help prints its usage; a bad year or folder is a usage error in Chinese', async () => {
    // In this process: the usage and the refusals are the command's own, not the binary's.
    const help = await cli(['yearbook', '--help'], '');
    expect(help.code).toBe(0);
    expect(help.out).toContain('yearbook --year 年度 --db F --out 目录');
    const db = await initHere();
    const badYear = await cli(['yearbook', '--year', '26', '--db', db, '--out', tempDir()]);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toContain('年度应为 2000–2100 之间的四位数字');
    const badDir = await cli([
      'yearbook',
      '--year',
      '2026',
      '--db',
      db,
      '--out',
      join(tempDir(), '无此文件夹'),
    ]);
    expect(badDir.code).toBe(2);
    expect(badDir.err).toContain('输出文件夹不存在');
  });

  it("--no-pdf writes the workbook and the report; without Chromium the book's PDF is still written and the report's is said to be missing", () => {
    const db = initDb();
    const out = tempDir();
    const r = baomi(['yearbook', '--year', '2026', '--db', db, '--out', out, '--no-pdf', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ year: 2026, pdf: false, pdfProblem: null });
    expect(readdirSync(out).sort()).toEqual(['2026年度保密工作台账.xlsx', '2026年度保密自查自评报告.docx']);

    const out2 = tempDir();
    const noChromium = spawnSync(
      process.execPath,
      [BIN, 'yearbook', '--year', '2026', '--db', db, '--out', out2],
      {
        input: `${PASSWORD}\n`,
        encoding: 'utf8',
        timeout: 150_000,
        env: { ...process.env, BAOMI_CHROMIUM: join(out2, '无此浏览器') },
      },
    );
    // The book's PDF is the core's own (no browser); only the report's needs Chromium.
    expect(noChromium.status).toBe(1);
    expect(noChromium.stdout).toContain('未生成 PDF：自查自评报告：找不到 Chromium');
    expect(readdirSync(out2).sort()).toEqual([
      '2026年度保密工作台账.pdf',
      '2026年度保密工作台账.xlsx',
      '2026年度保密自查自评报告.docx',
    ]);
    const book = execFileSync('pdftotext', [join(out2, '2026年度保密工作台账.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const want of ['某市档案局', '2026年度保密工作台账', '目录', '本年度无记录', '第 1 页 共'])
      expect(book).toContain(want);
  }, 240_000);
});
