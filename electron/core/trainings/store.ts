// What every training action shares inside its transaction: load a session, its day, a row just written.
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { trainingSessions } from '../../../db/schema';

export type SessionRecord = typeof trainingSessions.$inferSelect;

export function loadSession(db: Pick<Db, 'select'>, id: number): SessionRecord {
  const s = db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).get();
  if (!s) {
    throw new AppException('NOT_FOUND', '找不到该培训。', {
      fields: [{ path: 'sessionId', message: '培训不存在' }],
    });
  }
  return s;
}

/** The day a held session took place (a held session always has one). */
export function heldDay(s: SessionRecord): string {
  if (s.heldOn === null) throw new Error(`held session ${s.id} has no day`);
  return s.heldOn;
}

/** The row a write has just made or read back; its absence is a bug, not a clerk's mistake. */
export function present<T>(v: T | undefined | null, what: string): T {
  if (v === undefined || v === null) throw new Error(`${what} not found`);
  return v;
}
