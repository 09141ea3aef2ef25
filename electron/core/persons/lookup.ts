// Who a name written on another register's form is: the people of that name in the personnel register (in
// that department when it is given), with what decides whether they may handle a secret — their 涉密等级 and
// whether they are 在岗. Carriers check a borrower with it; a form names people by name and department only.
import { and, asc, eq } from 'drizzle-orm';
import type { Clearance, PersonStatus } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { departments, persons } from '../../../db/schema';

export interface NamedPerson {
  id: number;
  name: string;
  department: string;
  clearance: Clearance | null;
  status: PersonStatus;
}

export function personsNamed(
  db: Pick<Db, 'select'>,
  name: string,
  department?: string | null,
): NamedPerson[] {
  const dept = department?.trim();
  const byName = eq(persons.name, name.trim());
  return db
    .select({
      id: persons.id,
      name: persons.name,
      department: departments.name,
      clearance: persons.clearance,
      status: persons.status,
    })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(dept ? and(byName, eq(departments.name, dept)) : byName)
    .orderBy(asc(persons.id))
    .all();
}
