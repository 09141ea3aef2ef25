// Figures of art. 58 areas 5–13: 定密, 载体, 信息系统和设备, 互联网, 要害部门部位, 采购, 会议, 信息公开, 其他.
import type { CheckArea } from '../../../db/domain/vocab';
import type { PeopleArea } from './figures-people';
import { f, n, type Ctx, type Figure } from './figures-sql';

const ACTIVE_DEVICE = "status NOT IN ('retired', 'destroyed')";

export const THING_FIGURES: Record<Exclude<CheckArea, PeopleArea>, (c: Ctx) => Figure[]> = {
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
