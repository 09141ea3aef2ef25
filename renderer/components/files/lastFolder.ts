// The folder last used for each kind of file, so the next pick opens there (a clerk writes every package
// to the same U盘 folder). Kept in the window's own storage: a convenience, not a record.
import type { PickUse } from '../../../db/domain/vocab';

const key = (use: PickUse) => `baomi.lastFolder.${use}`;

export function lastFolder(use: PickUse): string | undefined {
  return localStorage.getItem(key(use)) ?? undefined;
}

/** Remember the folder of a chosen path (the path itself when a folder was chosen). */
export function rememberFolder(use: PickUse, path: string, isFolder: boolean): void {
  const folder = isFolder ? path : path.replace(/[\\/][^\\/]*$/, '') || path;
  localStorage.setItem(key(use), folder);
}
