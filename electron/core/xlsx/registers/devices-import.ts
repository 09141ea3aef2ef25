// 涉密计算机和设备台账 and 涉密存储介质台账 from a sheet: a row registers a device (or a medium) through the
// register's own 登记 (registerDeviceInTx), so a sheet meets the rules of the form. The sheet names the 责任人
// by name and the writer finds the 涉密人员 of that name inside the import's transaction (none or two: the row
// is refused); the department by name, resolved there after the confirmed new departments are created.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DEVICE_CLASS_LABELS, DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS } from '../../../../db/domain/labels';
import { NATIONAL_LEVELS, type DeviceFamily, type NationalLevel } from '../../../../db/domain/vocab';
import type { Db } from '../../../../db/open';
import { devices, persons } from '../../../../db/schema';
import { DeviceRegisterInput } from '../../../ipc/schemas/devices';
import { DeviceRetireInput } from '../../../ipc/schemas/devices-actions';
import { registerDeviceInTx, retireDeviceInTx } from '../../devices';
import { refuse } from '../../util/refuse';
import { departmentIdIn, departmentOf, optionalDate, reader, type RowReader, labelsOf } from './common';
import type { ReadCtx, RegisterImport } from './types';
import type { Column } from './types';

const DeviceImportInput = z.object({
  custodian: z.string(),
  department: z.string(),
  device: DeviceRegisterInput,
  status: z.enum(['in_use', 'in_stock', 'retired']).optional(),
  retire: DeviceRetireInput.omit({ deviceId: true }).optional(),
});
type DeviceImportInput = z.output<typeof DeviceImportInput>;

const KIND_ALIASES = {
  台式机: 'desktop',
  台式电脑: 'desktop',
  计算机: 'desktop',
  台式计算机: 'desktop',
  涉密计算机: 'desktop',
  笔记本: 'laptop',
  笔记本电脑: 'laptop',
  便携式计算机: 'laptop',
  便携机: 'laptop',
  一体机: 'multifunction',
  复印一体机: 'multifunction',
  传真: 'fax',
  技防设备: 'security_product',
  安全保密产品: 'security_product',
  优盘: 'usb',
  U盘: 'usb',
  USB存储设备: 'usb',
  移动存储: 'portable_disk',
  硬盘: 'portable_disk',
  光碟: 'optical',
  刻录光盘: 'optical',
  CD: 'optical',
  DVD: 'optical',
  SD卡: 'memory_card',
  TF卡: 'memory_card',
} as const;

const CLASS_ALIASES = {
  是: 'classified',
  涉密计算机: 'classified',
  涉密设备: 'classified',
  涉密介质: 'classified',
  否: 'office',
  非涉密计算机: 'office',
  办公: 'office',
  互联网计算机: 'internet',
  国际互联网: 'internet',
} as const;

const YES_NO = { yes: '是', no: '否' } as const;

function custodianIn(tx: Pick<Db, 'select'>, name: string): number {
  const found = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  if (found.length === 0) {
    refuse('device_custodian_known', `责任人“${name}”不在涉密人员名单中，请先登记此人。`, 'custodian');
  }
  if (found.length > 1) {
    refuse('device_custodian_unique', `涉密人员中有不止一位“${name}”，请在登记后变更责任人。`, 'custodian');
  }
  return (found[0] as { id: number }).id;
}

/** A device's 密级 is a national level: 机密★, 机密级, 机密★10年 read as 机密 (a device keeps no term). */
function deviceLevel(r: RowReader): NationalLevel | undefined {
  if (!r.text('level')) return undefined;
  const read = r.level('level');
  if (!read) return undefined;
  if ((NATIONAL_LEVELS as readonly string[]).includes(read.level)) return read.level as NationalLevel;
  return r.missing('level', '设备和介质的密级只能是绝密、机密或秘密');
}

const STATES = labelsOf(DEVICE_STATUS_LABELS, ['in_use', 'in_stock', 'retired'] as const);
const STATE_ALIASES = {
  使用中: 'in_use',
  正常使用: 'in_use',
  停用: 'in_stock',
  闲置: 'in_stock',
  备用: 'in_stock',
  库存: 'in_stock',
  报废: 'retired',
  已停用: 'in_stock',
} as const;

/**
 * The state a past ledger gives: 在用, 在库 (停用) or 已报废. 维修中, 借出, 携带外出 and 已销毁 are steps with their
 * own records (a repair's mode and escort, a loan's borrower, a destruction's witnesses): the row is refused with
 * what to do, not brought in as a bare word. Blank: 在用 with a 责任人, 在库 without, as the 登记 decides.
 */
