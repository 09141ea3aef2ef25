// 在职人员: the light list of staff who are not 涉密人员, so that anyone can attend a session or sign an
// agreement (imported from xlsx as well, through the same write).
import { and, asc, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, staffMembers } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { StaffAddInput, StaffListInput, StaffView } from '../../ipc/schemas/trainings-records';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { departmentName } from '../departments';
import { pageOf } from '../util/paging';
import { present } from './store';
import { contains } from '../util/like';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

export function loadStaff(db: Reader, id: number) {
  const s = db.select().from(staffMembers).where(eq(staffMembers.id, id)).get();
  if (!s) {
    throw new AppException('NOT_FOUND', '所选在职人员不存在。', {
      fields: [{ path: 'staffId', message: '人员不存在' }],
    });
  }
  return s;
}

export function listStaff(db: Reader, input: z.output<typeof StaffListInput>): Page<StaffView> {
  const where = and(
    input.departmentId === undefined ? undefined : eq(staffMembers.departmentId, input.departmentId),
    input.q ? contains(staffMembers.name, input.q) : undefined,
  );
  const total = keptTotal(db, db.select({ n: count() }).from(staffMembers).where(where));
  const rows = pageOf(
    db
      .select({ s: staffMembers, department: departments.name })
      .from(staffMembers)
      .innerJoin(departments, eq(departments.id, staffMembers.departmentId))
      .where(where)
      .orderBy(asc(departments.sortOrder), asc(staffMembers.name), asc(staffMembers.id)),
    input,
  ).all();
  return {
    total,
    rows: rows.map(({ s, department }) => ({
      id: s.id,
      name: s.name,
      departmentId: s.departmentId,
      department,
      post: s.post,
      joinedOn: s.joinedOn,
      leftOn: s.leftOn,
      personId: s.personId,
    })),
  };
}

/** 在职人员 added inside the caller's write: the form's own, or an xlsx import's (one row of many). */
export function addStaffInTx(
  tx: Tx,
  ctx: Pick<WriteCtx, 'now'>,
  input: z.output<typeof StaffAddInput>,
): number {
  departmentName(tx, input.departmentId);
  return tx
    .insert(staffMembers)
    .values({
      name: input.name,
      departmentId: input.departmentId,
      post: input.post ?? null,
      joinedOn: input.joinedOn ?? null,
      createdAt: ctx.now,
    })
    .returning({ id: staffMembers.id })
    .get().id;
}

export function addStaff(core: AppCore, input: z.output<typeof StaffAddInput>): StaffView {
  const id = core.write(
    'staff_add',
    'staff_member',
    (tx, ctx) => addStaffInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: { name: input.name } }),
  );
  const rows = listStaff(core.session().db, {
    page: 1,
    pageSize: 500,
    departmentId: input.departmentId,
  }).rows;
  return present(
    rows.find((r) => r.id === id),
    'the staff member written',
  );
}
