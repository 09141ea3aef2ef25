// Demo data for the device and media registers: computers (涉密 台式/便携/服务器, 非涉密 工作机, 上网机), office
// equipment and security products, unit-issued media, each with a history (登记, 领用, some 借用, a few 报废/销毁),
// periodic checks and usage entries; their 维修 are demo-repairs.ts's. Written in bulk with prepared statements in one
// transaction, after the persons (责任人 are drawn from the personnel register); the CLI's `demo` calls `seedDevices`.
import type { DeviceClass, DeviceKind, NationalLevel } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { canonicalJson } from '../util/canonical-json';
import { addDays } from '../util/dates';
import { rankOf } from './rules';

export const DEVICE_SCALES = {
  small: { devices: 60, media: 150, usage: 2_000 },
  large: { devices: 2_000, media: 5_000, usage: 200_000 },
} as const;

export interface DeviceSeedResult {
  devices: number;
  media: number;
  usage: number;
}

const BRANDS: Record<string, readonly string[]> = {
  desktop: ['联想 启天 M437', '长城 世恒 TN5', '同方 超翔 Z8000', '华为 擎云 W515'],
  laptop: ['联想 昭阳 K4e', '华为 擎云 L420', '长城 UF712'],
  server: ['浪潮 英信 NF5280', '华为 泰山 2280'],
  printer: ['奔图 P3301DN', '联想 LJ2605D', '惠普 M405dn'],
  copier: ['理光 MP 2555SP', '佳能 iR2630'],
  scanner: ['汉王 HW-8000', '紫光 Uniscan F25'],
  fax: ['松下 KX-FL338'],
  shredder: ['科密 C-838', '得力 9903'],
  multifunction: ['奔图 M7160DW'],
  security_product: ['视频干扰器 BMJ-A', '红黑电源隔离插座 HH-10', '三合一导入设备'],
  usb: ['朗科 U208 32GB', '爱国者 U310 64GB'],
  portable_disk: ['希捷 睿品 1TB', '西部数据 Elements 2TB'],
  optical: ['中晶 DVD-R 4.7GB', '铼德 CD-R 700MB'],
  memory_card: ['闪迪 SD 32GB'],
};
const DEVICE_MIX: readonly (readonly [DeviceKind, DeviceClass, number])[] = [
  ['desktop', 'classified', 30],
  ['laptop', 'classified', 8],
  ['server', 'classified', 2],
  ['desktop', 'office', 15],
  ['desktop', 'internet', 10],
  ['printer', 'classified', 10],
  ['copier', 'classified', 4],
  ['scanner', 'classified', 4],
  ['fax', 'office', 2],
  ['shredder', 'classified', 4],
  ['multifunction', 'office', 3],
  ['security_product', 'classified', 8],
];
const MEDIUM_MIX: readonly (readonly [DeviceKind, number])[] = [
  ['usb', 60],
  ['portable_disk', 15],
  ['optical', 20],
  ['memory_card', 5],
];
const LEVELS: readonly NationalLevel[] = ['confidential', 'confidential', 'secret', 'secret', 'top_secret'];
const ROOMS = ['办公楼 2', '办公楼 3', '综合楼 1', '档案库房 ', '机要室 '];
const PURPOSES = ['公文处理', '档案整理', '机要文件处理', '统计报表', '会议材料编印', '数据交换'];
const WORK = [
  '起草涉密文件',
  '打印会议材料',
  '档案数字化录入',
  '导入上级来文',
  '编制统计报表',
  '刻录存档光盘',
];

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)] as T;
}
function weighted<T extends readonly unknown[]>(rng: () => number, xs: readonly T[]): T {
  let r = rng() * xs.reduce((a, x) => a + (x[x.length - 1] as number), 0);
  for (const x of xs) if ((r -= x[x.length - 1] as number) < 0) return x;
  return xs[0] as T;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function seedDevices(
  db: Db,
  scale: keyof typeof DEVICE_SCALES,
  rng: () => number,
  now: Date,
): DeviceSeedResult {
  const size = DEVICE_SCALES[scale];
  const c = db.$client;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const at = now.toISOString();
  const people = c
    .prepare(
      `SELECT id, name, department_id AS dept FROM persons WHERE status = 'in_post' ORDER BY id LIMIT 2000`,
    )
    .all() as { id: number; name: string; dept: number | null }[];
  const insert = c.prepare(`INSERT INTO devices (family, device_no, asset_no, kind, class, level, level_rank,
    brand_model, serial_no, disk_serials, mac, capacity, custodian_person_id, custodian_name, department_id, location,
    purpose, os, os_installed_on, enabled_on, registered_on, secret_network, on_internet, monitor_installed,
    max_written_rank, storage_state, status, holder_person_id, holder_name, due_on, created_at, updated_at)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`);
  const event = c.prepare(
    `INSERT INTO device_events (device_id, kind, "on", at, counterpart, detail) VALUES (?,?,?,?,?,?)`,
  );
  const move =
    c.prepare(`INSERT INTO device_movements (kind, device_id, person_id, person_name, reason, content_level,
    started_on, due_on, returned_on, checker_name, check_result, prev_status, created_at)
    VALUES ('borrow',?,?,?,?,?,?,?,?,?,?,?,?)`);
  const check =
    c.prepare(`INSERT INTO device_checks (device_id, kind, checked_on, checker_name, result, created_at)
    VALUES (?,?,?,?,?,?)`);
  const usage =
    c.prepare(`INSERT INTO device_usage (device_id, person_id, user_name, started_at, ended_at, purpose,
    max_level, prints, burns, imports, exports, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
  const daysAgo = (n: number) => addDays(today, -n);
  const hex = () =>
    Math.floor(rng() * 0xffffffff)
      .toString(16)
      .toUpperCase()
      .padStart(8, '0');

  const classifiedDevices: { id: number; level: NationalLevel }[] = [];
  const seedOne = (family: 'device' | 'medium', i: number): void => {
    const [kind, cls] =
      family === 'device'
        ? weighted(rng, DEVICE_MIX)
        : ([weighted(rng, MEDIUM_MIX)[0], rng() < 0.9 ? 'classified' : 'office'] as const);
    const level = cls === 'classified' ? pick(rng, LEVELS) : null;
    const who = people.length && rng() < 0.8 ? pick(rng, people) : null;
    const registeredOn = daysAgo(30 + Math.floor(rng() * 1500));
    const computer = kind === 'desktop' || kind === 'laptop' || kind === 'server';
    const retired = rng() < 0.04;
    const destroyed = retired && rng() < 0.5;
    const status = destroyed ? 'destroyed' : retired ? 'retired' : who ? 'in_use' : 'in_stock';
    const prefix = family === 'medium' ? 'U' : cls === 'internet' ? 'HL' : cls === 'office' ? 'FM' : 'SM';
    const row = insert.get(
      family,
      `${prefix}-${pad(i, 5)}`,
      family === 'device' ? `ZC-${registeredOn.slice(0, 4)}-${pad(i, 5)}` : null,
      kind,
      cls,
      level,
      rankOf(level),
      pick(rng, BRANDS[kind] ?? ['通用型号']),
      hex() + hex().slice(0, 4),
      computer ? JSON.stringify([`S4EV${hex()}`]) : '[]',
      computer ? `3C:52:${hex().match(/../g)?.slice(0, 4).join(':')}` : null,
      family === 'medium' ? (BRANDS[kind]?.[0]?.split(' ').pop() ?? null) : null,
      who && !retired ? who.id : null,
      who && !retired ? who.name : null,
      who?.dept ?? null,
      family === 'device' ? `${pick(rng, ROOMS)}${pad(1 + Math.floor(rng() * 20))}室` : null,
      pick(rng, PURPOSES),
      computer ? (cls === 'classified' ? '银河麒麟 V10' : '统信 UOS 20') : null,
      computer ? registeredOn : null,
      registeredOn,
      registeredOn,
      cls === 'classified' && computer && rng() < 0.3 ? 1 : 0,
      cls === 'internet' ? 1 : 0,
      cls === 'classified' && computer ? 1 : 0,
      family === 'medium' && level ? rankOf(level) : 0,
      destroyed ? 'destroyed' : 'installed',
      status,
      null,
      null,
      null,
      at,
      at,
    ) as { id: number };
    event.run(row.id, 'register', registeredOn, at, null, canonicalJson({ seeded: true }));
    if (who) event.run(row.id, 'issue', registeredOn, at, who.name, '{}');
    if (cls === 'classified' && level && computer && !retired) classifiedDevices.push({ id: row.id, level });
    if (family === 'medium' && who && !retired && rng() < 0.3) {
      const lent = daysAgo(2 + Math.floor(rng() * 200));
      const back = addDays(lent, 1 + Math.floor(rng() * 5));
      move.run(
        row.id,
        who.id,
        who.name,
        '拷贝文件',
        level,
        lent,
        addDays(lent, 7),
        back,
        '王丽',
        '已清除',
        'in_use',
        at,
      );
      event.run(row.id, 'borrow', lent, at, who.name, '{}');
      event.run(row.id, 'return', back, at, '检查人 王丽', '{}');
    }
    if (retired) {
      event.run(row.id, 'retire', daysAgo(20), at, null, canonicalJson({ reason: '老化' }));
      if (destroyed) {
        event.run(
          row.id,
          'destroy',
          daysAgo(10),
          at,
          '监销：张伟、刘芳',
          canonicalJson({ place: '市保密局指定销毁中心' }),
        );
      }
    }
  };

  return db.transaction(() => {
    for (let i = 1; i <= size.devices; i++) seedOne('device', i);
    for (let i = 1; i <= size.media; i++) seedOne('medium', i);
    for (const d of classifiedDevices) {
      for (const kind of ['secrecy', 'antivirus', 'audit_log'])
        check.run(d.id, kind, daysAgo(Math.floor(rng() * 120)), '王丽', '合格', at);
    }
    let n = 0;
    if (classifiedDevices.length && people.length) {
      for (; n < size.usage; n++) {
        const d = pick(rng, classifiedDevices);
        const who = pick(rng, people);
        const day = daysAgo(Math.floor(rng() * 1800));
        const h = 8 + Math.floor(rng() * 8);
        usage.run(
          d.id,
          who.id,
          who.name,
          `${day} ${pad(h)}:00`,
          `${day} ${pad(h + 1)}:30`,
          pick(rng, WORK),
          d.level,
          rng() < 0.3 ? 1 + Math.floor(rng() * 5) : 0,
          rng() < 0.05 ? 1 : 0,
          rng() < 0.1 ? 1 : 0,
          rng() < 0.05 ? 1 : 0,
          at,
        );
      }
    }
    return { devices: size.devices, media: size.media, usage: n };
  });
}
