// 年度保密工作台账 and 年度保密自查自评报告 (issue 18, points 5 and 6): the year asked for, the clerk's text per
// area of regulation art. 58, and where an export goes.
import { z } from 'zod';
import {
  CHECK_AREAS,
  YEARBOOK_SECTIONS,
  type CheckArea,
  type YearbookSection,
} from '../../../db/domain/vocab';
import { requiredText } from './common';

export const yearField = z
  .number({ error: '请选择年度' })
  .int('年度应为整数')
  .min(2000, '年度不能早于 2000 年')
  .max(2100, '年度不能晚于 2100 年');

export const YearbookYearInput = z.object({ year: yearField });

export const SelfAssessmentSaveInput = z.object({
  year: yearField,
  area: z.enum(CHECK_AREAS, { error: '请选择自查领域' }),
  /** Empty text clears the area (the report then shows it as 未填写). */
  text: z.string().trim().max(5000, '每一领域的文字不能超过 5000 个字'),
});

export const YearExportInput = z.object({
  year: yearField,
  /** A folder (the file is named after the book and the year) or a path ending in the file's extension. */
  outPath: requiredText('保存位置', 1000),
  /** Names the export so the screen can ask its progress (yearbook:progress) and cancel it (yearbook:cancel). */
  jobId: z.string().min(1).max(64).optional(),
});

export const YearbookJobInput = z.object({ jobId: z.string().min(1).max(64) });

export interface YearbookJobView {
  /** Null once the export has finished (or was never started). */
  progress: { done: number; total: number } | null;
}

export interface FigureView {
  key: string;
  label: string;
  value: number;
}

export interface SelfAssessmentAreaView {
  area: CheckArea;
  /** 序号 of the area in art. 58 (1–13). */
  no: number;
  title: string;
  figures: FigureView[];
  text: string;
  updatedAt: string | null;
}

export interface SelfAssessmentView {
  year: number;
  unitName: string;
  /** The day the states (people in post, devices in use) were read. */
  asOf: string;
  areas: SelfAssessmentAreaView[];
}

export type YearbookCell = string | number;

/** One section of the 年度保密工作台账: the same object feeds the PDF book and the workbook's sheet. */
export interface YearbookSectionView {
  id: YearbookSection;
  title: string;
  headings: string[];
  rows: YearbookCell[][];
  /** Shown under the title: a register the app does not keep, or what the rows are taken from. */
  note: string | null;
}

export interface YearbookView {
  year: number;
  unitName: string;
  asOf: string;
  /**
   * The audit chain's head when the book was made (issue 22, point 2): printed on the cover and the sheets, so a
   * paper or offline copy can later be compared with the chain (a rewritten entry no longer yields this hash).
   */
  auditHead: { seq: number; hash: string; count: number };
  sections: YearbookSectionView[];
}

export interface YearExportView {
  path: string;
  bytes: number;
}

export { YEARBOOK_SECTIONS };
