// Figures of art. 58 areas 1–4: 责任制, 制度, 宣传教育培训, 涉密人员.
import type { CheckArea } from '../../../db/domain/vocab';
import { f, n, type Ctx, type Figure } from './figures-sql';

export type PeopleArea = Extract<CheckArea, 'responsibility' | 'rules' | 'training' | 'personnel'>;

export const PEOPLE_FIGURES: Record<PeopleArea, (c: Ctx) => Figure[]> = {
  responsibility: (c) => [
    f(
      'committeeMembers',
      '保密委员会（领导小组）成员（人）',
      n(
        c,
        'SELECT count(*) FROM committee_members WHERE joined_on <= ? AND (left_on IS NULL OR left_on >= ?)',
        c.to,
        c.from,
      ),
    ),
    f(
      'committeeMeetings',
      '本年保密委员会会议（次）',
      n(c, 'SELECT count(*) FROM committee_meetings WHERE held_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'responsibilityLetters',
      '本年签订部门保密责任书（份）',
      n(c, 'SELECT count(*) FROM responsibility_letters WHERE year = ?', c.year),
    ),
    f(
      'leaderChecks',
      '本年领导干部履行保密工作责任制情况检查（人）',
      n(c, 'SELECT count(*) FROM leader_checks WHERE year = ?', c.year),
    ),
    f(
      'planItems',
      '年度计划事项（项）',
      n(c, "SELECT count(*) FROM committee_tasks WHERE year = ? AND kind = 'plan_item'", c.year),
    ),
    f(
      'planItemsDone',
      '其中已完成（项）',
      n(
        c,
        "SELECT count(*) FROM committee_tasks WHERE year = ? AND kind = 'plan_item' AND status = 'done'",
        c.year,
      ),
    ),
  ],
  rules: (c) => [
    f(
      'rulesInForce',
      '年末有效保密制度（项）',
      n(
        c,
        'SELECT count(*) FROM rule_documents WHERE effective_on <= ? AND (repealed_on IS NULL OR repealed_on > ?)',
        c.to,
        c.to,
      ),
    ),
    f(
      'rulesAdopted',
      '本年新制定（项）',
      n(c, 'SELECT count(*) FROM rule_documents WHERE effective_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'rulesRepealed',
      '本年废止（项）',
      n(c, 'SELECT count(*) FROM rule_documents WHERE repealed_on BETWEEN ? AND ?', c.from, c.to),
    ),
  ],
  training: (c) => [
    f(
      'trainingSessions',
      '本年举办保密教育培训（次）',
      n(
        c,
        "SELECT count(*) FROM training_sessions WHERE status = 'held' AND held_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
    f(
      'trainingHours',
      '本年培训学时（学时）',
      n(
        c,
        "SELECT coalesce(sum(hours), 0) FROM training_sessions WHERE status = 'held' AND held_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
    f(
      'trainingAttendances',
      '本年参训人次',
      n(
        c,
        "SELECT count(*) FROM training_attendance WHERE status <> 'absent' AND held_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
    f(
      'trainingAbsences',
      '本年缺席人次',
      n(
        c,
        "SELECT count(*) FROM training_attendance WHERE status = 'absent' AND held_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
  ],
  personnel: (c) => [
    ...(
      [
        ['core', '在岗核心涉密人员（人）'],
        ['important', '在岗重要涉密人员（人）'],
        ['general', '在岗一般涉密人员（人）'],
      ] as const
    ).map(([level, label]) =>
      f(
        `people.${level}`,
        label,
        n(c, "SELECT count(*) FROM persons WHERE status = 'in_post' AND clearance = ?", level),
      ),
    ),
    f(
      'peoplePosted',
      '本年新上岗（人）',
      n(c, 'SELECT count(*) FROM persons WHERE posted_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'peopleLeft',
      '本年离岗离职（人）',
      n(
        c,
        "SELECT count(*) FROM leaving_procedures WHERE status = 'approved' AND approved_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
    f(
      'peopleInSeparation',
      '脱密期内人员（人）',
      n(c, "SELECT count(*) FROM persons WHERE status = 'separation'"),
    ),
    f(
      'vettings',
      '本年保密审查（含复审）（人次）',
      n(c, 'SELECT count(*) FROM vettings WHERE vetted_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'pledges',
      '本年签订保密承诺书（份）',
      n(c, 'SELECT count(*) FROM pledges WHERE signed_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'privateTravel',
      '本年因私出国（境）申请（人次）',
      n(c, 'SELECT count(*) FROM private_travel WHERE applied_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'appraisals',
      '本年年度考核（人次）',
      n(c, "SELECT count(*) FROM appraisals WHERE year = ? AND kind = 'annual'", c.year),
    ),
  ],
};
