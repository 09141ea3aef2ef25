// Safe places other registers know of. The 要害部门部位 register decides which rooms are fit for 绝密; carriers
// cannot import it (it asks carriers what is stored at a place), so it offers its places here when its handlers
// load, and the storage warnings read them beside the unit's own list of safe places.
import type { Db } from '../../../db/open';

export type SafePlaceSource = (db: Pick<Db, 'select'>) => string[];

const sources: SafePlaceSource[] = [];

export function offerSafePlaces(source: SafePlaceSource): void {
  if (!sources.includes(source)) sources.push(source);
}

export function offeredSafePlaces(db: Pick<Db, 'select'>): string[] {
  return sources.flatMap((s) => s(db));
}
