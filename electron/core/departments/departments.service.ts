// The unit's departments: the list with head counts, creation and corrections. Persons belong to one.
import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { departments, persons } from '../../../db/schema';
import type { DepartmentInput, DepartmentUpdateInput, DepartmentView } from '../../ipc/schemas/departments';
import type { AppCore } from '../app-core';

export function listDepartments(db: Pick<Db, 'select'>): DepartmentView[] {
  return db
    .select({
      id: departments.id,
      name: departments.name,
      keyDept: departments.keyDept,
      sortOrder: departments.sortOrder,
      persons: count(persons.id),
    })
    .from(departments)
    .leftJoin(persons, eq(persons.departmentId, departments.id))
    .groupBy(departments.id)
    .orderBy(asc(departments.sortOrder), asc(departments.name))
    .all()
    .map((d) => ({ ...d, keyDept: d.keyDept === 1 }));
}

/** The department's name; refuses one that does not exist, naming the form's department field. */
export function departmentName(tx: Pick<Db, 'select'>, id: number): string {
  const d = tx.select({ name: departments.name }).from(departments).where(eq(departments.id, id)).get();
  if (!d) {
    throw new AppException('NOT_FOUND', '所选部门不存在。', {
      fields: [{ path: 'departmentId', message: '部门不存在' }],
    });
  }
  return d.name;
}

function departmentView(core: AppCore, id: number): DepartmentView {
  const d = listDepartments(core.session().db).find((x) => x.id === id);
  if (!d) throw new AppException('NOT_FOUND', '所选部门不存在。');
  return d;
}

function checkDepartmentName(tx: Pick<Db, 'select'>, name: string, exceptId?: number): void {
  const clash = tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.name, name), exceptId ? ne(departments.id, exceptId) : undefined))
    .get();
  if (clash) {
    throw new AppException('CONFLICT', `已有名为“${name}”的部门。`, {
      fields: [{ path: 'name', message: '部门名称重复' }],
    });
  }
}

export function createDepartment(core: AppCore, input: z.output<typeof DepartmentInput>): DepartmentView {
  const id = core.write(
    'department_create',
    'department',
    (tx, ctx) => {
      checkDepartmentName(tx, input.name);
      return tx
        .insert(departments)
        .values({
          name: input.name,
          keyDept: input.keyDept ? 1 : 0,
          sortOrder: input.sortOrder,
          createdAt: ctx.now,
        })
        .returning({ id: departments.id })
        .get().id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return departmentView(core, id);
}

export function updateDepartment(
  core: AppCore,
  input: z.output<typeof DepartmentUpdateInput>,
): DepartmentView {
  core.write(
    'department_update',
    'department',
    (tx, ctx) => {
      departmentName(tx, input.id);
      if (input.name) checkDepartmentName(tx, input.name, input.id);
      tx.update(departments)
        .set({
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.keyDept === undefined ? {} : { keyDept: input.keyDept ? 1 : 0 }),
          ...(input.sortOrder === undefined ? {} : { sortOrder: input.sortOrder }),
        })
        .where(eq(departments.id, input.id))
        .run();
      // A renamed department shows under its new name in every person's row and drawer.
      if (input.name !== undefined) ctx.touch('persons');
    },
    () => ({ entityId: input.id, detail: input }),
  );
  return departmentView(core, input.id);
}
