// The persons register page: filters, name/ID search, sorts — each on an index, pinned by
// test/electron/core/persons/query-plan.test.ts.
import { and, asc, count, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { departments, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { PersonListInput, PersonRow } from '../../ipc/schemas/persons';
import { CLEARANCE_RANK } from '../../../db/domain/vocab';
import { addDays } from '../util/dates';
import { contains } from '../util/like';
import { Bindings, pageByShape, pageOf } from '../util/paging';
import { separationOverBy, separationRunsOn } from './rules';
import { toPersonRow } from './views';
import { inList } from '../util/in-list';

type Reader = Pick<Db, 'select'>;

const SORTS = {
  name: [persons.name, persons.id],
  department: [persons.departmentId, persons.name, persons.id],
  clearance: [persons.clearanceRank, persons.name, persons.id],
  clearedOn: [persons.clearedOn, persons.id],
} as const;

/**
 * One search term. An ID number (digits) matches by its beginning: a range on the unique index. A name
 * matches anywhere in it — names are two to four characters, which a trigram index cannot match (TOOLCHAIN.md
 * trap 5) — by LIKE over the narrow covering (name, id) index, never the table.
 */
export function termQuery(db: Reader, term: string) {
  if (/^\d/.test(term)) {
    const t = term.toUpperCase();
    return db
      .select({ id: persons.id })
      .from(persons)
      .where(and(sql`${persons.idNumber} >= ${t}`, sql`${persons.idNumber} < ${`${t}\uffff`}`));
  }
  return db.select({ id: persons.id }).from(persons).where(contains(persons.name, term));
}

/** Ids matching every term, or null when there is no search. */
export function resolvePersonSearch(db: Reader, search: string | undefined): number[] | null {
  const terms = (search ?? '').split(/\s+/).filter(Boolean);
  if (!terms.length) return null;
  let ids: number[] | null = null;
  for (const t of terms) {
    const found = termQuery(db, t)
      .all()
      .map((r) => r.id);
    const keep: Set<number> | null = ids ? new Set(ids) : null;
    ids = keep ? found.filter((id) => keep.has(id)) : found;
  }
  return ids;
}

/**
 * The page's condition. `b` binds what changes from one asking to the next (the values chosen, today's dates, the
 * search's ids); the status and due filters chosen are part of the question's shape (`listPersons`), so their
 * constants stay in the SQL.
 */
export function personWhere(
  input: Pick<PersonListInput, 'filters'>,
  ids: number[] | null,
  today: string,
  warningDays: number,
  b: Bindings = Bindings.inline(),
): SQL | undefined {
  const f = input.filters;
  const status: SQL | undefined = (() => {
    switch (f.status) {
      case undefined:
        return undefined;
      // 离岗脱密期 / 脱密期满 are one stored status split by today's date.
      case 'separation':
        return and(eq(persons.status, 'separation'), separationRunsOn(b.bind('today', today)));
      case 'released':
        return and(eq(persons.status, 'separation'), separationOverBy(b.bind('today', today)));
      default:
        return eq(persons.status, f.status);
    }
  })();
  const due: SQL | undefined = (() => {
    switch (f.due) {
      case 'vetting_due':
        return and(
          lte(persons.nextVettingOn, b.bind('dueBy', addDays(today, warningDays))),
          eq(persons.status, 'in_post'),
        );
      case 'in_separation':
        return separationRunsOn(b.bind('today', today));
      case 'separation_ending':
        return and(
          separationRunsOn(b.bind('today', today)),
          lte(persons.separationEndsOn, b.bind('dueBy', addDays(today, warningDays))),
        );
      default:
        return undefined;
    }
  })();
  return and(
    f.departmentId === undefined
      ? undefined
      : eq(persons.departmentId, b.bind('departmentId', f.departmentId)),
    f.clearance === undefined
      ? undefined
      : eq(persons.clearanceRank, b.bind('clearanceRank', CLEARANCE_RANK[f.clearance])),
    status,
    due,
    ids === null
      ? undefined
      : sql`+${persons.id} IN (SELECT value FROM json_each(${b.bind('ids', JSON.stringify(ids))}))`,
  );
}

/** The register's page in the order asked, and its count, under `where`. */
function personQuestion(db: Reader, input: PersonListInput, where: SQL | undefined) {
  const dir = input.sort.order === 'asc' ? asc : desc;
  return {
    rows: db
      .select({ p: persons, department: departments.name, keyDept: departments.keyDept })
      .from(persons)
      .innerJoin(departments, eq(departments.id, persons.departmentId))
      .where(where)
      .orderBy(...SORTS[input.sort.field].map((c) => dir(c))),
    count: db.select({ n: count() }).from(persons).where(where),
  };
}

/** A page as listPersons asks it, with its values in the SQL (its plan is pinned by the persons query-plan test). */
export function personPageQuery(
  db: Reader,
  input: PersonListInput,
  ids: number[] | null,
  today: string,
  warningDays: number,
) {
  return pageOf(personQuestion(db, input, personWhere(input, ids, today, warningDays)).rows, input);
}

export function listPersons(
  db: Reader,
  input: PersonListInput,
  today: string,
  warningDays: number,
): Page<PersonRow> {
  const ids = resolvePersonSearch(db, input.search);
  if (ids !== null && ids.length === 0) return { total: 0, rows: [] };
  const b = Bindings.placeholders();
  const where = personWhere(input, ids, today, warningDays, b);
  const { filters: f, sort } = input;
  // The status and due chosen and the order are the shape; everything else that varies is bound by `b`.
  const shape = `persons:${b.names}:${f.status ?? ''}:${f.due ?? ''}:${sort.field}:${sort.order}`;
  // The total is kept while nothing is written (util/count-cache.ts): paging and sorting ask the same count again.
  const { total, rows } = pageByShape(db, shape, b, input, () => personQuestion(db, input, where));
  return {
    total,
    rows: rows.map((r) => toPersonRow(r.p, r.department, today, warningDays, r.keyDept === 1)),
  };
}

/** Persons by id with their department names (dossier lists, statements). */
export function personsByIds(db: Reader, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ p: persons, department: departments.name })
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .where(inList(persons.id, ids))
    .all();
}
