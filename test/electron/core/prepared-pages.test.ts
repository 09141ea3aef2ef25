// prepared_page_is_the_built_query: a register page prepared once per shape (util/paging.ts pageByShape) gives the
// rows and total of the same question built whole with its values, for every filter, due, search and order each
// register prepared so takes, asked one after another on one connection, so that two questions sharing a prepared
// statement they should not share would show here.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open';
import type { Page } from '../../../electron/ipc/schemas/common';
import {
  APPROVAL_KINDS,
  ARCHIVE_KINDS,
  CARRIER_DUE_FILTERS,
  CARRIER_LEVELS,
  CARRIER_SORT_FIELDS,
  CARRIER_STATUSES,
  CARRIER_TYPES,
  CLASS_STATES,
  CLEARANCES,
  DEVICE_CLASSES,
  DEVICE_FAMILIES,
  DEVICE_KINDS,
  DEVICE_STATUSES,
  FINDING_STATES,
  NATIONAL_LEVELS,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  KEY_SITE_KINDS,
  KEY_SITE_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  PERSON_DUE_FILTERS,
  PERSON_SORT_FIELDS,
  PERSON_STATUSES,
  REQUEST_STATUSES,
  REVIEW_PURPOSES,
  REVIEW_STATUSES,
  TASK_KINDS,
  TASK_STATUSES,
} from '../../../db/domain/vocab';
import { persons } from '../../../db/schema';
import { seedPersons } from '../../../electron/core/persons';
import {
  listPersons,
  personPageQuery,
  personWhere,
  resolvePersonSearch,
} from '../../../electron/core/persons/register-query';
import { seedReviews } from '../../../electron/core/reviews/demo';
import { seedIncidents } from '../../../electron/core/incidents/demo';
import { incidentPageQuery, listIncidents } from '../../../electron/core/incidents/views';
import { IncidentListInput } from '../../../electron/ipc/schemas/incidents';
import { seedKeySites } from '../../../electron/core/key_sites/demo';
import {
  keySitePageQuery,
  listKeySites,
  listVisits,
  visitPageQuery,
} from '../../../electron/core/key_sites/views';
import { KeySiteListInput, VisitListInput } from '../../../electron/ipc/schemas/key-sites';
import { seedDevices } from '../../../electron/core/devices';
import { devicePageQueries, listDevices } from '../../../electron/core/devices/register-query';
import { seedRepairs } from '../../../electron/core/devices/demo-repairs';
import {
  listRepairs,
  listUsage,
  repairPageQuery,
  usagePageQuery,
} from '../../../electron/core/devices/usage';
import { DeviceRepairListInput, DeviceUsageListInput } from '../../../electron/ipc/schemas/devices-usage';
import { DEVICE_SORT_FIELDS, DeviceListInput } from '../../../electron/ipc/schemas/devices';
import { seedCommittee } from '../../../electron/core/committee/demo';
import { archivePageQuery, listArchive } from '../../../electron/core/committee/archive';
import {
  committeeMeetingPageQuery,
  listCommitteeMeetings,
} from '../../../electron/core/committee/committee.service';
import { listMeetings, meetingPageQuery } from '../../../electron/core/committee/meetings';
import { listTasks, taskPageQuery } from '../../../electron/core/committee/tasks';
import {
  ArchiveListInput,
  CommitteeMeetingListInput,
  TaskListInput,
} from '../../../electron/ipc/schemas/committee';
import { MeetingListInput } from '../../../electron/ipc/schemas/meetings';
import { seedApprovalRequests } from '../../../electron/core/approvals/demo';
import { seedCarriers } from '../../../electron/core/carriers';
import {
  buildListQuery,
  countQuery,
  listCarriers,
  pageIdsQuery,
} from '../../../electron/core/carriers/register-query';
import { listMovements, movementPageQuery } from '../../../electron/core/carriers/holders-query';
import { MovementListInput } from '../../../electron/ipc/schemas/carriers-actions';
import { CarrierListInput } from '../../../electron/ipc/schemas/carriers';
import {
  approvalPageQuery,
  approvalsById,
  listApprovals,
} from '../../../electron/core/approvals/approvals.service';
import { listRequests, requestPageQuery } from '../../../electron/core/approvals/requests.service';
import { ApprovalListInput, RequestListInput } from '../../../electron/ipc/schemas/approvals';
import { seedInspections } from '../../../electron/core/inspections/demo';
import { findingPageQuery, listFindings } from '../../../electron/core/inspections/findings-views';
import { FindingListInput } from '../../../electron/ipc/schemas/inspections';
import { pageOf } from '../../../electron/core/util/paging';
import { listReviews, reviewPageQuery } from '../../../electron/core/reviews/views';
import { PersonListInput } from '../../../electron/ipc/schemas/persons';
import { InfoReviewListInput } from '../../../electron/ipc/schemas/reviews';
import { seededRng } from '../../../scripts/cli/commands/demo';
import { setUpCore } from '../../helpers/temp';

