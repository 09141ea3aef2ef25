// `baomi supervisor report` (issue 25, point 7): the comparison table and figures as xlsx and as an A4 landscape
// PDF (下级单位保密工作情况汇总表, dated, the unit that has not reported named), with the year's consolidated 年度报告.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCore, newDispatcher } from '../helpers/temp';
import { cli, initHere, PASSWORD } from './cli-helpers';

const SUP = '11110000MB000SUP01';
let dir: string;
let sup: string;

async function key(db: string, out: string): Promise<string> {
  expect((await cli(['keys', 'export-public', '--db', db, '--out', out])).code).toBe(0);
  return JSON.parse((await cli(['keys', 'show', '--db', db, '--json'])).out).fingerprint as string;
}

beforeAll(async () => {
  // One folder for the whole file (the three databases outlive each test).
  dir = mkdtempSync(join(tmpdir(), 'baomi-supreport-'));
  for (const d of ['unit', 'sup', 'silent']) mkdirSync(join(dir, d));
  const unit = await initHere(join(dir, 'unit'));
  sup = await initHere(join(dir, 'sup'), ['--mode', 'supervisor'], SUP);
  const silent = await initHere(join(dir, 'silent'), [], '11110000MB0999999Z');
  const fp = await key(unit, join(dir, 'unit.bmkey'));
  const silentFp = await key(silent, join(dir, 'silent.bmkey'));
  const supFp = await key(sup, join(dir, 'sup.bmkey'));
  for (const [file, f] of [
    ['unit.bmkey', fp],
    ['silent.bmkey', silentFp],
  ] as const) {
    expect(
      (await cli(['keys', 'import-public', join(dir, file), '--db', sup, '--fingerprint', f])).code,
    ).toBe(0);
  }
  expect(
    (await cli(['keys', 'import-public', join(dir, 'sup.bmkey'), '--db', unit, '--fingerprint', supFp])).code,
  ).toBe(0);
  expect((await cli(['demo', '--db', unit])).code).toBe(0);
  const media = join(dir, 'media');
  mkdirSync(media);
  const exp = await cli(['export', '--db', unit, '--to', SUP, '--profile', 'full', '--out', media, '--json']);
  expect(exp.code).toBe(0);
  const pkg = JSON.parse(exp.out).path as string;
  expect((await cli(['import', pkg, '--db', sup, '--receipt-out', media])).code).toBe(0);
  // The silent unit was registered 40 days ago, past the 30-day interval: never reported, so overdue (从未报送).
  const core = newCore(join(dir, 'sup'));
  const unlocked = await newDispatcher(core).dispatch('session:unlock', {
    username: 'wangli',
    password: PASSWORD,
  });
  expect(unlocked.ok).toBe(true);
  core
    .session()
    .db.$client.prepare('UPDATE counterparts SET imported_at = ? WHERE unit_code = ?')
    .run(new Date(Date.now() - 40 * 86_400_000).toISOString(), '11110000MB0999999Z');
  core.detach();
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baomi supervisor report', () => {
  it('--out F.xlsx: the summary sheet names every unit and the one not reported, then the year’s annual sheet', async () => {
    const out = join(dir, '汇总.xlsx');
    const r = await cli(['supervisor', 'report', '--db', sup, '--out', out, '--year', '2025', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: out, units: 2, notReported: ['11110000MB0999999Z'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('下级单位保密工作情况汇总表');
    const text = JSON.stringify(sheet?.getSheetValues());
    expect(text).toContain('某市档案局');
    expect(text).toContain('从未报送');
    expect(text).toMatch(/未按期报送：某市档案局/);
    expect(wb.getWorksheet('2025年度报告汇总')).toBeDefined();
  });

  it('--out F.pdf: A4 landscape, dated, the unit not reported named', async () => {
    const out = join(dir, '汇总.pdf');
    const r = await cli(['supervisor', 'report', '--db', sup, '--out', out, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('下级单位保密工作情况汇总表');
    expect(text).toMatch(/截至 \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/未按期报送：某市档案局（从未报送）/);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 points, wider than high.
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    expect([Math.round(Number(w)), Math.round(Number(h))], info).toEqual([842, 595]);
    // Its own folder: this file may run before any end-to-end test has made it.
    const shots = join(process.cwd(), 'test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      '1',
      '-l',
      '1',
      out,
      join(shots, 'supervisor-report-pdf'),
    ]);
  }, 200_000);

  it('a file that is neither .pdf nor .xlsx is a usage error in Chinese', async () => {
    const r = await cli(['supervisor', 'report', '--db', sup, '--out', join(dir, 'x.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.pdf 或 .xlsx');
  });
});
