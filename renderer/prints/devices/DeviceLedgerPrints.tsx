// 涉密计算机台账 and 存储介质台账 (§2.1 columns, the register's current filters) and 使用登记簿.
import { Spin } from 'antd';
import type { DeviceRow, DeviceUsageView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import {
  DEVICE_CLASS_LABELS,
  DEVICE_KIND_LABELS,
  DEVICE_STATUS_LABELS,
  LEVEL_LABELS,
} from '../../../db/domain/labels';
import { deviceListInput, useDevices, useMedia } from '../../stores/devices.store';
import { allRows, DeviceSheet, MAX_ROWS, nw, Signatures, small, useOnce } from './DeviceSheet';

const yes = (b: boolean) => (b ? '是' : '否');
const levelOf = (r: DeviceRow) => (r.level ? LEVEL_LABELS[r.level] : DEVICE_CLASS_LABELS[r.class]);

export function Count({ n }: { n: number }) {
  return (
    <p>
      共 {n} 条{n >= MAX_ROWS ? `（只打印前 ${MAX_ROWS} 条，请缩小筛选范围）` : ''}。
    </p>
  );
}

export function DeviceLedgerPrint() {
  const query = useDevices((s) => s.query);
  const view = deviceListInput('device', query);
  const { value, error } = useOnce(
    () => allRows<DeviceRow>((page) => call('devices:list', { ...view, page, pageSize: 500 })),
    [JSON.stringify(view)],
  );
  return (
    <DeviceSheet title="涉密计算机台账" back="reg/classified_devices" error={error} landscape>
      {value ? (
        <table className="print-table" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>编号</th>
              <th>责任人</th>
              <th>密级</th>
              <th>类型/机型</th>
              <th>硬盘序列号</th>
              <th>部门/部位</th>
              <th>涉密网络</th>
              <th>三合一/外联监控</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {value.map((r, i) => (
              <tr key={r.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{r.deviceNo}</td>
                <td style={nw}>{r.custodianName ?? ''}</td>
                <td style={nw}>{levelOf(r)}</td>
                <td>
                  {DEVICE_KIND_LABELS[r.kind]} {r.brandModel ?? ''}
                </td>
                <td>{r.diskSerials.join('、')}</td>
                <td>{[r.department, r.location].filter(Boolean).join(' ')}</td>
                <td style={nw}>{yes(r.secretNetwork)}</td>
                <td style={nw}>{yes(r.monitorInstalled)}</td>
                <td style={nw}>{DEVICE_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spin />
      )}
      <Count n={value?.length ?? 0} />
      <Signatures who={['保密员', '保密工作负责人']} />
    </DeviceSheet>
  );
}

export function MediaLedgerPrint() {
  const query = useMedia((s) => s.query);
  const view = deviceListInput('medium', query);
  const { value, error } = useOnce(
    () => allRows<DeviceRow>((page) => call('devices:list', { ...view, page, pageSize: 500 })),
    [JSON.stringify(view)],
  );
  return (
    <DeviceSheet title="存储介质台账" back="reg/classified_media" error={error}>
      {value ? (
        <table className="print-table" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>编号</th>
              <th>介质类型</th>
              <th>密级</th>
              <th>责任人</th>
              <th>序列号</th>
              <th>部门/部位</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {value.map((r, i) => (
              <tr key={r.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{r.deviceNo}</td>
                <td style={nw}>{DEVICE_KIND_LABELS[r.kind]}</td>
                <td style={nw}>{levelOf(r)}</td>
                <td style={nw}>{r.custodianName ?? ''}</td>
                <td>{r.serialNo ?? ''}</td>
                <td>{r.department ?? ''}</td>
                <td style={nw}>{DEVICE_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spin />
      )}
      <Count n={value?.length ?? 0} />
      <Signatures who={['保密员', '保密工作负责人']} />
    </DeviceSheet>
  );
}

/** One 打印登记 line as §2.1 keeps it: 名称, 文号, 密级, 份数, 每份页数, 批准人, 承办人. */
const printLine = (l: DeviceUsageView['printLines'][number]) =>
  [
    `打印《${l.name}》${l.docNo ?? ''}`,
    l.level ? LEVEL_LABELS[l.level] : null,
    `${l.copies}份×${l.pagesEach}页`,
    l.approver ? `批准人 ${l.approver}` : null,
    l.handler ? `承办人 ${l.handler}` : null,
  ]
    .filter(Boolean)
    .join(' ');

/** 使用登记簿 of one device (id) or of all. */
export function UsageBookPrint({ deviceId }: { deviceId?: number }) {
  const { value, error } = useOnce(
    () =>
      allRows<DeviceUsageView>((page) =>
        call('devices:usage', { page, pageSize: 500, ...(deviceId ? { deviceId } : {}) }),
      ),
    [deviceId],
  );
  return (
    <DeviceSheet title="使用登记簿" back="reg/usage_logs" error={error} landscape>
      {value ? (
        <table className="print-table" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>设备/介质编号</th>
              <th>使用人</th>
              <th>开始时间</th>
              <th>结束时间</th>
              <th>工作内容</th>
              <th>最高密级</th>
              <th>打印</th>
              <th>刻录</th>
              <th>导入/导出</th>
              <th>使用人签字</th>
            </tr>
          </thead>
          <tbody>
            {value.map((u, i) => (
              <tr key={u.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{u.deviceNo}</td>
                <td style={nw}>{u.userName}</td>
                <td style={nw}>{u.startedAt}</td>
                <td style={nw}>{u.endedAt ?? ''}</td>
                <td>
                  {u.purpose}
                  {u.printLines.map((l) => `；${printLine(l)}`).join('')}
                </td>
                <td style={nw}>{u.maxLevel ? LEVEL_LABELS[u.maxLevel] : ''}</td>
                <td className="num">{u.prints}</td>
                <td className="num">{u.burns}</td>
                <td style={nw}>
                  {u.imports}/{u.exports}
                </td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spin />
      )}
      <Count n={value?.length ?? 0} />
      <Signatures who={['保密员']} />
    </DeviceSheet>
  );
}