const TODAY = '2026-06-15';
let db: Db;

beforeAll(async () => {
  const { core } = await setUpCore();
  db = core.session().db;
  const clerk = core.session().account.id;
  const rng = seededRng(7);
  seedPersons(db, 'small', rng, new Date(`${TODAY}T12:00:00`));
  seedReviews(db, 'small', rng, TODAY, `${TODAY}T04:00:00.000Z`);
  // Two incidents a call (one closed in time, one open and late), ten calls five days apart.
  for (let i = 0; i < 10; i++)
    seedIncidents(db, new Date(Date.parse(`${TODAY}T12:00:00Z`) - i * 5 * 86_400_000));
  // Eight approved places; a third made proposed departments and a quarter of the visitors still inside, so that
  // every filter of the two registers finds something and something is left out.
  for (const today of [TODAY, '2026-03-01']) seedKeySites(db, 'small', rng, today, `${today}T04:00:00.000Z`);
  db.$client.exec(`UPDATE key_sites SET kind = 'department', status = 'proposed' WHERE id % 3 = 0;
    UPDATE key_site_visits SET out_at = NULL WHERE id % 4 = 0`);
  seedDevices(db, 'small', rng, new Date(`${TODAY}T12:00:00`));
  seedRepairs(db, rng, new Date(`${TODAY}T12:00:00`));
  // The committee's year of work; the archive has no demo, so thirty documents of two years and every kind.
  seedCommittee(db, 'small', rng, TODAY, `${TODAY}T04:00:00.000Z`);
  const doc = db.$client.prepare(
    'INSERT INTO secrecy_archive (year, kind, title, created_at) VALUES (?, ?, ?, ?)',
  );
  for (let i = 0; i < 30; i++)
    doc.run(
      2025 + (i % 2),
      ARCHIVE_KINDS[i % ARCHIVE_KINDS.length],
      `${i % 3 ? '保密' : '年度'}文件${i}`,
      TODAY,
    );
  // Requests are filed for the carriers' loans: four hundred carriers first.
  seedCarriers(db, { count: 400, rng, now: new Date(`${TODAY}T12:00:00`) });
  seedApprovalRequests(db, 'small', rng, new Date(`${TODAY}T12:00:00`), clerk);
  seedInspections(db, 'small', rng, new Date(`${TODAY}T12:00:00`));
});

interface Built {
  toSQL(): { sql: string; params: unknown[] };
  all(): unknown[];
}

/** The total of a question built whole: its rows counted, asked with a page holding them all. */
function builtTotal(q: Built): number {
  const { sql, params } = q.toSQL();
  return db.$client
    .prepare(`SELECT count(*) FROM (${sql})`)
    .pluck()
    .get(...params) as number;
}

/**
 * A prepared page is the question built whole (`built`, asked of the same input): the ids of its rows, each built
 * row's id by `idOf`, and its total. Returns how many rows the page held.
 */
function expectBuilt<I extends { page: number; pageSize: number }, R>(
  got: { rows: { id: unknown }[]; total: number },
  input: I,
  built: (input: I) => { toSQL(): { sql: string; params: unknown[] }; all(): R[] },
  idOf: (row: R) => unknown,
): number {
  const what = JSON.stringify(input);
  expect(
    got.rows.map((r) => r.id),
    what,
  ).toEqual(built(input).all().map(idOf));
  expect(got.total, what).toBe(builtTotal(built({ ...input, page: 1, pageSize: 1e6 })));
  return got.rows.length;
}

