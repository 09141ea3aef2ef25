// Loading an incident inside a write.
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { incidents } from '../../../db/schema';

export type IncidentRecord = typeof incidents.$inferSelect;

export function loadIncident(tx: Pick<Db, 'select'>, id: number): IncidentRecord {
  const i = tx.select().from(incidents).where(eq(incidents.id, id)).get();
  if (!i)
    throw new AppException('NOT_FOUND', '找不到该事件。', {
      fields: [{ path: 'incidentId', message: '不存在' }],
    });
  return i;
}
