import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { unitProfile } from '../schema';

export type UnitProfileRow = typeof unitProfile.$inferSelect;
export type UnitProfileInsert = typeof unitProfile.$inferInsert;

export function getUnitProfile(db: Pick<Db, 'select'>): UnitProfileRow | undefined {
  return db.select().from(unitProfile).where(eq(unitProfile.id, 1)).get();
}

export function insertUnitProfile(db: Pick<Db, 'insert'>, row: Omit<UnitProfileInsert, 'id'>): void {
  db.insert(unitProfile)
    .values({ ...row, id: 1 })
    .run();
}
