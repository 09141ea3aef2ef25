// Every rule the device and media register enforces (law art. 30–31, 涉密计算机管理办法, issue 14 point 4): each
// refusal names its rule, and test/electron/core/devices/rules.test.ts has a test named after it that fails
// without it.
import { LEVEL_LABELS, DEVICE_STATUS_LABELS } from '../../../db/domain/labels';
import {
  MEDIUM_KINDS,
  type DeviceClass,
  type DeviceFamily,
  type DeviceKind,
  type DeviceStatus,
  type NationalLevel,
} from '../../../db/domain/vocab';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import { refuse } from '../util/refuse';

/** 秘密 1 · 机密 2 · 绝密 3; 0 for no level. */
export const DEVICE_LEVEL_RANK: Record<NationalLevel, number> = { confidential: 1, secret: 2, top_secret: 3 };
export const rankOf = (l: NationalLevel | null | undefined): number => (l ? DEVICE_LEVEL_RANK[l] : 0);
export const levelOfRank = (r: number): NationalLevel | null =>
  (Object.entries(DEVICE_LEVEL_RANK).find(([, v]) => v === r)?.[0] as NationalLevel | undefined) ?? null;

const isMediumKind = (k: DeviceKind) => (MEDIUM_KINDS as readonly DeviceKind[]).includes(k);

/** A medium is one of the medium kinds, a device is not. */
export function checkKindMatchesFamily(family: DeviceFamily, kind: DeviceKind): void {
  if ((family === 'medium') !== isMediumKind(kind)) {
    refuse(
      'kind_matches_family',
      family === 'medium' ? '存储介质的类型须为U盘、移动硬盘、光盘或存储卡。' : '设备的类型不能是存储介质。',
      'kind',
    );
  }
}

/** 统一配发: media are issued by the unit, never brought in (北京条例 art. 17, 涉密计算机管理办法). */
export function checkIssuedByUnit(family: DeviceFamily, issuedByUnit: boolean): void {
  if (family === 'medium' && !issuedByUnit) {
    refuse('media_issued_by_unit', '存储介质须由本单位统一配发，不得登记个人自带的介质。', 'issuedByUnit');
  }
}

/**
 * The class and the level go together: a 涉密 item bears a level and is never on the internet (law art. 31);
 * a 非涉密 or 互联网 item never bears one.
 */
export function checkClassAndLevel(c: DeviceClass, level: NationalLevel | null | undefined): void {
  if (c !== 'classified' && level) {
    refuse(
      'unclassified_no_level',
      '非涉密或互联网设备、介质不得标定密级；涉密设备须登记为“涉密”。',
      'level',
    );
  }
  if (c === 'classified' && !level) {
    refuse('classified_has_level', '涉密设备、介质须标明密级（按其处理信息的最高密级）。', 'level');
  }
}

export function checkNeverOnline(c: DeviceClass, onInternet: boolean): void {
  if (c === 'classified' && onInternet) {
    refuse('classified_never_online', '涉密设备、介质严禁接入互联网或其他公共信息网络。', 'onInternet');
  }
}

/** A classified medium is never used with a non-classified or internet device (no cross use). */
export function checkNoClassifiedMediumOnUnclassified(
  medium: { class: DeviceClass; deviceNo: string },
  device: { class: DeviceClass; deviceNo: string },
): void {
  if (medium.class === 'classified' && device.class !== 'classified') {
    refuse(
      'unclassified_no_classified_medium',
      `涉密介质 ${medium.deviceNo} 不得连接非涉密或互联网设备 ${device.deviceNo}（严禁交叉使用）。`,
      'connectDeviceId',
    );
  }
}

/** A medium's level is at least the highest level written to it. */
export function checkMediumCoversWritten(
  deviceNo: string,
  level: NationalLevel | null,
  writtenRank: number,
  path = 'level',
): void {
  if (rankOf(level) < writtenRank) {
    const written = levelOfRank(writtenRank);
    refuse(
      'medium_level_covers_written',
      `介质 ${deviceNo} 曾存储${written ? LEVEL_LABELS[written] : ''}级信息，其密级不得低于${written ? LEVEL_LABELS[written] : ''}。`,
      path,
    );
  }
}

/** A device never processes information above its own level. */
export function checkDeviceCoversProcessed(
  deviceNo: string,
  level: NationalLevel | null,
  processed: NationalLevel,
) {
  if (rankOf(level) < rankOf(processed)) {
    refuse(
      'device_level_covers_processed',
      `设备 ${deviceNo} 的密级低于${LEVEL_LABELS[processed]}，不得处理${LEVEL_LABELS[processed]}级信息。`,
      'maxLevel',
    );
  }
}

/** 变更: while in use a level only goes up (lowering it is 降密, which needs its storage destroyed). */
export function checkLevelOnlyUpward(from: NationalLevel | null, to: NationalLevel): void {
  if (rankOf(to) < rankOf(from)) {
    refuse(
      'level_only_upward_in_use',
      `使用中的设备、介质密级只能调高；由${from ? LEVEL_LABELS[from] : ''}降为${LEVEL_LABELS[to]}须先销毁或更换存储部件，再办理降密。`,
      'level',
    );
  }
}

