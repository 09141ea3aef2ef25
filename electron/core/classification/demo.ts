// Demo data for the 国家秘密事项一览表: the unit's 定密 items, each with its level, term (years within the
// statutory maximum, or a 解密条件), 定密责任人, 产生部门 and the 保密事项范围 entry it rests on; a few retired from
// the list after a yearly review. The carriers the unit classified itself then cite an item of their level as
// their 定密依据, so the list's 载体数 and a carrier's 定密依据 read as in use. Deterministic for a seeded `rng`;
// called by the CLI's `demo` after the carriers.
import { MAX_TERM_YEARS, type NationalLevel } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { DEPARTMENTS } from '../carriers';

export const ITEM_SCALES = { small: 24, large: 300 } as const;

// 事项 of an archives bureau's work (the 档案工作国家秘密范围 and the bureau's own tasks), crossed with the
// records they are written in: 30 × 12 distinct names, more than the large scale asks.
const MATTERS = [
  '未开放档案中涉及国家安全的内容',
  '重要档案的存放地点和安全防范部署',
  '档案馆库房安防系统设计',
  '涉密档案数字化加工',
  '重大活动档案征集',
  '重点工程建设项目档案',
  '党政机关机构改革档案交接',
  '重要会议记录档案',
  '涉密电子文件归档',
  '档案异地备份',
  '珍贵档案抢救保护',
  '档案应急处置',
  '涉及民族宗教问题的档案',
  '涉外档案交流',
  '国防动员档案',
  '领导干部人事档案',
  '信访重大事项档案',
  '安全生产重大事故档案',
  '重大自然灾害档案',
  '城市地下管网档案',
  '测绘地理信息成果档案',
  '重要军事设施周边规划档案',
  '机要通信设施档案',
  '密码设备配备使用情况',
  '涉密信息系统建设',
  '保密要害部门部位设置',
  '年度保密检查发现的问题',
  '泄密事件查处情况',
  '重要干部任免酝酿',
  '突发事件处置预案',
];
const RECORDS = [
  '（全文）',
  '的目录和检索工具',
  '的统计数据汇总',
  '的工作方案',
  '的请示和批复',
  '的会议纪要',
  '的技术方案',
  '的专项报告',
  '的清册',
  '的调查材料',
  '的处理意见',
  '的年度计划',
];
// Heavier matters first: the first few are 绝密 more often, the last few 秘密.
const LEVEL_BY_RANK: readonly (readonly [NationalLevel, number])[] = [
  ['top_secret', 6],
  ['secret', 38],
  ['confidential', 56],
];
const CLASSIFIERS = ['李建国', '陈国庆', '周立新'];
const CONDITIONS = [
  '相关工程竣工验收并公开发布后',
  '档案向社会开放后',
  '该项工作完成并经局务会决定公开后',
  '有关预案修订并替代后',
];
const ARTICLES = ['二', '三', '四', '五', '六'];
const CLAUSES = ['一', '二', '三', '四', '五', '六', '七'];

export interface ItemSeedResult {
  items: number;
  retired: number;
  /** Carriers classified by the unit that now cite an item as their 定密依据. */
  citingCarriers: number;
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

function weighted<T>(rng: () => number, xs: readonly (readonly [T, number])[]): T {
  let r = rng() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of xs) if ((r -= w) < 0) return v;
  return (xs[0] as readonly [T, number])[0];
}

/** A term an item may carry: whole years within its level's maximum (law art. 20), or a 解密条件. */
function termOf(rng: () => number, level: NationalLevel): [string, number | null, string | null] {
  if (rng() < 0.12) return ['condition', null, pick(rng, CONDITIONS)];
  const max = MAX_TERM_YEARS[level];
  const years = pick(
    rng,
    [max, max, Math.round(max / 2), max - 5].filter((y) => y > 0),
  );
  return ['period', years, null];
}

export function seedClassificationItems(
  db: Db,
  scale: keyof typeof ITEM_SCALES,
  rng: () => number,
  at: string,
): ItemSeedResult {
  const c = db.$client;
  const n = ITEM_SCALES[scale];
  const insert = c.prepare(`INSERT INTO classification_items (name, level, term_kind, term_years, term_months,
    declassify_condition, classifier_name, department, basis, key_department, active, notes, created_at, updated_at)
    VALUES (?,?,?,?,0,?,?,?,?,?,?,?,?,?) RETURNING id`);
  const names = MATTERS.flatMap((m) => RECORDS.map((r) => `${m}${r}`));
  // A deterministic shuffle, so the small scale holds a spread of matters and not the first one's records.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  const year = Number(at.slice(0, 4));
  return db.transaction(() => {
    const byLevel: Record<NationalLevel, number[]> = { top_secret: [], secret: [], confidential: [] };
    let retired = 0;
    for (let i = 0; i < n; i++) {
      const name = names[i % names.length] as string;
      // Every level present even at the small scale: the first three items take one each.
      const level =
        i < 3 ? (LEVEL_BY_RANK[i] as readonly [NationalLevel, number])[0] : weighted(rng, LEVEL_BY_RANK);
      const [kind, years, condition] = termOf(rng, level);
      const dept = pick(rng, DEPARTMENTS);
      const active = i < 3 || rng() >= 0.08;
      if (!active) retired++;
      const row = insert.get(
        name,
        level,
        kind,
        years,
        condition,
        pick(rng, CLASSIFIERS),
        dept,
        `《档案工作中国家秘密及其密级具体范围的规定》第${pick(rng, ARTICLES)}条第（${pick(rng, CLAUSES)}）项`,
        dept === '机要科' || dept === '保密办' ? 1 : 0,
        active ? 1 : 0,
        active ? null : `${year - 1 - Math.floor(rng() * 3)}年定密审核后调出一览表，已定密的载体仍以其为依据`,
        at,
        at,
      ) as { id: number };
      byLevel[level].push(row.id);
    }
    return { items: n, retired, citingCarriers: citeItems(db, rng, byLevel) };
  });
}

/**
 * The carriers the unit classified itself (自制, a national level) cite an item of their own level as their 定密依据,
 * as a later edit of the carrier (carriers:update) would: their 定密 decisions are history, append-only, and keep
 * the basis they were written with (none; nothing reads a decision's basis back).
 */
function citeItems(db: Db, rng: () => number, byLevel: Record<NationalLevel, number[]>): number {
  const c = db.$client;
  const cite = c.prepare('UPDATE carriers SET classification_item_id = ? WHERE id = ?');
  const own = c
    .prepare(
      `SELECT id, level FROM carriers WHERE own_classification = 1 AND classification_item_id IS NULL
       AND level IN ('top_secret', 'secret', 'confidential') ORDER BY id`,
    )
    .all() as { id: number; level: NationalLevel }[];
  let n = 0;
  for (const r of own) {
    const items = byLevel[r.level];
    if (!items.length) continue;
    // Weighted to the first items of the level: a few matters cover most of what the unit classifies.
    const u = rng();
    const item = items[Math.floor(items.length * u * u)] as number;
    cite.run(item, r.id);
    n++;
  }
  return n;
}