/** The first and second page of every question. */
const pages = [1, 2] as const;

const opt = <T>(xs: readonly T[]) => [undefined, ...xs];

describe('prepared_page_is_the_built_query', () => {
  it('persons: every status, due, clearance and order, with and without a search', () => {
    let asked = 0;
    let found = 0;
    for (const status of opt(PERSON_STATUSES))
      for (const due of opt(PERSON_DUE_FILTERS))
        for (const [i, field] of PERSON_SORT_FIELDS.entries()) {
          const input = PersonListInput.parse({
            pageSize: 20,
            page: 1 + (i % 2),
            search: i === 3 ? '王' : undefined,
            filters: {
              status,
              due,
              clearance: i === 2 ? CLEARANCES[0] : undefined,
              departmentId: i === 1 ? 2 : undefined,
            },
            sort: { field, order: i % 2 ? 'desc' : 'asc' },
          });
          const got = listPersons(db, input, TODAY, 30);
          const ids = resolvePersonSearch(db, input.search);
          const where = personWhere(input, ids, TODAY, 30);
          const total = db.select({ n: count() }).from(persons).where(where).get()?.n ?? 0;
          const rows = total ? personPageQuery(db, input, ids, TODAY, 30).all() : [];
          const what = JSON.stringify({ status, due, field });
          expect(got.total, what).toBe(total);
          expect(
            got.rows.map((r) => r.id),
            what,
          ).toEqual(rows.map((r) => r.p.id));
          asked++;
          found += got.rows.length;
        }
    expect(asked).toBeGreaterThan(100);
    // The questions find people: equal empty pages would prove nothing.
    expect(found).toBeGreaterThan(100);
  });

  it('reviews: every status and purpose, both sorts and orders, with a year or a search', () => {
    let found = 0;
    for (const status of opt(REVIEW_STATUSES))
      for (const purpose of opt(REVIEW_PURPOSES))
        for (const sort of ['appliedOn', 'title'] as const)
          for (const order of ['asc', 'desc'] as const)
            for (const extra of [{}, { year: 2026 }, { search: '稿' }]) {
              const input = InfoReviewListInput.parse({
                pageSize: 10,
                status,
                purpose,
                sort,
                order,
                ...extra,
              });
              const got = listReviews(db, input);
              const built = reviewPageQuery(db, input).all();
              const what = JSON.stringify({ status, purpose, sort, order, extra });
              expect(
                got.rows.map((r) => r.id),
                what,
              ).toEqual(built.map((r) => r.r.id));
              const { sql, params } = reviewPageQuery(db, { ...input, page: 1, pageSize: 1_000_000 }).toSQL();
              const total = db.$client
                .prepare(`SELECT count(*) FROM (${sql})`)
                .pluck()
                .get(...params) as number;
              expect(got.total, what).toBe(total);
              found += got.rows.length;
            }
    expect(found).toBeGreaterThan(50);
  });

  it('incidents: every status and kind, with and without a search, pages 1 and 2', () => {
    let found = 0;
    for (const status of opt(INCIDENT_STATUSES))
      for (const kind of opt(INCIDENT_KINDS))
        for (const q of [undefined, '文件', '赵敏'])
          for (const page of pages) {
            const input = IncidentListInput.parse({ page, pageSize: 3, status, kind, q });
            const now = new Date(`${TODAY}T12:00:00Z`);
            const got = listIncidents(db, input, now);
            found += expectBuilt(
              got,
              input,
              (i) => incidentPageQuery(db, i),
              (r) => r.i.id,
            );
          }
    expect(found).toBeGreaterThan(50);
  });

  it('key sites: every status and kind, 检查到期 or not, both sorts and orders, with and without a search', () => {
    let found = 0;
    for (const status of opt(KEY_SITE_STATUSES))
      for (const kind of opt(KEY_SITE_KINDS))
        for (const checkDue of [undefined, true])
          for (const sort of ['name', 'proposedOn'] as const)
            for (const order of ['asc', 'desc'] as const)
              for (const search of [undefined, '室'])
                for (const page of pages) {
                  const input = KeySiteListInput.parse({
                    page,
                    pageSize: 2,
                    status,
                    kind,
                    checkDue,
                    sort,
                    order,
                    search,
                  });
                  const got = listKeySites(db, input, TODAY);
                  const what = JSON.stringify(input);
                  expect(
                    got.rows.map((r) => r.id),
                    what,
                  ).toEqual(
                    keySitePageQuery(db, input, TODAY)
                      .all()
                      .map((r) => r.s.id),
                  );
                  const all = keySitePageQuery(db, { ...input, page: 1, pageSize: 1e6 }, TODAY);
                  expect(got.total, what).toBe(builtTotal(all));
                  found += got.rows.length;
                }
    expect(found).toBeGreaterThan(100);
  });

  it('key site visits: every site, still inside or not, pages 1 and 2', () => {
    let found = 0;
    for (const siteId of [undefined, 1, 2, 5])
      for (const openOnly of [false, true])
        for (const page of pages) {
          const input = VisitListInput.parse({ page, pageSize: 4, siteId, openOnly });
          found += expectBuilt(
            listVisits(db, input),
            input,
            (i) => visitPageQuery(db, i),
            (r) => r.v.id,
          );
        }
    expect(found).toBeGreaterThan(40);
  });

  it('devices: each filter value, both families, every sort and order, with and without a search', () => {
    const filters: Record<string, unknown>[] = [
      {},
      ...DEVICE_KINDS.map((kind) => ({ kind })),
      ...DEVICE_CLASSES.map((c) => ({ class: c })),
      ...NATIONAL_LEVELS.map((level) => ({ level })),
      ...DEVICE_STATUSES.map((status) => ({ status })),
      { departmentId: 2 },
      { departmentId: 3, status: 'in_use' },
      { custodianId: 5 },
      { overdue: true },
      { class: 'classified', level: 'secret', status: 'in_use' },
    ];
    let found = 0;
    for (const family of DEVICE_FAMILIES)
      for (const f of filters)
        for (const field of DEVICE_SORT_FIELDS)
          for (const order of ['asc', 'desc'] as const)
            for (const search of [undefined, '王'])
              for (const page of pages) {
                const input = DeviceListInput.parse({
                  page,
                  pageSize: 3,
                  family,
                  filters: f,
                  sort: { field, order },
                  search,
                });
                const got = listDevices(db, input, TODAY);
                const what = JSON.stringify(input);
                const built = devicePageQueries(db, input, TODAY);
                expect(
                  got.rows.map((r) => r.id),
                  what,
                ).toEqual(built.page.all().map((r) => r.id));
                expect(got.total, what).toBe(built.count.get()?.n);
                found += got.rows.length;
              }
    expect(found).toBeGreaterThan(1000);
  });

  it('committee: its tasks, meetings, 涉密会议 and archive under every filter, with and without a search', () => {
    let found = 0;
    /** The page and total of `got` are those of `built`, whose rows give their ids by `id`. */
    function same<T>(
      got: Page<{ id: number }>,
      built: (p: object) => Built,
      id: (r: T) => number,
      what: object,
    ) {
      const w = JSON.stringify(what);
      expect(
        got.rows.map((r) => r.id),
        w,
      ).toEqual((built({}).all() as T[]).map(id));
      expect(got.total, w).toBe(builtTotal(built({ page: 1, pageSize: 1e6 })));
      found += got.rows.length;
    }
    for (const page of pages) {
      for (const status of opt(TASK_STATUSES))
        for (const kind of opt(TASK_KINDS))
          for (const year of [undefined, 2025, 2026]) {
            const input = TaskListInput.parse({ page, pageSize: 3, status, kind, year });
            const built = (p: object) => taskPageQuery(db, { ...input, ...p });
            same(listTasks(db, input, TODAY), built, (r: { t: { id: number } }) => r.t.id, input);
          }
      for (const year of [undefined, 2025, 2026]) {
        const input = CommitteeMeetingListInput.parse({ page, pageSize: 2, year });
        const built = (p: object) => committeeMeetingPageQuery(db, { ...input, ...p });
        same(listCommitteeMeetings(db, input, TODAY), built, (r: { id: number }) => r.id, input);
      }
      for (const status of opt(MEETING_STATUSES))
        for (const kind of opt(MEETING_KINDS))
          for (const materialsOut of [undefined, true])
            for (const search of [undefined, '档案']) {
              const input = MeetingListInput.parse({ page, pageSize: 2, status, kind, materialsOut, search });
              const built = (p: object) => meetingPageQuery(db, { ...input, ...p });
              same(listMeetings(db, input), built, (r: { m: { id: number } }) => r.m.id, input);
            }
      for (const year of [undefined, 2025, 2026])
        for (const kind of opt(ARCHIVE_KINDS))
          for (const search of [undefined, '保密']) {
            const input = ArchiveListInput.parse({ page, pageSize: 2, year, kind, search });
            const built = (p: object) => archivePageQuery(db, { ...input, ...p });
            same(listArchive(db, input), built, (r: { a: { id: number } }) => r.a.id, input);
          }
    }
    expect(found).toBeGreaterThan(150);
  });

  it('approvals and requests: every kind and status, a subject, an id or ids, pages 1 and 2', () => {
    let found = 0;
    const subjects = db.$client
      .prepare('SELECT DISTINCT subject_type AS t, subject_id AS id FROM approvals ORDER BY id LIMIT 3')
      .all() as { t: string; id: string }[];
    const someIds = (
      db.$client.prepare('SELECT id FROM approvals ORDER BY id').pluck().all() as number[]
    ).filter((_, i) => i % 3 === 0);
    const approvalQuestions = [
      ...opt(APPROVAL_KINDS).map((kind) => ({ kind })),
      ...subjects.map((x) => ({ subjectType: x.t, subjectId: x.id })),
      { kind: 'borrow', ...(subjects[0] ? { subjectType: subjects[0].t, subjectId: subjects[0].id } : {}) },
    ];
    for (const page of pages) {
      for (const q of approvalQuestions) {
        const input = ApprovalListInput.parse({ page, pageSize: 3, ...q });
        for (const extra of [{}, { id: someIds[page] }, { ids: someIds }]) {
          const asked = { ...input, ...extra };
          found += expectBuilt(
            listApprovals(db, asked),
            asked,
            (i) => approvalPageQuery(db, i),
            (r) => r.a.id,
          );
        }
      }
      for (const status of opt(REQUEST_STATUSES))
        for (const kind of [undefined, 'borrow', 'copy'] as const)
          for (const extra of [{}, { ids: [1, 2, 3, 5, 8, 13] }]) {
            const input = { ...RequestListInput.parse({ page, pageSize: 3, status, kind }), ...extra };
            found += expectBuilt(
              listRequests(db, input),
              input,
              (i) => requestPageQuery(db, i),
              (r) => r.r.id,
            );
          }
    }
    // A page of requests reads its decisions by id: the same views as the register's, in its order.
    const byId = approvalsById(db, someIds);
    expect([...byId.keys()]).toEqual(
      approvalPageQuery(db, { page: 1, pageSize: someIds.length, ids: someIds })
        .all()
        .map((r) => r.a.id),
    );
    expect(found).toBeGreaterThan(100);
  });

  it('findings: every state, 未整改 or not, a check, a department and a deadline, pages 1 and 2', () => {
    let found = 0;
    for (const state of opt(FINDING_STATES))
      for (const openOnly of [false, true])
        for (const inspectionId of [undefined, 1])
          for (const departmentId of [undefined, 2])
            for (const deadlineBy of [undefined, TODAY])
              for (const page of pages) {
                const input = FindingListInput.parse({
                  page,
                  pageSize: 3,
                  state,
                  openOnly,
                  inspectionId,
                  departmentId,
                  deadlineBy,
                });
                const got = listFindings(db, input, TODAY);
                const what = JSON.stringify(input);
                const built = findingPageQuery(db, input, TODAY);
                expect(
                  got.rows.map((r) => r.id),
                  what,
                ).toEqual(
                  pageOf(built, input)
                    .all()
                    .map((r) => r.id),
                );
                expect(got.total, what).toBe(builtTotal(findingPageQuery(db, input, TODAY)));
                found += got.rows.length;
              }
    expect(found).toBeGreaterThan(80);
  });

  it('device usage: a device or all, from a date, to a date, pages 1 and 2', () => {
    let found = 0;
    for (const deviceId of [undefined, 1, 3])
      for (const from of [undefined, '2026-03-01'])
        for (const to of [undefined, '2026-05-31'])
          for (const page of pages) {
            const input = DeviceUsageListInput.parse({ page, pageSize: 3, deviceId, from, to });
            found += expectBuilt(
              listUsage(db, input),
              input,
              (i) => usagePageQuery(db, i),
              (r) => r.u.id,
            );
          }
    expect(found).toBeGreaterThan(30);
  });

  it('device repairs: open or all, pages 1 and 2', () => {
    let found = 0;
    for (const open of [undefined, true, false, true])
      for (const page of pages) {
        const input = DeviceRepairListInput.parse({ page, pageSize: 3, open });
        found += expectBuilt(
          listRepairs(db, input),
          input,
          (i) => repairPageQuery(db, i),
          (r) => r.r.id,
        );
      }
    expect(found).toBeGreaterThan(10);
  });

  it('carriers: every filter value and due, every sort and order, searches of each kind, pages 1 and 2', () => {
    const one = db.$client
      .prepare(
        'SELECT name, carrier_no AS no, department, custodian_key AS custodian FROM carriers WHERE id = 7',
      )
      .get() as { name: string; no: string; department: string; custodian: string };
    // A term of three characters (trigram index), of two (bigrams), of one (a scan), two terms, a 编号's beginning.
    const [a, b, c] = [...one.name];
    const searches = [undefined, `${a}${b}${c}`, `${a}${b}`, a, `${a}${b} ${c}`, one.no.slice(0, 6)];
    const filters: Record<string, string>[] = [
      {},
      ...CARRIER_LEVELS.map((level) => ({ level })),
      ...CARRIER_STATUSES.map((status) => ({ status })),
      ...CARRIER_TYPES.map((type) => ({ type })),
      ...CLASS_STATES.map((classState) => ({ classState })),
      ...CARRIER_DUE_FILTERS.map((due) => ({ due })),
      { department: one.department },
      { custodian: one.custodian },
      { level: 'secret', type: 'paper' },
      { level: 'secret', due: 'review_due' },
    ];
    let asked = 0;
    let found = 0;
    const ask = (
      f: Record<string, string>,
      search: string | undefined,
      field: string,
      order: string,
      page: number,
    ) => {
      const input = CarrierListInput.parse({ page, pageSize: 4, filters: f, search, sort: { field, order } });
      const got = listCarriers(db, input, TODAY, 30);
      const q = buildListQuery(db, input, TODAY, 30);
      const total = countQuery(db, q).get()?.n ?? 0;
      const what = JSON.stringify(input);
      expect(got.total, what).toBe(total);
      expect(
        got.rows.map((r) => r.id),
        what,
      ).toEqual(
        total
          ? pageIdsQuery(db, q)
              .all()
              .map((r) => r.id)
          : [],
      );
      asked++;
      found += got.rows.length;
    };
    for (const field of CARRIER_SORT_FIELDS)
      for (const order of ['asc', 'desc'])
        for (const page of pages) {
          for (const f of filters) ask(f, undefined, field, order, page);
          for (const search of searches.slice(1))
            for (const f of [{}, { level: 'secret' }, { due: 'term_ending' }] as Record<string, string>[])
              ask(f, search, field, order, page);
        }
    expect(asked).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(1500);
  });

  it('carrier movements: each kind or both, 未归还 or not, pages 1 and 2', () => {
    let found = 0;
    for (const kind of [undefined, 'borrow', 'carry_out'] as const)
      for (const openOnly of [false, true])
        for (const page of pages) {
          const input = MovementListInput.parse({ page, pageSize: 3, kind, openOnly });
          found += expectBuilt(
            listMovements(db, input),
            input,
            (i) => movementPageQuery(db, i),
            (r) => r.m.id,
          );
        }
    expect(found).toBeGreaterThan(20);
  });
});
