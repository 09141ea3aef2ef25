// The bench questions of the person registers built on the personnel register (issue 20 point 1): the 因私出国(境)
// register, the leaving procedures and the 保密津贴 statements, at the demo's scale (large: 2,192 trips, 3,695
// passports, 426 leavings, 120 statements of 52,456 lines); each through the core and as plain SQL.
import type { Db } from '../../../db/open';
import { listStatements } from '../../../electron/core/allowance/allowance.service';
import { seedAllowance } from '../../../electron/core/allowance/demo';
import { seedLeaving } from '../../../electron/core/leaving/demo';
import { listLeaving } from '../../../electron/core/leaving/views';
import { listTravel, seedTravel } from '../../../electron/core/travel';
import { AllowanceListInput } from '../../../electron/ipc/schemas/allowance';
import { LeavingListInput } from '../../../electron/ipc/schemas/leaving';
import { TravelListInput } from '../../../electron/ipc/schemas/travel';
import { counted, registerBench } from './bench-raw';

/**
 * Fills the bench database's leavings, trips and allowance as the demo does (persons, carriers and devices must be
 * there: a leaving's steps are checked against them), the statements recorded by `accountId`.
 */
export function seedPersonsBench(
  db: Db,
  scale: 'small' | 'large',
  rng: () => number,
  now: Date,
  accountId: number,
): string {
  const today = now.toISOString().slice(0, 10);
  const at = now.toISOString();
  const l = seedLeaving(db, rng, today, at);
  const t = seedTravel(db, rng, today, at);
  const a = seedAllowance(db, scale, rng, today, at, accountId);
  return `已生成离岗手续 ${JSON.stringify(l)}、因私出国(境) ${JSON.stringify(t)}、津贴 ${JSON.stringify(a)}`;
}

/** The trips with the applicant: the register's blocks of 100, by status as its filter asks. */
const travelPage = registerBench({
  name: 'travel_page',
  questions: [
    {},
    { page: 2 },
    { status: 'departed' },
    { status: 'approved' },
    { status: 'returned', page: 5 },
    { status: 'refused' },
  ].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => TravelListInput.parse(x),
  app: (db, q, c) => counted(listTravel(db, q, c.today)),
  raw: (q) => [
    {
      table: 'private_travel t',
      joins: 'JOIN persons p ON p.id = t.person_id JOIN departments d ON d.id = p.department_id',
      cols: 't.*, p.name, d.name',
      where: [q.status && ['t.status = ?', q.status], q.personId && ['t.person_id = ?', q.personId]],
      order: 't.applied_on DESC, t.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

/** The leaving procedures, all and by status, as leaving:list answers (a person's file asks its own). */
const leavingPage = registerBench({
  name: 'leaving_page',
  questions: [
    {},
    { status: 'open' },
    { status: 'approved' },
    { status: 'approved', page: 3 },
    { status: 'cancelled' },
  ],
  parse: (x) => LeavingListInput.parse(x),
  app: (db, q) => counted(listLeaving(db, q)),
  raw: (q) => [
    {
      table: 'leaving_procedures l',
      joins: 'JOIN persons p ON p.id = l.person_id JOIN departments d ON d.id = p.department_id',
      cols: 'l.*, p.*, d.name',
      where: [q.status && ['l.status = ?', q.status], q.personId && ['l.person_id = ?', q.personId]],
      order: 'l.started_on DESC, l.id ASC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

/** The statements, newest month first, with the people each pays (kept on the statement). */
const allowancePage = registerBench({
  name: 'allowance_page',
  questions: [{}, { page: 2 }, { pageSize: 12 }].map((q) => ({ pageSize: 100, ...q })),
  parse: (x) => AllowanceListInput.parse(x),
  app: (db, q) => counted(listStatements(db, q)),
  raw: (q) => [
    {
      table: 'allowance_statements s',
      joins: 'LEFT JOIN departments d ON d.id = s.department_id',
      cols: 's.*, d.name',
      where: [q.period && ['s.period = ?', q.period]],
      order: 's.period DESC, s.id ASC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

export const PERSON_REGISTERS = [travelPage, leavingPage, allowancePage];
