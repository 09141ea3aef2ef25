// The bench questions of the secrecy-work registers (issue 17): the 保密审查 register's pages (by status, use and
// search), the 要害部门部位 register and its 出入登记簿, and the committee's meetings and tracked tasks, at the
// demo's scale (large: 600 reviews, 2,000 visits, 120 meetings); each through the core and as plain SQL.
import type { Db } from '../../../db/open';
import { seedCommittee } from '../../../electron/core/committee';
import { listCommitteeMeetings } from '../../../electron/core/committee/committee.service';
import { listTasks } from '../../../electron/core/committee/tasks';
import { seedKeySites } from '../../../electron/core/key_sites';
import { listKeySites, listVisits } from '../../../electron/core/key_sites/views';
import { seedReviews } from '../../../electron/core/reviews';
import { listReviews } from '../../../electron/core/reviews/views';
import { CommitteeMeetingListInput, TaskListInput } from '../../../electron/ipc/schemas/committee';
import { KeySiteListInput, VisitListInput } from '../../../electron/ipc/schemas/key-sites';
import { InfoReviewListInput } from '../../../electron/ipc/schemas/reviews';
import { containsPattern } from '../../../electron/core/util/like';
import { counted, registerBench, type RawCond } from './bench-raw';

/** Fills the bench database's reviews, key sites and committee (persons and departments must be there). */
export function seedWorkBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const at = now.toISOString();
  const r = seedReviews(db, scale, rng, today, at);
  const k = seedKeySites(db, scale, rng, today, at);
  const c = seedCommittee(db, scale, rng, today, at);
  return `已生成保密审查 ${JSON.stringify(r)}、要害部位 ${JSON.stringify(k)}、委员会 ${JSON.stringify(c)}`;
}

const either = (a: string, b: string, term: string): RawCond => [
  `${a} LIKE ? ESCAPE '\\' OR ${b} LIKE ? ESCAPE '\\'`,
  containsPattern(term),
  containsPattern(term),
];

const reviewsPage = registerBench({
  name: 'reviews_page',
  questions: [
    {},
    { status: 'in_review' },
    { purpose: 'press' },
    { search: '新闻稿' },
    { sort: 'title', order: 'asc' },
  ].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => InfoReviewListInput.parse(x),
  app: (db, q) => counted(listReviews(db, q)),
  raw: (q) => {
    const dir = q.order === 'asc' ? 'ASC' : 'DESC';
    return [
      {
        table: 'reviews r',
        joins: 'JOIN persons p ON p.id = r.handler_person_id JOIN departments d ON d.id = r.department_id',
        cols: 'r.*, p.name, d.name',
        where: [
          q.status && ['r.status = ?', q.status],
          q.purpose && ['r.purpose = ?', q.purpose],
          q.departmentId && ['r.department_id = ?', q.departmentId],
          q.year && ['r.applied_on >= ? AND r.applied_on <= ?', `${q.year}-01-01`, `${q.year}-12-31`],
          q.search && either('r.title', 'r.recipient', q.search),
        ],
        order: `${q.sort === 'title' ? 'r.title' : 'r.applied_on'} ${dir}, r.id ${dir}`,
        page: q.page,
        pageSize: q.pageSize,
      },
    ];
  },
});

const visitsPage = registerBench({
  name: 'key_site_visits_page',
  questions: Array.from({ length: 15 }, (_, i) => ({
    page: 1 + (i % 5),
    pageSize: 100,
    openOnly: i % 3 === 0,
  })),
  parse: (x) => VisitListInput.parse(x),
  app: (db, q) => counted(listVisits(db, q)),
  raw: (q) => [
    {
      table: 'key_site_visits v',
      joins: 'JOIN key_sites s ON s.id = v.site_id',
      cols: 'v.*, s.name',
      where: [q.siteId && ['v.site_id = ?', q.siteId], q.openOnly && ['v.out_at IS NULL']],
      order: 'v.in_at DESC, v.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const keySitesPage = registerBench({
  name: 'key_sites_page',
  questions: [
    {},
    { status: 'approved' },
    { kind: 'place', sort: 'proposedOn', order: 'desc' },
    { search: '室' },
  ],
  parse: (x) => KeySiteListInput.parse(x),
  app: (db, q, c) => counted(listKeySites(db, q, c.today)),
  raw: (q, c) => {
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    return [
      {
        table: 'key_sites s',
        joins:
          'JOIN persons p ON p.id = s.manager_person_id LEFT JOIN departments d ON d.id = s.department_id',
        cols: 's.*, p.name, d.name',
        where: [
          q.status && ['s.status = ?', q.status],
          q.kind && ['s.kind = ?', q.kind],
          q.checkDue && [
            `s.status = 'approved' AND date(coalesce(s.last_checked_on, s.approved_on),
              '+' || s.check_every_days || ' days') <= ?`,
            c.today,
          ],
          q.search && either('s.name', 's.location', q.search),
        ],
        order: `${q.sort === 'proposedOn' ? 's.proposed_on' : 's.name'} ${dir}, s.id ${dir}`,
        page: q.page,
        pageSize: q.pageSize,
      },
    ];
  },
});

/** The committee's page: the latest meetings and the open tasks, asked together as the page asks them. */
const committeePage = registerBench({
  name: 'committee_meetings_tasks',
  questions: [{}],
  parse: () => ({
    meetings: CommitteeMeetingListInput.parse({ pageSize: 50 }),
    tasks: TaskListInput.parse({ status: 'open', pageSize: 100 }),
  }),
  app: (db, q, c) => counted(listCommitteeMeetings(db, q.meetings, c.today), listTasks(db, q.tasks, c.today)),
  raw: (q) => [
    { table: 'committee_meetings', where: [], order: 'held_on DESC, id DESC', ...paged(q.meetings) },
    {
      table: 'committee_tasks t',
      joins: 'JOIN persons p ON p.id = t.owner_person_id',
      cols: 't.*, p.name',
      where: [['t.status = ?', q.tasks.status]],
      order: 't.status, t.due_on, t.id',
      ...paged(q.tasks),
    },
  ],
});

const paged = (p: { page: number; pageSize: number }) => ({ page: p.page, pageSize: p.pageSize });

export const WORK_REGISTERS = [reviewsPage, visitsPage, keySitesPage, committeePage];
