// Demo data for 维修登记: the seeded devices' repairs over their years in the register, as repair.ts records them.
// A classified device is repaired only on a leader's approval dated on or before the repair; on site under a
// named 旁站陪同人, or sent out to a qualified vendor bound by a 保密协议 with its storage removed and kept by the
// unit; a swapped disk is handed over by name and becomes the device's disk. The last repair of a few devices is
// still open: they stand 维修中. Deterministic for a seeded `rng`; called by the CLI's `demo` after seedDevices.
import { REPAIR_MODE_LABELS } from '../../../db/domain/labels';
import type { DeviceKind, DeviceStatus, RepairMode, StorageState } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { canonicalJson } from '../util/canonical-json';
import { addDays, dateOf } from '../util/dates';

/** Repairs a year per device kind (printers and copiers wear out; security products rarely fail). */
const RATE: Partial<Record<DeviceKind, number>> = {
  desktop: 0.55,
  laptop: 0.6,
  server: 0.4,
  printer: 1.4,
  copier: 1.5,
  multifunction: 1.3,
  scanner: 0.6,
  fax: 0.5,
  shredder: 0.5,
  security_product: 0.25,
};
const COMPUTER = new Set<DeviceKind>(['desktop', 'laptop', 'server']);
type Fault = readonly [string, string, boolean];
const COMPUTER_FAULTS: readonly Fault[] = [
  ['硬盘异响，读写缓慢', '更换硬盘，重装操作系统并恢复安全保密配置', true],
  ['无法开机，电源指示灯不亮', '更换电源模块，恢复正常', false],
  ['频繁死机、蓝屏', '更换内存条，运行测试正常', false],
  ['显示器花屏', '更换显示器信号线，恢复正常', false],
  ['主板故障，无法识别硬盘', '更换主板，原硬盘经检查完好', false],
  ['开机提示系统文件损坏', '更换硬盘，重装操作系统并恢复安全保密配置', true],
  ['键盘部分按键失灵', '更换键盘', false],
];
const PRINT_FAULTS: readonly Fault[] = [
  ['卡纸频繁', '更换搓纸轮，清洁进纸通道', false],
  ['打印件出现黑线', '清洁硒鼓和激光器窗口', false],
  ['定影组件异响', '更换定影组件', false],
  ['无法识别纸张尺寸', '更换纸盒传感器', false],
];
const SCAN_FAULTS: readonly Fault[] = [
  ['扫描件有条纹', '清洁扫描玻璃和反光板', false],
  ['进纸器不走纸', '更换分纸垫和搓纸轮', false],
];
/** [故障现象, 维修结果, the disk is swapped] per kind of device. */
const FAULTS: Partial<Record<DeviceKind, readonly Fault[]>> = {
  desktop: COMPUTER_FAULTS,
  laptop: COMPUTER_FAULTS,
  server: COMPUTER_FAULTS,
  printer: PRINT_FAULTS,
  copier: [...PRINT_FAULTS, ...SCAN_FAULTS],
  multifunction: [...PRINT_FAULTS, ...SCAN_FAULTS],
  scanner: SCAN_FAULTS,
  fax: [['无法接收传真', '更换线路板', false]],
  shredder: [
    ['电机过热自动停机', '更换电机，恢复正常', false],
    ['刀具卡死', '清理刀具，更换齿轮', false],
  ],
  security_product: [['指示灯异常，保护功能失效', '更换控制板，经检测合格', false]],
};
const VENDORS = [
  '某市信安科技有限公司（保密局定点维修单位）',
  '某市金盾电子技术服务中心（涉密设备维修资质）',
];
const LEADERS = ['李建国', '陈国庆', '周立新'];
const STAFF = ['王丽', '张伟', '刘芳'];

export interface RepairSeedResult {
  repairs: number;
  /** Still 维修中: the device stands `in_repair`. */
  open: number;
  outside: number;
}

