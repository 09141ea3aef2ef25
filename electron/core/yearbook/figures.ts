// The figures of the 年度保密自查自评报告, per area of regulation art. 58, computed from the registers each time
// the report is read (never stored, so they cannot go stale). Each figure is one SQL count over the tables the
// registers keep; "in the year" means dated between 1 January and 31 December of the report's year, and a state
// (people in post, devices in use) is read as the registers hold it on the day the report is made.
import type { CheckArea } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';

type Reader = Pick<Db, '$client'>;

export interface Figure {
  /** Stable identifier (the exchange and the tests name figures by it). */
  key: string;
  label: string;
  value: number;
}

interface Ctx {
  db: Reader;
  from: string;
  to: string;
  today: string;
  year: number;
}

function n(c: Ctx, sql: string, ...params: unknown[]): number {
  return (
    (c.db.$client
      .prepare(sql)
      .pluck()
      .get(...params) as number | null) ?? 0
  );
}

const f = (key: string, label: string, value: number): Figure => ({ key, label, value });

/** Findings of the year's checks in one area: found, closed (整改完成或结转), open past their deadline. */
function findings(c: Ctx, area: CheckArea): Figure[] {
  const base = `FROM findings fi JOIN inspections i ON i.id = fi.inspection_id
    WHERE fi.area = ? AND i.checked_on BETWEEN ? AND ?`;
  return [
    f(`${area}.findings`, '本年检查发现问题（项）', n(c, `SELECT count(*) ${base}`, area, c.from, c.to)),
    f(
      `${area}.findingsClosed`,
      '其中已整改销号（项）',
      n(c, `SELECT count(*) ${base} AND fi.status IN ('closed', 'carried_over')`, area, c.from, c.to),
    ),
    f(
      `${area}.findingsOverdue`,
      '其中逾期未整改（项）',
      n(
        c,
        `SELECT count(*) ${base} AND fi.status NOT IN ('closed', 'carried_over') AND fi.deadline < ?`,
        area,
        c.from,
        c.to,
        c.today,
      ),
    ),
  ];
}

const ACTIVE_DEVICE = "status NOT IN ('retired', 'destroyed')";

