/**
 * What a file is chosen for: each use has its own filter and its own remembered folder. `folder` chooses a
 * folder (where a package, backup or PDF is written, named by the app).
 */
export const PICK_USES = [
  'package',
  'receipt',
  'notice',
  'key',
  'backup',
  'xlsx',
  'scan',
  'pdf',
  'audit',
  'folder',
] as const;
export type PickUse = (typeof PICK_USES)[number];

/** The extensions each use accepts (lower case, without the dot); an empty list accepts folders only. */
export const PICK_EXTENSIONS: Record<PickUse, readonly string[]> = {
  package: ['bmx'],
  receipt: ['bmr'],
  notice: ['bmn'],
  key: ['bmkey'],
  backup: ['bmbak'],
  xlsx: ['xlsx', 'xls', 'et', 'csv'],
  scan: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff'],
  pdf: ['pdf'],
  audit: ['json', 'csv'],
  folder: [],
};
