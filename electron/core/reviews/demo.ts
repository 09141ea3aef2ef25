// Demo data for 保密审查: a year of requests from the seeded departments, each taken through its steps to an
// outcome (the most recent still waiting). Deterministic for a seeded `rng`; called by the CLI's `demo`.
import type { ReviewOutcome, ReviewPurpose, ReviewStep } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { approvals, persons, reviewSteps, reviews } from '../../../db/schema';
import { addDays } from '../util/dates';

export const REVIEW_SCALES = { small: 24, large: 600 } as const;

const TITLES = [
  '关于开展档案开放审核工作的新闻稿',
  '2026年政府信息公开工作年度报告',
  '馆藏珍品数字化成果展览说明',
  '档案修复技术研究论文',
  '门户网站“工作动态”栏目稿件',
  '向国际档案理事会提供的交流材料',
  '年度工作总结（对外公开版）',
  '参展资料：城市记忆主题展',
];
const PURPOSES: ReviewPurpose[] = [
  'press',
  'disclosure',
  'exhibition',
  'publication',
  'website',
  'abroad',
  'external',
];
const REVIEWERS: Record<ReviewStep, [string, string]> = {
  dept: ['赵敏', '科长'],
  office: ['王丽', '保密员'],
  expert: ['周教授', '特聘专家'],
  leader: ['李建国', '局长'],
  committee: ['保密委员会', '审定'],
};

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function seedReviews(
  db: Db,
  scale: keyof typeof REVIEW_SCALES,
  rng: () => number,
  today: string,
  at: string,
) {
  const people = db
    .select({ id: persons.id, departmentId: persons.departmentId })
    .from(persons)
    .limit(200)
    .all();
  if (!people.length) return { reviews: 0 };
  const n = REVIEW_SCALES[scale];
  db.transaction((tx) => {
    for (let i = 0; i < n; i++) {
      const handler = pick(rng, people);
      const purpose = pick(rng, PURPOSES);
      const appliedOn = addDays(today, -Math.floor(((n - i) / n) * 360) - 1);
      const fresh = i >= n - 2;
      const outcome: ReviewOutcome = rng() < 0.6 ? 'publish' : rng() < 0.6 ? 'publish_amended' : 'withhold';
      const r = tx
        .insert(reviews)
        .values({
          title: pick(rng, TITLES),
          summary: '拟对外发布的信息，经承办部门初审后送保密办审查。',
          handlerPersonId: handler.id,
          departmentId: handler.departmentId,
          purpose,
          recipient: purpose === 'abroad' ? '国际档案理事会' : '局门户网站',
          appliedOn,
          status: fresh ? 'in_review' : 'decided',
          outcome: fresh ? null : outcome,
          amendments: !fresh && outcome === 'publish_amended' ? '删去涉及库房位置和安防布置的内容' : null,
          abroadBasis:
            !fresh && purpose === 'abroad' && outcome !== 'withhold' ? '国际合作交流协议，经局长批准' : null,
          decidedOn: fresh ? null : addDays(appliedOn, 4),
          createdAt: at,
        })
        .returning({ id: reviews.id })
        .get();
      const steps: ReviewStep[] = fresh ? ['dept'] : ['dept', 'office', 'leader'];
      steps.forEach((step, k) => {
        const [name, title] = REVIEWERS[step];
        const a = tx
          .insert(approvals)
          .values({
            kind: 'review',
            subjectType: 'review',
            subjectId: String(r.id),
            approverName: name,
            approverTitle: title,
            decision: 'approved',
            decidedAt: addDays(appliedOn, k + 1),
            createdAt: at,
          })
          .returning({ id: approvals.id })
          .get();
        tx.insert(reviewSteps).values({ reviewId: r.id, step, approvalId: a.id, createdAt: at }).run();
      });
    }
  });
  return { reviews: n };
}
