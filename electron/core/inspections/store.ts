// Loading a check or a finding inside a write, and the finding's history line each step leaves.
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import type { FindingEventKind } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, findingEvents, findings, inspectionDepartments, inspections } from '../../../db/schema';
import type { WriteCtx } from '../app-core';
import { refuse } from '../util/refuse';
import { inList } from '../util/in-list';

export type InspectionRecord = typeof inspections.$inferSelect;
export type FindingRecord = typeof findings.$inferSelect;

export function loadInspection(tx: Pick<Db, 'select'>, id: number): InspectionRecord {
  const c = tx.select().from(inspections).where(eq(inspections.id, id)).get();
  if (!c)
    throw new AppException('NOT_FOUND', '找不到该检查。', {
      fields: [{ path: 'inspectionId', message: '不存在' }],
    });
  return c;
}

/** A check still open: a closed one is the record of what was found and done, and stays as it was. */
export function loadOpenInspection(tx: Pick<Db, 'select'>, id: number): InspectionRecord {
  const c = loadInspection(tx, id);
  if (c.status === 'closed') refuse('check_closed', '该检查已结束，不能再修改。', 'inspectionId');
  return c;
}

export function loadFinding(tx: Pick<Db, 'select'>, id: number): FindingRecord {
  const f = tx.select().from(findings).where(eq(findings.id, id)).get();
  if (!f)
    throw new AppException('NOT_FOUND', '找不到该问题。', {
      fields: [{ path: 'findingId', message: '不存在' }],
    });
  return f;
}

export function findingEvent(
  tx: Pick<Db, 'insert'>,
  ctx: WriteCtx,
  findingId: number,
  kind: FindingEventKind,
  on: string,
  summary: string,
): void {
  tx.insert(findingEvents)
    .values({ findingId, kind, on, summary, createdAt: ctx.now, createdBy: ctx.accountId })
    .run();
}

/**
 * A check's scope of departments, written in the order chosen. Each must be one of the unit's departments: an id
 * the form no longer knows (a department removed meanwhile) is refused by name, not left to a foreign key.
 */
export function saveScopeInTx(
  tx: Pick<Db, 'select' | 'insert' | 'delete'>,
  inspectionId: number,
  ids: number[],
): void {
  if (ids.length > 0) {
    const known = new Set(
      tx
        .select({ id: departments.id })
        .from(departments)
        .where(inList(departments.id, ids))
        .all()
        .map((d) => d.id),
    );
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      refuse(
        'scope_departments_known',
        `检查范围中有 ${unknown.length} 个部门不在本单位部门名单中，请重新选择被查部门。`,
        'departmentIds',
      );
  }
  tx.delete(inspectionDepartments).where(eq(inspectionDepartments.inspectionId, inspectionId)).run();
  for (const departmentId of ids)
    tx.insert(inspectionDepartments).values({ inspectionId, departmentId }).run();
}
