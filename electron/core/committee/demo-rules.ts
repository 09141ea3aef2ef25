// Demo data for 保密制度建设 (the committee page's 制度与档案 tab): the unit's secrecy rules, the ones DOMAIN.md is built
// on among them, each with its 文号 and 生效日期; two were replaced by a revision (the 2024 law, and the committee's
// decision to revise the 涉密计算机管理办法) and stand 废止 from the day the revision took effect. The 保密工作档案
// beside them is left empty: each of its entries is an uploaded file, which a seeder does not invent.
import { yearOf } from '../../../db/domain/dates';
import type { Db } from '../../../db/open';

/** [名称, 文号 kind, years before this one, month-day, replaced by the rule at this index]. */
const RULES: readonly (readonly [string, string, number, string, number?])[] = [
  ['机关单位保密工作管理制度', '档发', 7, '03-01', 1],
  ['机关单位保密工作管理制度（修订）', '档发', 2, '05-01'],
  ['涉密人员管理制度', '档发', 6, '06-01'],
  ['保密室管理制度', '档办', 6, '07-01'],
  ['办公室保密制度', '档办', 6, '07-01'],
  ['技术保密管理规定', '档发', 5, '03-15'],
  ['涉密计算机管理办法', '档发', 5, '03-15', 7],
  ['涉密计算机管理办法（修订）', '档发', 1, '04-01'],
  ['涉密载体管理规定', '档发', 4, '02-20'],
  ['保密要害部门部位管理办法', '档发', 4, '09-01'],
  ['涉密会议保密管理规定', '档办', 3, '04-10'],
  ['信息公开保密审查办法', '档发', 3, '06-15'],
  ['泄密事件报告和查处办法', '档发', 2, '08-01'],
  ['保密教育培训制度', '档办', 2, '11-01'],
  ['保密检查工作制度', '档办', 1, '01-10'],
];

export function seedRuleDocuments(db: Db, today: string, at: string): { rules: number; repealed: number } {
  const c = db.$client;
  const year = yearOf(today);
  const insert = c.prepare(
    'INSERT INTO rule_documents (name, doc_no, effective_on, repealed_on, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const effective = (i: number) => {
    const [, , ago, md] = RULES[i] as (typeof RULES)[number];
    return `${year - ago}-${md}`;
  };
  let repealed = 0;
  c.transaction(() => {
    RULES.forEach(([name, kind, ago, , by], i) => {
      // 废止 the day its revision took effect, never after today.
      const repealedOn = by === undefined ? null : effective(by);
      if (repealedOn) repealed++;
      insert.run(name, `${kind}〔${year - ago}〕${3 + ((i * 7) % 20)}号`, effective(i), repealedOn, at);
    });
  })();
  return { rules: RULES.length, repealed };
}
