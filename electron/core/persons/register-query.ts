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
import { pageOf } from '../util/paging';
import { separationOverBy, separationRunsOn } from './rules';
import { toPersonRow } from './views';
import { inList } from '../util/in-list';
import { keptTotal } from '../util/count-cache';

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

export function personWhere(
  input: Pick<PersonListInput, 'filters'>,
  ids: number[] | null,
  today: string,
  warningDays: number,
): SQL | undefined {
  const f = input.filters;
  const status: SQL | undefined = (() => {
    switch (f.status) {
      case undefined:
        return undefined;
      // 离岗脱密期 / 脱密期满 are one stored status split by today's date.
      case 'separation':
        return and(eq(persons.status, 'separation'), separationRunsOn(today));
      case 'released':
        return and(eq(persons.status, 'separation'), separationOverBy(today));
      default:
        return eq(persons.status, f.status);
    }
  })();
  const due: SQL | undefined = (() => {
    switch (f.due) {
      case 'vetting_due':
        return and(lte(persons.nextVettingOn, addDays(today, warningDays)), eq(persons.status, 'in_post'));
      case 'in_separation':
        return separationRunsOn(today);
      case 'separation_ending':
        return and(separationRunsOn(today), lte(persons.separationEndsOn, addDays(today, warningDays)));
      default:
        return undefined;
    }
  })();
  return and(
    f.departmentId === undefined ? undefined : eq(persons.departmentId, f.departmentId),
    f.clearance === undefined ? undefined : eq(persons.clearanceRank, CLEARANCE_RANK[f.clearance]),
    status,
    due,
    ids === null ? undefined : sql`+${persons.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
}

export function personPageQuery(
  db: Reader,
  input: PersonListInput,
  ids: number[] | null,
  today: string,
  warningDays: number,
) {
  const dir = input.sort.order === 'asc' ? asc : desc;
  return pageOf(
    db
      .select({ p: persons, department: departments.name, keyDept: departments.keyDept })
      .from(persons)
      .innerJoin(departments, eq(departments.id, persons.departmentId))
      .where(personWhere(input, ids, today, warningDays))
      .orderBy(...SORTS[input.sort.field].map((c) => dir(c))),
    input,
  );
}

export function listPersons(
  db: Reader,
  input: PersonListInput,
  today: string,
  warningDays: number,
): Page<PersonRow> {
  const ids = resolvePersonSearch(db, input.search);
  if (ids !== null && ids.length === 0) return { total: 0, rows: [] };
  // Kept while nothing is written (util/count-cache.ts): paging and sorting ask the same count again.
  const total = keptTotal(
    db,
    db
      .select({ n: count() })
      .from(persons)
      .where(personWhere(input, ids, today, warningDays)),
  );
  const rows = total === 0 ? [] : personPageQuery(db, input, ids, today, warningDays).all();
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
