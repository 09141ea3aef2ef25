// The bench questions of the secrecy-work registers (issue 17): the 保密审查 register's pages (by status, use and
// search), the 出入登记簿, and the committee's meetings and tracked tasks, at the demo's scale (large: 600
// reviews, 2,000 visits, 120 meetings).
import type { Db } from '../../../db/open';
import { seedCommittee } from '../../../electron/core/committee';
import { listCommitteeMeetings } from '../../../electron/core/committee/committee.service';
import { listTasks } from '../../../electron/core/committee/tasks';
import { seedKeySites } from '../../../electron/core/key_sites';
import { listVisits } from '../../../electron/core/key_sites/views';
import { seedReviews } from '../../../electron/core/reviews';
import { listReviews } from '../../../electron/core/reviews/views';
import { CommitteeMeetingListInput, TaskListInput } from '../../../electron/ipc/schemas/committee';
import { VisitListInput } from '../../../electron/ipc/schemas/key-sites';
import { InfoReviewListInput } from '../../../electron/ipc/schemas/reviews';
import { benchLine, type BenchLine } from './bench-line';

/** Fills the bench database's reviews, key sites and committee (persons and departments must be there). */
export function seedWorkBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const at = now.toISOString();
  const r = seedReviews(db, scale, rng, today, at);
  const k = seedKeySites(db, scale, rng, today, at);
  const c = seedCommittee(db, scale, rng, today, at);
  return `已生成保密审查 ${JSON.stringify(r)}、要害部位 ${JSON.stringify(k)}、委员会 ${JSON.stringify(c)}`;
}

const REVIEW_QUESTIONS = [
  {},
  { status: 'in_review' },
  { purpose: 'press' },
  { search: '新闻稿' },
  { sort: 'title', order: 'asc' },
] as const;

export function workLines(db: Db, today: string, n: number): BenchLine[] {
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const reviews: number[] = [];
  const visits: number[] = [];
  const committee: number[] = [];
  for (let i = 0; i < n; i++) {
    const q = InfoReviewListInput.parse({ ...REVIEW_QUESTIONS[i % REVIEW_QUESTIONS.length], pageSize: 100 });
    reviews.push(time(() => listReviews(db, q)));
    const v = VisitListInput.parse({ page: 1 + (i % 5), pageSize: 100, openOnly: i % 3 === 0 });
    visits.push(time(() => listVisits(db, v)));
    committee.push(
      time(() => {
        listCommitteeMeetings(db, CommitteeMeetingListInput.parse({ pageSize: 50 }), today);
        listTasks(db, TaskListInput.parse({ status: 'open', pageSize: 100 }), today);
      }),
    );
  }
  return [
    benchLine('reviews_page', reviews),
    benchLine('key_site_visits_page', visits),
    benchLine('committee_meetings_tasks', committee),
  ];
}
