import { z } from 'zod';
import { requiredText } from './common';

export const PrintPdfInput = z.object({
  title: requiredText('表名', 100),
  /** A folder (the file is named after the form and the date) or a path ending in .pdf. */
  outPath: requiredText('保存位置', 1000),
});

export interface PrintPdfView {
  path: string;
  bytes: number;
}