interface DeviceRow {
  id: number;
  kind: DeviceKind;
  cls: string;
  status: DeviceStatus;
  disks: string;
  custodian: string | null;
  registeredOn: string;
  storage: StorageState;
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

export function seedRepairs(db: Db, rng: () => number, now: Date): RepairSeedResult {
  const c = db.$client;
  const today = dateOf(now);
  const at = now.toISOString();
  const devices = c
    .prepare(
      `SELECT id, kind, class AS cls, status, disk_serials AS disks, custodian_name AS custodian,
       registered_on AS registeredOn, storage_state AS storage FROM devices WHERE family = 'device' ORDER BY id`,
    )
    .all() as DeviceRow[];
  const approval =
    c.prepare(`INSERT INTO approvals (kind, subject_type, subject_id, approver_name, approver_title,
    decision, decided_at, document_no, created_at) VALUES ('repair', 'device', ?, ?, '局领导', 'approved', ?, ?, ?)`);
  const repair = c.prepare(`INSERT INTO device_repairs (device_id, mode, fault, vendor, vendor_qualified,
    agreement_signed, escort_name, storage_removed, storage_kept_by, sent_by, started_on, returned_on, result,
    old_disk_serials, new_disk_serials, handed_over_by, received_by, prev_status, approval_id, created_at)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const event = c.prepare(
    `INSERT INTO device_events (device_id, kind, "on", at, counterpart, approval_id, detail) VALUES (?,?,?,?,?,?,?)`,
  );
  const settle = c.prepare('UPDATE devices SET status = ?, disk_serials = ?, storage_state = ? WHERE id = ?');
  const out: RepairSeedResult = { repairs: 0, open: 0, outside: 0 };
  let docNo = 0;
  const hex = () =>
    Math.floor(rng() * 0xffffffff)
      .toString(16)
      .toUpperCase()
      .padStart(8, '0');

  /** One repair of `d` from `on`; returns the day it ended (null: still open). */
  const one = (d: DeviceRow, on: string, open: boolean, prev: DeviceStatus): string | null => {
    const classified = d.cls === 'classified';
    const [fault, result, swap] = pick(rng, FAULTS[d.kind] ?? COMPUTER_FAULTS.slice(1, 2));
    // A disk fault of a classified computer is fixed on site: its disk never leaves the unit with it.
    const mode: RepairMode =
      !(swap && classified) && rng() < (classified ? 0.2 : 0.35) ? 'outside' : 'onsite';
    const vendor = mode === 'outside' || rng() < 0.6 ? pick(rng, VENDORS) : null;
    const escort = mode === 'onsite' ? (d.custodian ?? pick(rng, STAFF)) : null;
    const removed = mode === 'outside' && classified;
    const keptBy = removed ? pick(rng, STAFF) : null;
    const sentBy = mode === 'outside' ? (d.custodian ?? pick(rng, STAFF)) : null;
    const decidedOn = addDays(on, -Math.floor(rng() * 3));
    const approvalId = classified
      ? approval.run(String(d.id), pick(rng, LEADERS), decidedOn, `设修〔${on.slice(0, 4)}〕${++docNo}号`, at)
          .lastInsertRowid
      : null;
    const back = open
      ? null
      : addDays(on, mode === 'outside' ? 5 + Math.floor(rng() * 20) : Math.floor(rng() * 3));
    const newDisks = back && swap ? JSON.stringify([`S4EV${hex()}`]) : null;
    repair.run(
      d.id,
      mode,
      fault,
      vendor,
      vendor ? 1 : 0,
      vendor ? 1 : 0,
      escort,
      removed ? 1 : 0,
      keptBy,
      sentBy,
      on,
      back,
      back ? result : null,
      d.disks,
      newDisks,
      newDisks ? (escort ?? sentBy) : null,
      newDisks ? pick(rng, STAFF) : null,
      prev,
      approvalId,
      at,
    );
    const input = {
      mode,
      fault,
      startedOn: on,
      vendor,
      escortName: escort,
      storageRemoved: removed,
      storageKeptBy: keptBy,
    };
    event.run(
      d.id,
      'repair',
      on,
      at,
      mode === 'onsite'
        ? `${REPAIR_MODE_LABELS.onsite}，旁站陪同人 ${escort}`
        : `${REPAIR_MODE_LABELS.outside}至 ${vendor}，存储介质由 ${keptBy ?? ''} 保管`,
      approvalId,
      canonicalJson(input),
    );
    out.repairs++;
    if (mode === 'outside') out.outside++;
    if (!back) {
      out.open++;
      if (removed) d.storage = 'removed';
      return null;
    }
    event.run(
      d.id,
      'repair_done',
      back,
      at,
      newDisks ? '更换硬盘，旧硬盘移交保密员保管' : null,
      null,
      canonicalJson({ returnedOn: back, result }),
    );
    if (newDisks) {
      d.disks = newDisks;
      d.storage = 'replaced';
    } else if (removed) d.storage = 'installed';
    return back;
  };

  return db.transaction(() => {
    for (const d of devices) {
      const live = d.status === 'in_use' || d.status === 'in_stock';
      // A retired device was retired 20 days ago (the devices seeder): its repairs come before that.
      const last = addDays(today, live ? -1 : -25);
      const first = addDays(d.registeredOn, 20);
      if (first >= last && !live) continue;
      const years = Math.max(0, (Date.parse(last) - Date.parse(first)) / (365 * 86_400_000));
      const k = Math.floor((RATE[d.kind] ?? 0.3) * years + rng());
      const span = Math.round(years * 365);
      const starts = Array.from({ length: k }, () => addDays(first, Math.floor(rng() * span))).sort();
      const prev: DeviceStatus = live ? d.status : 'in_use';
      const before = { disks: d.disks, storage: d.storage };
      let free = first;
      for (const on of starts) {
        const day = on > free ? on : addDays(free, 1);
        if (day >= last) break;
        free = one(d, day, false, prev) ?? free;
      }
      // A few live devices are in repair now, since a day after their last repair at the earliest; the first
      // classified computer that can be always is, so every scale shows one 维修中.
      const openOn = addDays(today, -1 - Math.floor(rng() * 20));
      const firstOpen = !out.open && d.cls === 'classified' && COMPUTER.has(d.kind);
      const open = live && openOn > free && (rng() < 0.025 || firstOpen);
      if (open) one(d, openOn, true, d.status);
      // A destroyed device's storage was destroyed with it, whatever its repairs swapped before.
      if (d.status === 'destroyed') d.storage = 'destroyed';
      if (open || d.disks !== before.disks || d.storage !== before.storage)
        settle.run(open ? 'in_repair' : d.status, d.disks, d.storage, d.id);
    }
    return out;
  });
}
