// xlsx export of the register as the clerk sees it: the same filters, sort and search as the page, all rows.
import type { z } from 'zod';
import { CarrierListInput } from './carriers';
import { requiredText } from './common';

export const CarrierExportInput = CarrierListInput.omit({ page: true, pageSize: true }).extend({
  /** An existing folder (the file gets a dated default name) or a file name ending in .xlsx. */
  outPath: requiredText('保存位置', 1000),
});
export type CarrierExportInput = z.output<typeof CarrierExportInput>;

export interface CarrierExportResult {
  path: string;
  rows: number;
}
