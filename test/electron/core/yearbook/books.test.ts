// The year's two books from a seeded database: the 自查自评报告 as .docx (its word/document.xml read back) and
// the 年度保密工作台账 as a workbook with every §2.1 section as a sheet, in order, agreeing with the PDF's sections.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_AREA_LABELS, YEARBOOK_SECTION_LABELS } from '../../../../db/domain/labels';
import { CHECK_AREAS, YEARBOOK_SECTIONS } from '../../../../db/domain/vocab';
import type { AppCore } from '../../../../electron/core/app-core';
import type { Dispatcher } from '../../../../electron/ipc/dispatch';
import { setUpCore, tempDir, UNIT } from '../../../helpers/temp';
import { pdfDestinationPages } from '../../../../electron/core/print/pdf-pages';
import { chineseNumber } from '../../../../db/domain/numerals';
import { seedYear } from './seed';

let core: AppCore;
let api: Dispatcher;
beforeAll(async () => {
  ({ core, api } = await setUpCore());
  seedYear(core.session().db);
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await api.dispatch(channel as never, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

function auditActions(): string[] {
  return core
    .session()
    .db.$client.prepare('SELECT action FROM audit_log ORDER BY seq')
    .pluck()
    .all() as string[];
}

describe('年度保密自查自评报告（Word）', () => {
  it('holds the 13 areas in order, their figures and the clerk’s saved text', async () => {
    await call('yearbook:saveArea', {
      year: 2026,
      area: 'carriers',
      text: '全年载体收发登记完整。\n清点两次。',
    });
    const out = tempDir();
    const r = await call<{ path: string }>('yearbook:exportDocx', { year: 2026, outPath: out });
    expect(r.path).toBe(join(out, '2026年度保密自查自评报告.docx'));
    const zip = await JSZip.loadAsync(readFileSync(r.path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(`${UNIT.name}2026年度保密自查自评报告`);
    let at = -1;
    for (const area of CHECK_AREAS) {
      const i = text.indexOf(CHECK_AREA_LABELS[area]);
      expect(i, CHECK_AREA_LABELS[area]).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toContain('一、保密工作责任制落实情况');
    expect(text).toContain('十三、其他遵守保密法律法规和相关制度的情况');
    // Figures with their values, as label then number in the table's two cells.
    expect(text).toContain('本年收到涉密载体（件）3');
    expect(text).toContain('其中 24 小时内报告保密行政管理部门（起）1');
    expect(text).toContain('在岗重要涉密人员（人）2');
    expect(text).toContain('全年载体收发登记完整。');
    expect(text).toContain('清点两次。');
    expect(auditActions()).toContain('self_assessment_export_docx');
  });

  it('self_assessment_future_year', async () => {
    const next = Number(new Date().toISOString().slice(0, 4)) + 1;
    const r = await api.dispatch('yearbook:saveArea', { year: next, area: 'rules', text: '草稿' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('RULE');
      expect(r.error.message).toContain(`${next} 年尚未开始`);
    }
  });

  it('an empty text clears the area and each save is audited', async () => {
    const before = auditActions().filter((a) => a === 'self_assessment_save').length;
    const v = await call<{ areas: { area: string; text: string }[] }>('yearbook:saveArea', {
      year: 2026,
      area: 'rules',
      text: '   ',
    });
    expect(v.areas.find((a) => a.area === 'rules')?.text).toBe('');
    expect(auditActions().filter((a) => a === 'self_assessment_save').length).toBe(before + 1);
  });
});

describe('年度保密工作台账', () => {
  it('the book has every §2.1 section in order; a section with no rows says so', async () => {
    const book = await call<{ sections: { id: string; rows: unknown[][]; note: string | null }[] }>(
      'yearbook:book',
      { year: 2026 },
    );
    expect(book.sections.map((s) => s.id)).toEqual([...YEARBOOK_SECTIONS]);
    const rows = Object.fromEntries(book.sections.map((s) => [s.id, s.rows.length]));
    expect(rows).toMatchObject({
      committee_members: 3,
      committee_meetings: 2,
      rule_documents: 3, // in force at some time of the year, the one repealed in May too
      trainings: 2,
      inspections: 2,
      incidents: 2,
      key_sites: 3,
      sanctions: 3,
      received: 3,
      produced: 2,
      declassified: 1,
      copies: 1,
      top_secret_knowers: 2,
      classified_meetings: 3,
      publication_reviews: 3,
      computers: 4,
      media: 2,
      loans: 2,
      prints: 1,
      repairs: 2,
      tech_protection: 1,
      classification_items: 2,
      responsibility_letters: 4,
      leader_checks: 2,
    });
    // A leader's sheet names the items not fully carried out, with the rating and the note.
    const leaders = book.sections.find((s) => s.id === 'leader_checks');
    expect(leaders?.rows.map((r) => r[4])).toEqual(['无', '参加保密教育培训（基本落实：参训不足）']);
    // Destruction: the 2026 batch (one carrier, 3 copies) and the device retired in 2026.
    const destructions = book.sections.find((s) => s.id === 'destructions');
    expect(destructions?.rows.map((r) => r[4])).toEqual([3, 1]);
    const empty = book.sections.find((s) => s.id === 'work_plan' && s.rows.length === 0);
    expect(empty).toBeUndefined();
    const { sections } = await call<{ sections: { id: string; rows: unknown[][]; note: string | null }[] }>(
      'yearbook:book',
      { year: 2019 },
    );
    expect(sections.find((s) => s.id === 'trainings')?.note).toBe('本年度无记录。');
  });

  it('the workbook has one sheet per §2.1 section in order, with the same rows as the book', async () => {
    const out = tempDir();
    const r = await call<{ path: string }>('yearbook:exportXlsx', { year: 2026, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      YEARBOOK_SECTIONS.map((id, i) => `${i + 1}.${YEARBOOK_SECTION_LABELS[id]}`.slice(0, 31)),
    );
    const received = wb.worksheets[YEARBOOK_SECTIONS.indexOf('received')];
    expect(received?.getRow(3).getCell(2).value).toBe('日期');
    expect(received?.rowCount).toBe(3 + 3);
    expect(String(received?.getRow(1).getCell(1).value)).toContain(`${UNIT.name} 2026年度保密工作台账`);
    expect(auditActions()).toContain('yearbook_export_xlsx');
  });

  it('yearbook_records_audit_head: the book and every sheet carry the chain head as it was when made', async () => {
    const book = await call<{ auditHead: { seq: number; hash: string; count: number } }>('yearbook:book', {
      year: 2026,
    });
    const inChain = core
      .session()
      .db.$client.prepare('SELECT hash FROM audit_log WHERE seq = ?')
      .pluck()
      .get(book.auditHead.seq);
    expect(book.auditHead.seq).toBeGreaterThan(0);
    expect(book.auditHead.hash).toBe(inChain);
    const r = await call<{ path: string }>('yearbook:exportXlsx', { year: 2026, outPath: tempDir() });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.path);
    for (const ws of wb.worksheets)
      expect(String(ws.getRow(2).getCell(1).value)).toMatch(/审计日志末条序号 \d+，哈希 [0-9a-f]{64}/);
  });
});

describe('年度保密工作台账（PDF，本机直接写出）', () => {
  it('yearbook_pdf_contents_hold: cover, contents and every section, each contents page the page its section begins on', async () => {
    const out = tempDir();
    const r = await call<{ path: string; bytes: number }>('yearbook:exportPdf', { year: 2026, outPath: out });
    expect(r.path).toBe(join(out, '2026年度保密工作台账.pdf'));
    const bytes = readFileSync(r.path);
    expect(r.bytes).toBe(bytes.length);
    const { pages, destinations } = pdfDestinationPages(bytes);
    // Every section is in the book under its target, in order, each after the one before it.
    expect(Object.keys(destinations)).toEqual(YEARBOOK_SECTIONS.map((id) => `yearbook-${id}`));
    const starts = YEARBOOK_SECTIONS.map((id) => destinations[`yearbook-${id}`] ?? 0);
    expect(starts[0]).toBeGreaterThan(2);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1] ?? 0);
    const page = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), r.path, '-'], { encoding: 'utf8' });
    const cover = page(1);
    for (const want of [
      UNIT.name,
      '2026年度保密工作台账',
      '审计日志末条序号',
      '单位领导（签字）',
      `第 1 页 共 ${pages} 页`,
    ])
      expect(cover).toContain(want);
    // The contents (page 2 on): each section's line gives the page its title is printed on.
    const contents = execFileSync(
      'pdftotext',
      ['-layout', '-f', '2', '-l', String((starts[0] ?? 3) - 1), r.path, '-'],
      {
        encoding: 'utf8',
      },
    );
    YEARBOOK_SECTIONS.forEach((id, i) => {
      const title = YEARBOOK_SECTION_LABELS[id];
      const line = contents.split('\n').find((l) => l.includes(` ${title} `) || l.trimEnd().endsWith(title));
      expect(line, title).toBeDefined();
      expect(line?.trim().split(/\s+/).at(-1), title).toBe(String(starts[i]));
      expect(page(starts[i] ?? 0), title).toContain(`${chineseNumber(i + 1)}、${title}`);
    });
    // A section with rows prints them; one without says so.
    expect(page(destinations['yearbook-received'] ?? 0)).toContain('文件3');
    expect(auditActions()).toContain('yearbook_export_pdf');
  });
});

describe('导出进度与取消', () => {
  it('an export reports its progress and, cancelled, writes nothing and records nothing', async () => {
    const out = tempDir();
    const before = auditActions().length;
    const running = api.dispatch('yearbook:exportXlsx', { year: 2026, outPath: out, jobId: 'job-1' });
    // The export yields after each section, so these calls are answered while it runs.
    const p = await call<{ progress: { done: number; total: number } | null }>('yearbook:progress', {
      jobId: 'job-1',
    });
    expect(p.progress?.total).toBe(YEARBOOK_SECTIONS.length + 1);
    await call('yearbook:cancel', { jobId: 'job-1' });
    const r = await running;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('导出已取消，未写入任何文件。');
    expect(readdirSync(out)).toEqual([]);
    expect(auditActions().length).toBe(before);
    const after = await call<{ progress: unknown }>('yearbook:progress', { jobId: 'job-1' });
    expect(after.progress).toBeNull();
  });
});
