import { z } from 'zod';
import { PICK_USES } from '../../../db/domain/vocab';

export { PICK_EXTENSIONS, PICK_USES, type PickUse } from '../../../db/domain/vocab';
export { PICK_USE_LABELS } from '../../../db/domain/labels';

const pickUse = z.enum(PICK_USES, { error: '未知的文件用途' });

/** An absolute path as the operating system writes it (POSIX `/…` or Windows `E:\…`). */
const absolutePath = z
  .string({ error: '请填写路径' })
  .trim()
  .min(1, '请填写路径')
  .max(1000, '路径不能超过 1000 个字')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), '请填写完整路径');

export const FilesBrowseInput = z
  .object({
    use: pickUse,
    /** Absent: the starting places (removable drives first, then the user's folders). */
    dir: absolutePath.optional(),
  })
  .strict();

export const FilesPickInput = z
  .object({
    use: pickUse,
    mode: z.enum(['open', 'save', 'folder']),
    /** The folder the dialog opens in (the last one used for this use). */
    startIn: absolutePath.optional(),
    /** For `save`: the file name proposed. */
    suggestedName: z.string().trim().max(200).optional(),
  })
  .strict();

export interface Drive {
  /** Where it is mounted (`/media/clerk/U盘`, `E:\`). */
  path: string;
  label: string;
  sizeBytes: number | null;
  freeBytes: number | null;
  /** The filesystem's serial or UUID, normalised so Linux and Windows read the same value. */
  volumeId: string | null;
  removable: boolean;
}

export interface BrowseEntry {
  name: string;
  path: string;
  kind: 'dir' | 'file';
  sizeBytes: number | null;
  modifiedAt: string | null;
}

export interface BrowseView {
  /** Null for the starting places. */
  dir: string | null;
  parent: string | null;
  drives: Drive[];
  entries: BrowseEntry[];
  /** More entries than the list holds: the clerk should narrow the folder. */
  truncated: boolean;
}

/** `native: false` when no system dialog exists (the Chromium bridge): the renderer shows its own picker. */
export type PickView = { native: true; path: string | null } | { native: false };
