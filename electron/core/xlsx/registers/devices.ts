// 涉密计算机和设备台账 and 涉密存储介质台账 in sheets: the headings of REFERENCE §2.4 (sxkxy 设备台账, the 涉密主机 sheet),
// every device (or medium) the register's filters select; a sheet of either imports through the 登记 (devices-import).
import {
  DEVICE_CLASS_LABELS,
  DEVICE_FAMILY_LABELS,
  DEVICE_KIND_LABELS,
  DEVICE_STATUS_LABELS,
  LEVEL_LABELS,
} from '../../../../db/domain/labels';
import type { Db } from '../../../../db/open';
import { type DeviceRow, DeviceListInput } from '../../../ipc/schemas/devices';
import { type DeviceUsageView, DeviceUsageListInput } from '../../../ipc/schemas/devices-usage';
import { listDevices, listUsage } from '../../devices';
import { deviceImport } from './devices-import';
import { DEVICE_COLUMNS, MEDIUM_COLUMNS } from './devices-columns';
import { allRows, yesNo } from './paged';
import { USAGE_COLUMNS, usageImport } from './usage-import';
import type { RegisterColumns, RegisterImport } from './types';

interface Retirement {
  retiredOn: string;
  retireReason: string;
  retireApprover: string;
  retireApprovedOn: string;
}

/** The 报废 of each retired item of a page: its date, reason and approval, as the import reads them back. */
function retirements(db: Db, ids: number[]): Map<number, Retirement> {
  if (!ids.length) return new Map();
  const rows = db.$client
    .prepare(
      `SELECT e.device_id AS id, e."on" AS retiredOn, coalesce(json_extract(e.detail, '$.reason'), '') AS retireReason,
         coalesce(ac.display_name, a.approver_name, '') AS name, a.approver_title AS title,
         coalesce(a.decided_at, '') AS retireApprovedOn
       FROM device_events e
       LEFT JOIN approvals a ON a.id = e.approval_id
       LEFT JOIN accounts ac ON ac.id = a.approver_account_id
       WHERE e.kind = 'retire' AND e.device_id IN (${ids.map(() => '?').join(',')})
       ORDER BY e.id`,
    )
    .all(...ids) as (Omit<Retirement, 'retireApprover'> & {
    id: number;
    name: string;
    title: string | null;
  })[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        retiredOn: r.retiredOn,
        retireReason: r.retireReason,
        retireApprover: r.title ? `${r.name}（${r.title}）` : r.name,
        retireApprovedOn: r.retireApprovedOn,
      },
    ]),
  );
}

const NOT_RETIRED: Retirement = { retiredOn: '', retireReason: '', retireApprover: '', retireApprovedOn: '' };

function cells(d: DeviceRow & { retirement?: Retirement | undefined }) {
  return {
    ...(d.retirement ?? NOT_RETIRED),
    deviceNo: d.deviceNo,
    assetNo: d.assetNo ?? '',
    family: DEVICE_FAMILY_LABELS[d.family],
    kind: DEVICE_KIND_LABELS[d.kind],
    class: DEVICE_CLASS_LABELS[d.class],
    level: d.level ? LEVEL_LABELS[d.level] : '',
    brandModel: d.brandModel ?? '',
    serialNo: d.serialNo ?? '',
    diskSerials: d.diskSerials.join('、'),
    mac: d.mac ?? '',
    os: d.os ?? '',
    volumeId: d.volumeId ?? '',
    capacity: d.capacity ?? '',
    department: d.department ?? '',
    custodian: d.custodianName ?? '',
    location: d.location ?? '',
    purpose: d.purpose ?? '',
    registeredOn: d.registeredOn,
    enabledOn: d.enabledOn ?? '',
    status: DEVICE_STATUS_LABELS[d.status],
    onInternet: yesNo(d.onInternet),
  };
}

/** One register per family: computers and devices, and storage media, as the unit keeps two ledgers. */
function familyColumns(family: DeviceRow['family']): RegisterColumns {
  const device = family === 'device';
  return {
    id: device ? 'devices' : 'media',
    title: device ? '涉密计算机和设备台账' : '涉密存储介质台账',
    entity: 'device',
    domain: 'devices',
    exportAction: device ? 'devices_export_xlsx' : 'media_export_xlsx',
    columns: device ? DEVICE_COLUMNS : MEDIUM_COLUMNS,
    query: DeviceListInput.omit({ page: true, pageSize: true, family: true }),
    rows: (db, query, today) =>
      allRows(
        { ...(query as object), family },
        (q) => DeviceListInput.parse(q),
        (q) => {
          const page = listDevices(db, q, today);
          const retired = retirements(
            db,
            page.rows.filter((d) => d.status === 'retired').map((d) => d.id),
          );
          return { ...page, rows: page.rows.map((d) => ({ ...d, retirement: retired.get(d.id) })) };
        },
        cells,
      ),
    import: deviceImport(family, device ? DEVICE_COLUMNS : MEDIUM_COLUMNS),
  };
}

export const deviceColumns = familyColumns('device');
export const mediumColumns = familyColumns('medium');

/** 计算机使用登记: who used which device when, for what, and what went in and out. */
export const usageColumns: RegisterColumns = {
  id: 'usage',
  title: '涉密计算机使用登记',
  entity: 'device',
  domain: 'devices',
  exportAction: 'usage_export_xlsx',
  columns: USAGE_COLUMNS,
  query: DeviceUsageListInput.omit({ page: true, pageSize: true }),
  rows: (db, query) =>
    allRows(
      query,
      (q) => DeviceUsageListInput.parse(q),
      (q) => listUsage(db, q),
      (u: DeviceUsageView) => ({
        deviceNo: u.deviceNo,
        user: u.userName,
        startedAt: u.startedAt.slice(0, 16).replace('T', ' '),
        endedAt: (u.endedAt ?? '').slice(0, 16).replace('T', ' '),
        purpose: u.purpose,
        maxLevel: u.maxLevel ? LEVEL_LABELS[u.maxLevel] : '',
        prints: u.prints,
        burns: u.burns,
        imports: u.imports,
        exports: u.exports,
      }),
    ),
  import: usageImport as RegisterImport<unknown>,
};
