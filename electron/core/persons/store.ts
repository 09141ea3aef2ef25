// Building blocks every personnel action shares inside its one transaction: load, record history, change.
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { PersonEventKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { personEvents, persons } from '../../../db/schema';
import type { WriteCtx } from '../app-core';
import { departmentName } from '../departments';
import { canonicalJson } from '../util/canonical-json';
import { personKey } from '../util/person-key';

export type Tx = Pick<Db, 'select' | 'selectDistinct' | 'insert' | 'update'>;
export type PersonRecord = typeof persons.$inferSelect;

export function loadPerson(tx: Pick<Db, 'select'>, id: number): PersonRecord {
  const p = tx.select().from(persons).where(eq(persons.id, id)).get();
  if (!p) {
    throw new AppException('NOT_FOUND', '找不到该人员。', {
      fields: [{ path: 'personId', message: '人员不存在' }],
    });
  }
  return p;
}

/** How the carrier register knows a person row (custodian.ts). */
export const personHolderKey = (id: number) => `person:${id}`;

/**
 * Every key under which the carrier register may show this person holding something: their own key, and
 * the 部门/姓名 key that carriers registered before the person existed carry.
 */
export function holderKeysOf(tx: Pick<Db, 'select'>, p: PersonRecord): string[] {
  return [personHolderKey(p.id), personKey(p.name, departmentName(tx, p.departmentId))];
}

export function addPersonEvent(
  tx: Pick<Db, 'insert'>,
  ctx: WriteCtx,
  e: {
    personId: number;
    kind: PersonEventKind;
    on: string;
    summary: string;
    detail?: unknown;
    approvalId?: number | null;
  },
): void {
  tx.insert(personEvents)
    .values({
      personId: e.personId,
      kind: e.kind,
      on: e.on,
      at: ctx.now,
      accountId: ctx.accountId,
      approvalId: e.approvalId ?? null,
      summary: e.summary,
      detail: canonicalJson(e.detail ?? {}),
    })
    .run();
  ctx.touch('persons');
}

export function touchPerson(
  tx: Pick<Db, 'update'>,
  id: number,
  ctx: WriteCtx,
  patch: Partial<PersonRecord>,
): void {
  tx.update(persons)
    .set({ ...patch, updatedAt: ctx.now })
    .where(eq(persons.id, id))
    .run();
  ctx.touch('persons');
}
