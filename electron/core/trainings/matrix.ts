// The training matrix (涉密人员 in post × months of one year) and the yearly floor: who is under it. Each person's
// year is one row of `training_tallies` (kept by triggers), so a page, the under-floor filter and the counts are
// each one indexed query over the people in post, whatever the number of sessions. Sorted by name as the
// persons register is, so a page reads `persons_status_idx` (status, name, id) in order and stops.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { departments, persons, trainingTallies } from '../../../db/schema';
import type { Matrix, MatrixInput, MatrixRow, TrainingSettings } from '../../ipc/schemas/trainings';
import { keptWhileUnchanged } from '../util/count-cache';
import { pageOf } from '../util/paging';
import { trainingSettings } from './settings';
import { contains } from '../util/like';
import { inList } from '../util/in-list';

type Reader = Pick<Db, 'select'>;
type Filter = Pick<z.output<typeof MatrixInput>, 'departmentId' | 'q'>;

const t = trainingTallies;
const MONTHS = [t.m1, t.m2, t.m3, t.m4, t.m5, t.m6, t.m7, t.m8, t.m9, t.m10, t.m11, t.m12] as const;

/** The floor of each person's clearance, as SQL: the unit's setting, 0 without a clearance. */
function floorOf(by: TrainingSettings['sessionsPerYear']): SQL<number> {
  return sql<number>`CASE ${persons.clearance} WHEN 'core' THEN ${by.core} WHEN 'important' THEN ${by.important} WHEN 'general' THEN ${by.general} ELSE 0 END`;
}

function shape(filter: Filter, settings: TrainingSettings) {
  const sessions = sql<number>`coalesce(${t.sessions}, 0)`;
  const hours = sql<number>`coalesce(${t.hours}, 0)`;
  const floorSessions = floorOf(settings.sessionsPerYear);
  const floorHours = floorOf(settings.hoursPerYear);
  const under = sql<number>`(${sessions} < ${floorSessions} OR ${hours} < ${floorHours})`;
  const where = and(
    eq(persons.status, 'in_post'),
    filter.departmentId === undefined ? undefined : eq(persons.departmentId, filter.departmentId),
    filter.q ? contains(persons.name, filter.q) : undefined,
  );
  return { sessions, hours, floorSessions, floorHours, under, where };
}

function joined<T extends Record<string, unknown>>(db: Reader, cols: T, year: number) {
  return db
    .select(cols as never)
    .from(persons)
    .innerJoin(departments, eq(departments.id, persons.departmentId))
    .leftJoin(t, and(eq(t.personId, persons.id), eq(t.year, year)));
}

/** The counts need no department name: one join fewer for each of the unit's people. */
function tallied<T extends Record<string, unknown>>(db: Reader, cols: T, year: number) {
  return db
    .select(cols as never)
    .from(persons)
    .leftJoin(t, and(eq(t.personId, persons.id), eq(t.year, year)));
}

interface Counts {
  n: number;
  under: number;
}

const keptCounts = keptWhileUnchanged<Counts | undefined>();
const keptUnder = keptWhileUnchanged<number[]>();

export function trainingMatrix(
  db: Reader,
  input: z.output<typeof MatrixInput>,
  settings: TrainingSettings = trainingSettings(db),
): Matrix {
  const s = shape(input, settings);
  const ask = () =>
    tallied(db, { n: sql<number>`count(*)`, under: sql<number>`coalesce(sum(${s.under}), 0)` }, input.year)
      .where(s.where)
      .get() as Counts | undefined;
  // The same question on another page, or only those under the floor, has the same counts: kept until anything
  // in the database changes (count-cache.ts), where a connection is at hand (not inside a transaction's reader).
  const client = (db as Partial<Db>).$client;
  const key = JSON.stringify([input.year, input.departmentId ?? null, input.q ?? '', settings]);
  const counts = client ? keptCounts(client, key, ask) : ask();
  // Those under the floor, in page order: no index holds "under" (it follows the settings and the tallies),
  // so a page of them at an offset would walk every person in post before it. Their ids are listed once per
  // question and kept like the counts; a page is then a slice of them, its rows read by id.
  const underIds = () =>
    (
      tallied(db, { id: persons.id }, input.year)
        .where(and(s.where, sql`${s.under}`))
        .orderBy(asc(persons.name), asc(persons.id))
        .all() as { id: number }[]
    ).map((r) => r.id);
  const paged = input.underFloorOnly
    ? (client ? keptUnder(client, key, underIds) : underIds()).slice(
        (input.page - 1) * input.pageSize,
        input.page * input.pageSize,
      )
    : null;
  const page = joined(
    db,
    {
      personId: persons.id,
      name: persons.name,
      department: departments.name,
      clearance: persons.clearance,
      months: sql<string>`json_array(${sql.join(
        MONTHS.map((m) => sql`coalesce(${m}, 0)`),
        sql`, `,
      )})`,
      sessions: s.sessions,
      hours: s.hours,
      floorSessions: s.floorSessions,
      floorHours: s.floorHours,
      underFloor: s.under,
    },
    input.year,
  );
  type Read = Omit<MatrixRow, 'months' | 'underFloor'> & { months: string; underFloor: number };
  const rows = (
    paged
      ? paged.length
        ? page.where(inList(persons.id, paged)).orderBy(asc(persons.name), asc(persons.id)).all()
        : []
      : pageOf(page.where(s.where).orderBy(asc(persons.name), asc(persons.id)), input).all()
  ) as Read[];
  return {
    rows: rows.map((r) => ({
      ...r,
      months: JSON.parse(r.months) as number[],
      underFloor: r.underFloor === 1,
    })),
    total: input.underFloorOnly ? (counts?.under ?? 0) : (counts?.n ?? 0),
    inPost: counts?.n ?? 0,
    underFloor: counts?.under ?? 0,
  };
}

/** Every 涉密人员 in post with the year's figures (the reminders, the annual figures). */
export function matrixRows(
  db: Reader,
  year: number,
  filter: Filter = {},
  settings = trainingSettings(db),
): MatrixRow[] {
  return trainingMatrix(
    db,
    { year, ...filter, underFloorOnly: false, page: 1, pageSize: 1_000_000 },
    settings,
  ).rows;
}

/** How many 涉密人员 in post are under the floor in `year` (the reminder, the supervisor's share). */
export function underFloorCount(
  db: Reader,
  year: number,
  settings = trainingSettings(db),
): { inPost: number; underFloor: number } {
  // The counts come with any page: the first of everyone in post is the cheapest (no list of those under).
  const m = trainingMatrix(db, { year, underFloorOnly: false, page: 1, pageSize: 1 }, settings);
  return { inPost: m.inPost, underFloor: m.underFloor };
}
