// What other registers ask of the carriers kept somewhere (a 要害部位 about to be revoked) and of one copy (a
// meeting's material): answered here so they never read the carrier tables themselves.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { carrierCopies, carriers } from '../../../db/schema';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Carriers with copies still held whose 存放位置 names this place (e.g. "保密室2号柜" for 保密室). */
export function carriersStoredAt(
  db: Pick<Db, 'select'>,
  place: string,
): { id: number; name: string; location: string }[] {
  const key = squash(place);
  if (!key) return [];
  return db
    .select({ id: carriers.id, name: carriers.name, location: carriers.location })
    .from(carriers)
    .where(
      and(
        isNotNull(carriers.location),
        sql`${carriers.liveCopies} > 0`,
        sql`instr(replace(replace(${carriers.location}, ' ', ''), char(12288), ''), ${key}) > 0`,
      ),
    )
    .orderBy(asc(carriers.id))
    .all()
    .map((c) => ({ id: c.id, name: c.name, location: c.location ?? '' }));
}

/** One copy by its 份号, with its carrier's name and whether the unit holds it now. */
export function copyByNo(
  db: Pick<Db, 'select'>,
  carrierId: number,
  copyNo: number,
): { copyId: number; carrierName: string; inCustody: boolean } | null {
  const r = db
    .select({ copyId: carrierCopies.id, status: carrierCopies.status, name: carriers.name })
    .from(carrierCopies)
    .innerJoin(carriers, eq(carriers.id, carrierCopies.carrierId))
    .where(and(eq(carrierCopies.carrierId, carrierId), eq(carrierCopies.copyNo, copyNo)))
    .get();
  return r ? { copyId: r.copyId, carrierName: r.name, inCustody: r.status === 'in_custody' } : null;
}