const AREA_FIGURES: Record<CheckArea, (c: Ctx) => Figure[]> = {
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
  classification: (c) => [
    f(
      'classificationItems',
      '在用国家秘密事项（项）',
      n(c, 'SELECT count(*) FROM classification_items WHERE active = 1'),
    ),
    ...(
      [
        ['classify', '本年定密（件）'],
        ['reclassify', '本年变更密级或期限（件）'],
        ['extend', '本年延长保密期限（件）'],
        ['declassify', '本年解密（件）'],
        ['maintain', '本年审核维持（件）'],
      ] as const
    ).map(([kind, label]) =>
      f(
        `decisions.${kind}`,
        label,
        n(
          c,
          'SELECT count(*) FROM classification_decisions WHERE kind = ? AND decided_on BETWEEN ? AND ?',
          kind,
          c.from,
          c.to,
        ),
      ),
    ),
  ],
  carriers: (c) => [
    ...(
      [
        ['received', '本年收到涉密载体（件）'],
        ['produced', '本年制作涉密载体（件）'],
        ['copied', '本年复制涉密载体（件）'],
      ] as const
    ).map(([source, label]) =>
      f(
        `carriers.${source}`,
        label,
        n(
          c,
          'SELECT count(*) FROM carriers WHERE source = ? AND registered_on BETWEEN ? AND ?',
          source,
          c.from,
          c.to,
        ),
      ),
    ),
    f(
      'copiesDestroyed',
      '本年销毁涉密载体（份）',
      n(
        c,
        `SELECT count(*) FROM destruction_items i JOIN destruction_batches b ON b.id = i.batch_id
         WHERE substr(b.destroyed_at, 1, 10) BETWEEN ? AND ?`,
        c.from,
        c.to,
      ),
    ),
    f(
      'loans',
      '本年借阅与外出携带（次）',
      n(c, 'SELECT count(*) FROM carrier_movements WHERE started_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'loansOverdue',
      '逾期未归还（次）',
      n(c, 'SELECT count(*) FROM carrier_movements WHERE returned_on IS NULL AND due_on < ?', c.today),
    ),
    f(
      'inventories',
      '本年清点（次）',
      n(c, 'SELECT count(*) FROM inventories WHERE started_on BETWEEN ? AND ?', c.from, c.to),
    ),
  ],
  systems: (c) => [
    ...(
      [
        ['top_secret', '在用绝密级计算机及设备（台）'],
        ['secret', '在用机密级计算机及设备（台）'],
        ['confidential', '在用秘密级计算机及设备（台）'],
      ] as const
    ).map(([level, label]) =>
      f(
        `devices.${level}`,
        label,
        n(
          c,
          `SELECT count(*) FROM devices WHERE family = 'device' AND class = 'classified' AND level = ? AND ${ACTIVE_DEVICE}`,
          level,
        ),
      ),
    ),
    f(
      'media',
      '在用涉密移动存储介质（个）',
      n(c, `SELECT count(*) FROM devices WHERE family = 'medium' AND ${ACTIVE_DEVICE}`),
    ),
    f(
      'repairs',
      '本年维修（次）',
      n(c, 'SELECT count(*) FROM device_repairs WHERE started_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'repairsOutside',
      '其中送外维修（次）',
      n(
        c,
        "SELECT count(*) FROM device_repairs WHERE mode = 'outside' AND started_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
    f(
      'devicesRetired',
      '本年报废或销毁设备（台）',
      n(
        c,
        `SELECT count(DISTINCT device_id) FROM device_events WHERE kind IN ('retire', 'destroy') AND "on" BETWEEN ? AND ?`,
        c.from,
        c.to,
      ),
    ),
  ],
  internet: (c) => [
    f(
      'internetComputers',
      '登记的互联网计算机（台）',
      n(c, `SELECT count(*) FROM devices WHERE class = 'internet' AND ${ACTIVE_DEVICE}`),
    ),
    f(
      'classifiedOnInternet',
      '涉密设备标记为连接互联网（台）',
      n(
        c,
        `SELECT count(*) FROM devices WHERE class = 'classified' AND on_internet = 1 AND ${ACTIVE_DEVICE}`,
      ),
    ),
  ],
  key_sites: (c) => [
    f(
      'keyDepartments',
      '保密要害部门（个）',
      n(c, "SELECT count(*) FROM key_sites WHERE kind = 'department' AND status = 'approved'"),
    ),
    f(
      'keyPlaces',
      '保密要害部位（个）',
      n(c, "SELECT count(*) FROM key_sites WHERE kind = 'place' AND status = 'approved'"),
    ),
    f(
      'keySiteChecks',
      '本年安全设施检查（次）',
      n(c, 'SELECT count(*) FROM key_site_checks WHERE checked_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'keySiteVisits',
      '本年外来人员出入登记（人次）',
      n(c, 'SELECT count(*) FROM key_site_visits WHERE substr(in_at, 1, 10) BETWEEN ? AND ?', c.from, c.to),
    ),
  ],
  // The app keeps no register of 涉密采购/委托业务: this area is the clerk's text only.
  procurement: () => [],
  meetings: (c) =>
    (
      [
        ['meeting', '本年涉密会议（次）'],
        ['visit', '本年外单位参观考察（次）'],
        ['exhibition', '本年参展（次）'],
      ] as const
    ).map(([kind, label]) =>
      f(
        `meetings.${kind}`,
        label,
        n(
          c,
          'SELECT count(*) FROM classified_meetings WHERE kind = ? AND starts_on BETWEEN ? AND ?',
          kind,
          c.from,
          c.to,
        ),
      ),
    ),
  publication: (c) => [
    f(
      'reviews',
      '本年信息公开保密审查（件）',
      n(c, 'SELECT count(*) FROM reviews WHERE applied_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'reviewsNotPublished',
      '其中不予公开或按涉密办理（件）',
      n(
        c,
        "SELECT count(*) FROM reviews WHERE outcome IN ('withhold', 'classified') AND applied_on BETWEEN ? AND ?",
        c.from,
        c.to,
      ),
    ),
  ],
  other: (c) => [
    f(
      'inspections',
      '本年保密检查（次）',
      n(c, 'SELECT count(*) FROM inspections WHERE checked_on BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'incidents',
      '本年泄密事件和违规行为（起）',
      n(c, 'SELECT count(*) FROM incidents WHERE substr(discovered_at, 1, 10) BETWEEN ? AND ?', c.from, c.to),
    ),
    f(
      'incidentsReportedInTime',
      '其中 24 小时内报告保密行政管理部门（起）',
      n(
        c,
        `SELECT count(*) FROM incidents i WHERE substr(i.discovered_at, 1, 10) BETWEEN ? AND ?
         AND (SELECT min(julianday(r.reported_at)) FROM incident_reports r
              WHERE r.incident_id = i.id AND r.recipient = 'bureau') <= julianday(i.discovered_at) + 1`,
        c.from,
        c.to,
      ),
    ),
    f(
      'rewards',
      '本年保密奖励（项）',
      n(c, `SELECT count(*) FROM sanctions WHERE kind = 'reward' AND "on" BETWEEN ? AND ?`, c.from, c.to),
    ),
    f(
      'penalties',
      '本年保密惩处（项）',
      n(c, `SELECT count(*) FROM sanctions WHERE kind = 'penalty' AND "on" BETWEEN ? AND ?`, c.from, c.to),
    ),
  ],
};

/** Every area's figures for `year`, states read as of `today`; each area ends with its findings of the year's checks. */
export function selfAssessmentFigures(db: Reader, year: number, today: string): Record<CheckArea, Figure[]> {
  const c: Ctx = { db, year, from: `${year}-01-01`, to: `${year}-12-31`, today };
  return Object.fromEntries(
    (Object.keys(AREA_FIGURES) as CheckArea[]).map((area) => [
      area,
      [...AREA_FIGURES[area](c), ...findings(c, area)],
    ]),
  ) as Record<CheckArea, Figure[]>;
}
