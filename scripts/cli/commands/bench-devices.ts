// Bench questions of the device register, the usage log (issue 14) and the persons register: a filtered page of
// the device and media registers (each filter the page offers, in turn), a page of the usage log and of the
// persons register, each through the core and as plain SQL (bench-raw.ts).
import { listDevices } from '../../../electron/core/devices/register-query';
import { rankOf } from '../../../electron/core/devices/rules';
import { listUsage } from '../../../electron/core/devices/usage';
import { seedDevices } from '../../../electron/core/devices';
import { seedPersons } from '../../../electron/core/persons';
import { listPersons } from '../../../electron/core/persons/register-query';
import { personnelSettings } from '../../../electron/core/persons/settings';
import { addDays } from '../../../electron/core/util/dates';
import { containsPattern } from '../../../electron/core/util/like';
import { CLEARANCE_RANK } from '../../../db/domain/vocab';
import { DeviceListInput } from '../../../electron/ipc/schemas/devices';
import { DeviceUsageListInput } from '../../../electron/ipc/schemas/devices-usage';
import { PersonListInput } from '../../../electron/ipc/schemas/persons';
import type { Db } from '../../../db/open';
import { DEVICE_SEARCH_EXPR } from '../../../db/schema';
import { counted, registerBench, type RawCond } from './bench-raw';

/** Fills the throwaway bench database with persons and the device registers at `scale`. */
export function seedDeviceBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  seedPersons(db, scale, rng, now);
  const r = seedDevices(db, scale, rng, now);
  return `已生成 ${r.devices} 台设备、${r.media} 件存储介质、${r.usage} 条使用登记`;
}

const devicesPage = registerBench({
  name: 'devices_page',
  questions: [
    { family: 'device' },
    { family: 'medium', filters: { status: 'in_use' } },
    { family: 'device', filters: { kind: 'desktop' } },
    { family: 'device', filters: { class: 'internet' } },
    { family: 'medium', filters: { level: 'secret' } },
    { family: 'device', sort: { field: 'levelRank', order: 'desc' } },
    { family: 'medium', search: 'U-0001' },
  ].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => DeviceListInput.parse(x),
  app: (db, q, c) => counted(listDevices(db, q, c.today)),
  raw: (q, c) => {
    const f = q.filters;
    const dir = q.sort.order === 'asc' ? 'ASC' : 'DESC';
    const order = {
      deviceNo: `device_no ${dir}`,
      levelRank: `level_rank ${dir}, registered_on ${dir}, d.id ${dir}`,
      registeredOn: `registered_on ${dir}, d.id ${dir}`,
    }[q.sort.field];
    return [
      {
        table: 'devices d',
        joins: 'LEFT JOIN departments dep ON dep.id = d.department_id',
        cols: 'd.*, dep.name',
        where: [
          ['family = ?', q.family],
          f.kind && ['kind = ?', f.kind],
          f.class && ['class = ?', f.class],
          f.level && ['level_rank = ?', rankOf(f.level)],
          f.status && ['status = ?', f.status],
          f.departmentId && ['department_id = ?', f.departmentId],
          f.custodianId && ['custodian_person_id = ?', f.custodianId],
          f.overdue && ['due_on < ?', c.today],
          // The search's text as devices_search_idx holds it (migration 0047), as the core reads it.
          q.search && [`${DEVICE_SEARCH_EXPR} LIKE ? ESCAPE '\\'`, containsPattern(q.search)],
        ],
        order,
        page: q.page,
        pageSize: q.pageSize,
      },
    ];
  },
});

const usagePage = registerBench({
  name: 'device_usage_page',
  questions: [{}, { from: '2025-01-01' }, {}, { from: '2024-01-01' }, {}, { from: '2023-01-01' }].map(
    (q) => ({ ...q, pageSize: 100 }),
  ),
  parse: (x) => DeviceUsageListInput.parse(x),
  app: (db, q) => counted(listUsage(db, q)),
  raw: (q) => [
    {
      table: 'device_usage u',
      joins: 'JOIN devices d ON d.id = u.device_id',
      cols: 'u.*, d.device_no',
      where: [
        q.deviceId && ['u.device_id = ?', q.deviceId],
        q.from && ['u.started_at >= ?', q.from],
        q.to && ['u.started_at <= ?', `${q.to}\uffff`],
      ],
      order: 'u.started_at DESC, u.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const PERSON_ORDER = {
  name: ['name', 'p.id'],
  department: ['department_id', 'p.name', 'p.id'],
  clearance: ['clearance_rank', 'p.name', 'p.id'],
  clearedOn: ['cleared_on', 'p.id'],
} as const;

/** The persons register (人员台账): its filters, sorts and a name or 证件号 search. */
const personsPage = registerBench({
  name: 'persons_page',
  questions: [
    {},
    { filters: { status: 'in_post' }, sort: { field: 'department' } },
    { filters: { clearance: 'core' }, sort: { field: 'clearance', order: 'desc' } },
    { search: '王' },
    { filters: { due: 'vetting_due' } },
    { search: '张伟' },
    { filters: { departmentId: 2 }, page: 2 },
    { filters: { status: 'separation' }, sort: { field: 'clearedOn', order: 'desc' } },
  ].map((q) => ({ ...q, pageSize: 100 })),
  parse: (x) => PersonListInput.parse(x),
  // As the handler asks: the warning days from the settings, read each time.
  app: (db, q, c) => counted(listPersons(db, q, c.today, personnelSettings(db).warningDays)),
  raw: (q, c) => {
    const f = q.filters;
    const warn = addDays(c.today, 30);
    const terms = (q.search ?? '').split(/\s+/).filter(Boolean);
    const dir = q.sort.order === 'asc' ? 'ASC' : 'DESC';
    return [
      {
        table: 'persons p',
        joins: 'JOIN departments d ON d.id = p.department_id',
        cols: 'p.*, d.name, d.key_dept',
        where: [
          f.departmentId && ['p.department_id = ?', f.departmentId],
          f.clearance && ['clearance_rank = ?', CLEARANCE_RANK[f.clearance]],
          f.status === 'separation' && ["status = 'separation' AND separation_ends_on >= ?", c.today],
          f.status === 'released' && ["status = 'separation' AND separation_ends_on < ?", c.today],
          f.status && f.status !== 'separation' && f.status !== 'released' && ['status = ?', f.status],
          f.due === 'vetting_due' && ["next_vetting_on <= ? AND status = 'in_post'", warn],
          f.due === 'in_separation' && ['separation_ends_on >= ?', c.today],
          f.due === 'separation_ending' && [
            'separation_ends_on >= ? AND separation_ends_on <= ?',
            c.today,
            warn,
          ],
          ...terms.map((t): RawCond =>
            /^\d/.test(t)
              ? ['id_number >= ? AND id_number < ?', t.toUpperCase(), `${t.toUpperCase()}\uffff`]
              : ["p.name LIKE ? ESCAPE '\\'", containsPattern(t)],
          ),
        ],
        order: PERSON_ORDER[q.sort.field].map((col) => `${col} ${dir}`).join(', '),
        page: q.page,
        pageSize: q.pageSize,
      },
    ];
  },
});

export const DEVICE_REGISTERS = [devicesPage, usagePage, personsPage];