function statusOf(r: RowReader): keyof typeof STATES | undefined {
  const cell = r.text('status');
  if (!cell) return undefined;
  const other = Object.entries(DEVICE_STATUS_LABELS).find(([k, label]) => label === cell && !(k in STATES));
  if (other)
    return r.missing(
      'status',
      `“${cell}”的设备请按“在用”或“在库”导入，再在设备页办理${other[1].replace(/中$|^已/, '')}（须登记该环节的经办、陪同或审批）`,
    );
  return r.choice('status', STATES, STATE_ALIASES);
}

/** 李建国（局长） → the approver; the approval rests on the ledger's 报废审批人 and 报废审批日期. */
function retireOf(r: RowReader) {
  const who = r.name('retireApprover');
  const m = /^(.+?)[（(](.+?)[）)]$/.exec(who);
  const on = optionalDate(r, 'retireApprovedOn');
  return {
    retiredOn: r.date('retiredOn'),
    reason: r.prose('retireReason'),
    approval:
      who || on
        ? {
            approver: who
              ? { type: 'person' as const, name: m ? (m[1] as string) : who, title: m ? m[2] : undefined }
              : undefined,
            decision: 'approved' as const,
            decidedAt: on,
          }
        : undefined,
  };
}

function read(family: DeviceFamily, columns: readonly Column[]) {
  return (cells: Parameters<RegisterImport<unknown>['read']>[0], ctx: ReadCtx) => {
    const r = reader(cells, columns);
    const level = deviceLevel(r);
    const opt = (key: string) => r.text(key) || undefined;
    const device = {
      family,
      deviceNo: r.text('deviceNo').replace(/\s/g, ''),
      assetNo: opt('assetNo'),
      kind: r.choice('kind', DEVICE_KIND_LABELS, KIND_ALIASES),
      // A 涉密 ledger often has no 类别 column: a row with a 密级 is 涉密, one without is 非涉密.
      class: r.text('class')
        ? r.choice('class', DEVICE_CLASS_LABELS, CLASS_ALIASES)
        : level
          ? 'classified'
          : 'office',
      level,
      brandModel: opt('brandModel'),
      serialNo: opt('serialNo'),
      diskSerials: r.list('diskSerials'),
      mac: opt('mac')?.toUpperCase(),
      capacity: opt('capacity'),
      volumeId: opt('volumeId'),
      location: opt('location'),
      purpose: opt('purpose'),
      os: opt('os'),
      enabledOn: optionalDate(r, 'enabledOn'),
      registeredOn: optionalDate(r, 'registeredOn') ?? optionalDate(r, 'enabledOn') ?? ctx.today,
      onInternet: r.text('onInternet') ? r.choice('onInternet', YES_NO) === 'yes' : false,
    };
    const status = statusOf(r);
    const input = {
      custodian: r.name('custodian'),
      department: departmentOf(r, 'department', ctx),
      device,
      status,
      retire: status === 'retired' ? retireOf(r) : undefined,
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  };
}

export function deviceImport(family: DeviceFamily, columns: readonly Column[]): RegisterImport<unknown> {
  const spec: RegisterImport<DeviceImportInput> = {
    schema: DeviceImportInput,
    read: read(family, columns),
    key: (i) => i.device.deviceNo,
    exists: (tx, i) =>
      tx.select({ id: devices.id }).from(devices).where(eq(devices.deviceNo, i.device.deviceNo)).get() !==
      undefined,
    writer: (_tx, ctx) => (tx, i) => {
      if (i.status === 'in_use' && !i.custodian)
        refuse('device_in_use_has_custodian', '“在用”的设备、介质须写明责任人。', 'custodian');
      if (i.status === 'in_stock' && i.custodian)
        refuse(
          'device_in_stock_no_custodian',
          `“在库”的设备、介质没有责任人：请清空责任人“${i.custodian}”，或把状态改为“在用”。`,
          'custodian',
        );
      const deviceId = registerDeviceInTx(tx, ctx, {
        ...i.device,
        custodianId: i.custodian ? custodianIn(tx, i.custodian) : undefined,
        departmentId: i.department ? departmentIdIn(tx, i.department) : undefined,
      });
      // A device the ledger shows 报废: registered, then retired by the form's own 报废 (approval for a 涉密 one).
      if (i.retire) retireDeviceInTx(tx, ctx, { deviceId, ...i.retire });
    },
  };
  return spec as RegisterImport<unknown>;
}
