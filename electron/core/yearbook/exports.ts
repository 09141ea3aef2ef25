// The year's two books leave the app as files: the 自查自评报告 as .docx, the 年度保密工作台账 as .xlsx. Each
// is written under a temporary name and renamed inside the transaction of its audit entry, so an export that
// is not recorded never lands (a printed or exported register is a 涉密载体 like any other copy of its data).
import type { z } from 'zod';
import type { YearExportInput, YearExportView, YearbookView } from '../../ipc/schemas/yearbook';
import type { AppCore } from '../app-core';
import { writeFileAtomic } from '../util/atomic-write';
import { today } from '../util/dates';
import { resolveOutputPath } from '../util/output-path';
import { unitInfo } from '../session';
import { selfAssessmentDocx } from './docx';
import { selfAssessmentReport } from './report';
import { YEARBOOK_SECTIONS } from '../../../db/domain/vocab';
import { runJob } from '../util/jobs';
import { yearbookSections, yearbookSectionsStepped } from './sections';
import { yearbookWorkbook } from './workbook';
import { auditHeadView } from '../audit/head';
import { yearbookPdf } from './book-pdf';

type Input = z.output<typeof YearExportInput>;

export function yearbookView(core: AppCore, year: number): YearbookView {
  const { db } = core.session();
  return {
    year,
    unitName: unitInfo(db).name,
    asOf: today(core.clock),
    auditHead: auditHeadView(db),
    sections: yearbookSections(db, year),
  };
}

export async function exportSelfAssessmentDocx(core: AppCore, input: Input): Promise<YearExportView> {
  const { db } = core.session();
  const path = resolveOutputPath(input.outPath, `${input.year}年度保密自查自评报告.docx`, '.docx');
  const bytes = await runJob(input.jobId, 2, async (step) => {
    const report = selfAssessmentReport(db, input.year, today(core.clock));
    await step(1);
    const docx = await selfAssessmentDocx(report);
    await step(2);
    return docx;
  });
  return core.write(
    'self_assessment_export_docx',
    'self_assessment',
    () => {
      writeFileAtomic(path, bytes);
      return { path, bytes: bytes.length };
    },
    (r) => ({ entityId: String(input.year), detail: { year: input.year, ...r } }),
  );
}

/**
 * The book of the year as a file (`kind`): its sections read one by one (each a step of the job), then written by
 * `write`, which reports its own steps after them; the file is renamed into place inside the audit entry's
 * transaction. A cancel at any step leaves nothing written.
 */
async function exportBook(
  core: AppCore,
  input: Input,
  kind: { ext: '.xlsx' | '.pdf'; action: string; steps: number },
  write: (book: YearbookView, step: (done: number, total: number) => Promise<void>) => Promise<Uint8Array>,
): Promise<YearExportView> {
  const path = resolveOutputPath(input.outPath, `${input.year}年度保密工作台账${kind.ext}`, kind.ext);
  const { db } = core.session();
  const read = YEARBOOK_SECTIONS.length;
  const { book, bytes } = await runJob(input.jobId, read + kind.steps, async (step) => {
    const sections = await yearbookSectionsStepped(db, input.year, step);
    const book: YearbookView = {
      year: input.year,
      unitName: unitInfo(db).name,
      asOf: today(core.clock),
      auditHead: auditHeadView(db),
      sections,
    };
    const bytes = await write(book, (done, total) => step(read + done, read + total));
    return { book, bytes };
  });
  const rows = book.sections.reduce((n, s) => n + s.rows.length, 0);
  return core.write(
    kind.action,
    'yearbook',
    () => {
      writeFileAtomic(path, bytes);
      return { path, bytes: bytes.length };
    },
    (r) => ({ entityId: String(input.year), detail: { year: input.year, rows, ...r } }),
  );
}

export function exportYearbookXlsx(core: AppCore, input: Input): Promise<YearExportView> {
  return exportBook(
    core,
    input,
    { ext: '.xlsx', action: 'yearbook_export_xlsx', steps: 1 },
    async (book, step) => {
      const bytes = await yearbookWorkbook(book, core.now().slice(0, 16).replace('T', ' '));
      await step(1, 1);
      return bytes;
    },
  );
}

/** The book as one PDF (cover, contents, every section), written here rather than printed (book-pdf.ts). */
export function exportYearbookPdf(core: AppCore, input: Input): Promise<YearExportView> {
  return exportBook(
    core,
    input,
    { ext: '.pdf', action: 'yearbook_export_pdf', steps: 1 },
    async (book, step) => {
      const { bytes } = await yearbookPdf(book, step);
      return bytes;
    },
  );
}
