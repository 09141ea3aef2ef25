import { z } from 'zod';
import { requiredText } from './common';

export const PrintPdfInput = z.object({
  title: requiredText('表名', 100),
  /** A folder (the file is named after the form and the date) or a path ending in .pdf. */
  outPath: requiredText('保存位置', 1000),
  /**
   * The page each link target is said to print on (a book's contents, renderer/components/pageClaims.ts): the
   * PDF is written only if they all hold in it.
   */
  pages: z.record(z.string().max(100), z.number().int().min(0).max(1_000_000)).optional(),
  /**
   * How many parts the print is made of (a book, renderer/prints/yearbook/bookParts.ts): each is printed on its
   * own and the PDFs are joined, the claims checked on the joined file.
   */
  parts: z.number().int().min(1).max(1000).optional(),
});

export interface PrintPdfView {
  path: string;
  bytes: number;
  /**
   * When the claimed pages did not hold: nothing was written (path ''), and these are the pages the targets
   * really fell on, for the print to say instead before it is made again.
   */
  misplaced?: Record<string, number>;
}