export function checkOutsideRepair(r: {
  mode: 'onsite' | 'outside';
  storageRemoved: boolean;
  storageKeptBy?: string | undefined;
}): void {
  if (r.mode === 'outside' && (!r.storageRemoved || !r.storageKeptBy)) {
    refuse(
      'outside_repair_needs_storage_removed',
      '送外维修须先拆除硬盘等存储介质和固件并由本单位保管，请登记拆除情况和保管人。',
      'storageRemoved',
    );
  }
}

/** 外来单位: 资质 and 保密协议 recorded (送外, or an outside technician on site). */
export function checkVendorTerms(r: {
  vendor?: string | undefined;
  vendorQualified: boolean;
  agreementSigned: boolean;
}) {
  if (r.vendor && (!r.vendorQualified || !r.agreementSigned)) {
    refuse(
      'outside_vendor_qualified_and_bound',
      `外来维修单位（${r.vendor}）须具备相应资质并签订保密协议后方可维修。`,
      'agreementSigned',
    );
  }
}

/** 现场维修 under a named 旁站陪同人 (regulation art. 27(6)). */
export function checkOnsiteEscort(r: { mode: 'onsite' | 'outside'; escortName?: string | undefined }): void {
  if (r.mode === 'onsite' && !r.escortName) {
    refuse(
      'onsite_repair_needs_escort',
      '现场维修须由本单位人员全程旁站陪同，请登记旁站陪同人。',
      'escortName',
    );
  }
}

/** A device out of the unit's hands (借出, 外出, 维修中) cannot be retired. */
export function checkNotOutWhenRetiring(status: DeviceStatus): void {
  if (status === 'on_loan' || status === 'carried_out' || status === 'in_repair') {
    refuse(
      'no_retire_while_out',
      `设备当前“${DEVICE_STATUS_LABELS[status]}”，须收回后才能报废。`,
      'deviceId',
    );
  }
}

/** A device leaving use keeps its storage until it is destroyed: no disk is taken out or swapped after 报废. */
export function checkRetiredKeepsStorage(status: DeviceStatus, changesStorage: boolean): void {
  if (status === 'retired' && changesStorage) {
    refuse(
      'retired_keeps_storage',
      '已报废的设备须连同硬盘等存储部件一并保管，直至销毁，不得拆换或另作他用。',
      'diskSerials',
    );
  }
}

/** 降密/转为非涉密 only after the storage was destroyed or replaced (law art. 31: 未经安全技术处理…). */
export function checkDowngradeStorage(storageState: string): void {
  if (storageState !== 'destroyed' && storageState !== 'replaced') {
    refuse(
      'downgrade_needs_storage_destroyed',
      '涉密设备转为非涉密前，须先销毁或更换其存储部件（硬盘等）。',
      'deviceId',
    );
  }
}

/** 降密 goes to a lower level than the item bears now (raising one is a 变更). */
export function checkDowngradeLowers(from: NationalLevel | null, to: NationalLevel): void {
  if (rankOf(to) >= rankOf(from)) {
    refuse(
      'downgrade_lowers_level',
      `降密须降至低于现密级（${from ? LEVEL_LABELS[from] : '无'}）的密级；调高密级请办理变更。`,
      'toLevel',
    );
  }
}

export function checkTwoWitnesses(witnesses: { name: string }[]): void {
  const names = new Set(witnesses.map((w) => w.name.trim().replace(/\s+/g, '')).filter(Boolean));
  if (names.size < 2) {
    refuse('destroy_two_witnesses', '销毁须有两名以上不同的监销人在场。', 'witnesses');
  }
}

/** 返回检查 by someone other than the borrower. */
export function checkCheckerNotBorrower(checker: string, borrower: string): void {
  if (checker.trim() === borrower.trim()) {
    refuse('return_checker_not_borrower', '返回时的信息清除检查须由借用人以外的人员进行。', 'checkerName');
  }
}

export function checkDueAfterStart(start: string, due: string, path = 'dueOn'): void {
  if (due < start) refuse('due_after_start', `归还期限（${due}）早于开始日期（${start}）。`, path);
}

export function checkStatus(status: DeviceStatus, allowed: DeviceStatus[], what: string): void {
  if (!allowed.includes(status)) {
    refuse('device_state', `当前状态为“${DEVICE_STATUS_LABELS[status]}”，不能${what}。`, 'deviceId');
  }
}

/** A 涉密 item's 借用, 携带外出, 维修, 报废, 销毁, 降密 rest on an approval that was granted. */
export function requireApproval(
  approval: ActionApprovalInput | undefined,
  rule: string,
  message: string,
): ActionApprovalInput {
  if (!approval) refuse(rule, message, 'approval');
  if (approval.decision !== 'approved') {
    refuse('approval_not_granted', '审批未同意，不能办理。', 'approval.decision');
  }
  return approval;
}
