// 涉密计算机使用登记 from a sheet: a row is one 使用登记 written through the register's own write (addUsageInTx),
// so 处理信息最高密级 meets the device's 密级 as in the form. The sheet names the device by its 保密编号 and the
// user by name; both are found inside the import's transaction (the user among the 涉密人员), else the row is
// refused. Times as clerks write them: 2023.5.6 9:00, 2023年5月6日 9时30分, a date cell with its time.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { NATIONAL_LEVELS, type NationalLevel } from '../../../../db/domain/vocab';
import type { Db } from '../../../../db/open';
import { deviceUsage, devices, persons } from '../../../../db/schema';
import { requiredText } from '../../../ipc/schemas/common';
import { DeviceUsageInput } from '../../../ipc/schemas/devices-actions';
import { addUsageInTx } from '../../devices';
import { refuse } from '../../util/refuse';
import * as V from '../values';
import { reader, type RowReader } from './common';
import type { Column, RegisterImport, RowCells } from './types';

const p = (field: string) => [`usage.${field}`, field];

export const USAGE_COLUMNS: readonly Column[] = [
  {
    key: 'deviceNo',
    heading: '设备编号',
    synonyms: ['保密编号', '计算机编号', '设备保密编号', '编号'],
    width: 14,
    required: true,
    paths: ['deviceNo', ...p('deviceId')],
  },
  {
    key: 'user',
    heading: '使用人',
    synonyms: ['使用人员', '使用者', '姓名', '使用人签名'],
    width: 10,
    required: true,
    paths: ['user', ...p('userId')],
  },
  {
    key: 'startedAt',
    heading: '开始时间',
    synonyms: ['使用时间', '使用日期', '日期', '开机时间', '起始时间'],
    width: 16,
    required: true,
    paths: p('startedAt'),
  },
  { key: 'endedAt', heading: '结束时间', synonyms: ['关机时间', '截止时间'], width: 16, paths: p('endedAt') },
  {
    key: 'purpose',
    heading: '用途',
    synonyms: ['工作内容', '使用事由', '使用内容', '事由'],
    width: 24,
    required: true,
    paths: p('purpose'),
  },
  {
    key: 'maxLevel',
    heading: '处理信息最高密级',
    synonyms: ['最高密级', '处理信息密级', '密级'],
    width: 10,
    paths: p('maxLevel'),
  },
  { key: 'prints', heading: '打印份数', synonyms: ['打印'], width: 8, paths: p('prints') },
  { key: 'burns', heading: '刻录次数', synonyms: ['刻录'], width: 8, paths: p('burns') },
  { key: 'imports', heading: '导入次数', synonyms: ['导入'], width: 8, paths: p('imports') },
  { key: 'exports', heading: '导出次数', synonyms: ['导出'], width: 8, paths: p('exports') },
];

/** The register's own spelling: `YYYY-MM-DD HH:mm` (the form's), or the day alone when the sheet has no time. */
function dateTime(r: RowReader, cells: RowCells, key: string): string | undefined {
  const cell = cells[key] ?? null;
  if (cell instanceof Date) {
    const hm = `${String(cell.getUTCHours()).padStart(2, '0')}:${String(cell.getUTCMinutes()).padStart(2, '0')}`;
    return `${r.date(key)}${hm === '00:00' ? '' : ` ${hm}`}`;
  }
  const s = V.text(cell);
  if (!s) return undefined;
  const m = /^(.+?)[\sT]*(\d{1,2})[:：时](\d{1,2})分?$/.exec(s);
  const day = V.parseDate(m ? (m[1] as string).trim() : s);
  if (!day.ok) return r.missing(key, `“${s}”不是可识别的时间（如 2023.5.6 9:00）`);
  if (!m) return day.value;
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59) return r.missing(key, `“${s}”中的时刻不正确`);
  return `${day.value} ${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function maxLevel(r: RowReader): NationalLevel | undefined {
  if (!r.text('maxLevel')) return undefined;
  const read = r.level('maxLevel');
  if (!read) return undefined;
  if ((NATIONAL_LEVELS as readonly string[]).includes(read.level)) return read.level as NationalLevel;
  return r.missing('maxLevel', '处理信息的最高密级只能是绝密、机密或秘密');
}

/** 打印份数 and the like: blank or 0 is none (the count parser wants a positive number). */
function tally(r: RowReader, key: string): number {
  return r.text(key) === '' || r.text(key) === '0' ? 0 : (r.count(key) ?? 0);
}

const UsageImportInput = z.object({
  deviceNo: requiredText('设备编号', 40),
  user: requiredText('使用人', 40),
  usage: DeviceUsageInput,
});
type UsageImportInput = z.output<typeof UsageImportInput>;

/** The record needs the device's and the user's ids; the row's are decided in the transaction (the writer). */
const RESOLVED_IN_TRANSACTION = 1;

function deviceIn(tx: Pick<Db, 'select'>, deviceNo: string): number {
  const d = tx.select({ id: devices.id }).from(devices).where(eq(devices.deviceNo, deviceNo)).get();
  if (!d) refuse('usage_device_known', `设备 ${deviceNo} 不在设备或介质台账中，请先登记。`, 'deviceNo');
  return (d as { id: number }).id;
}

function userIn(tx: Pick<Db, 'select'>, name: string): number {
  const found = tx.select({ id: persons.id }).from(persons).where(eq(persons.name, name)).limit(2).all();
  if (found.length === 0) refuse('usage_user_known', `使用人“${name}”不在涉密人员名单中。`, 'user');
  if (found.length > 1) {
    refuse('usage_user_unique', `涉密人员中有不止一位“${name}”，请在设备页逐条登记。`, 'user');
  }
  return (found[0] as { id: number }).id;
}

export const usageImport: RegisterImport<UsageImportInput> = {
  schema: UsageImportInput,
  read(cells) {
    const r = reader(cells, USAGE_COLUMNS);
    const input = {
      deviceNo: r.text('deviceNo').replace(/\s/g, ''),
      user: r.name('user'),
      usage: {
        deviceId: RESOLVED_IN_TRANSACTION,
        userId: RESOLVED_IN_TRANSACTION,
        startedAt: dateTime(r, cells, 'startedAt') ?? '',
        endedAt: dateTime(r, cells, 'endedAt'),
        purpose: r.text('purpose'),
        maxLevel: maxLevel(r),
        prints: tally(r, 'prints'),
        burns: tally(r, 'burns'),
        imports: tally(r, 'imports'),
        exports: tally(r, 'exports'),
      },
    };
    return { input: r.errors.length ? null : input, errors: r.errors };
  },
  // One person's session on one device starting at one time is one entry.
  key: (i) => `${i.deviceNo}|${i.user}|${i.usage.startedAt}`,
  exists: (tx, i) =>
    tx
      .select({ id: deviceUsage.id })
      .from(deviceUsage)
      .innerJoin(devices, eq(devices.id, deviceUsage.deviceId))
      .where(
        and(
          eq(devices.deviceNo, i.deviceNo),
          eq(deviceUsage.userName, i.user),
          eq(deviceUsage.startedAt, i.usage.startedAt),
        ),
      )
      .get() !== undefined,
  writer: (_tx, ctx) => (tx, i) => {
    addUsageInTx(tx, ctx, { ...i.usage, deviceId: deviceIn(tx, i.deviceNo), userId: userIn(tx, i.user) });
  },
};
