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

export async function exportYearbookXlsx(core: AppCore, input: Input): Promise<YearExportView> {
  const path = resolveOutputPath(input.outPath, `${input.year}年度保密工作台账.xlsx`, '.xlsx');
  const { db } = core.session();
  const total = YEARBOOK_SECTIONS.length + 1;
  const { book, bytes } = await runJob(input.jobId, total, async (step) => {
    const sections = await yearbookSectionsStepped(db, input.year, step);
    const book: YearbookView = {
      year: input.year,
      unitName: unitInfo(db).name,
      asOf: today(core.clock),
      auditHead: auditHeadView(db),
      sections,
    };
    const bytes = await yearbookWorkbook(book, core.now().slice(0, 16).replace('T', ' '));
    await step(total);
    return { book, bytes };
  });
  const rows = book.sections.reduce((n, s) => n + s.rows.length, 0);
  return core.write(
    'yearbook_export_xlsx',
    'yearbook',
    () => {
      writeFileAtomic(path, bytes);
      return { path, bytes: bytes.length };
    },
    (r) => ({ entityId: String(input.year), detail: { year: input.year, rows, ...r } }),
  );
}
