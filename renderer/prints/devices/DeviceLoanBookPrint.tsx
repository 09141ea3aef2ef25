// 存储介质借用登记表 (部门存储介质借用登记表, §2.4): every loan of a medium, with the device it was connected to and
// how it came back — the list beside each loan's own 借用审批表. Route `print/device-loans`.
import { Spin } from 'antd';
import type { DeviceMovementRow } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { printDate } from '../../i18n/format';
import { DEVICE_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { Count } from './DeviceLedgerPrints';
import { allRows, DeviceSheet, nw, Signatures, small, useOnce } from './DeviceSheet';

const levelName = (l: DeviceMovementRow['level']) => (l ? LEVEL_LABELS[l] : '');

export function LoanBookPrint() {
  const { value, error } = useOnce(
    () =>
      allRows<DeviceMovementRow>((page) =>
        call('devices:movements', { family: 'medium', kind: 'borrow', page, pageSize: 500 }),
      ),
    [],
  );
  return (
    <DeviceSheet title="存储介质借用登记表" back="reg/classified_media" error={error} landscape>
      {value ? (
        <table className="print-table" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>借用日期</th>
              <th>类型</th>
              <th>涉密级别</th>
              <th>保密编号</th>
              <th>连接设备编号/密级</th>
              <th>存储信息最高密级</th>
              <th>借用期限</th>
              <th>借用人</th>
              <th>使用人签字</th>
              <th>返回时间及检查情况</th>
              <th>检查人</th>
            </tr>
          </thead>
          <tbody>
            {value.map((m, i) => (
              <tr key={m.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{printDate(m.startedOn)}</td>
                <td style={nw}>{DEVICE_KIND_LABELS[m.deviceKind]}</td>
                <td style={nw}>{levelName(m.level)}</td>
                <td style={nw}>{m.deviceNo}</td>
                <td>{m.connectDeviceNo ? `${m.connectDeviceNo}/${levelName(m.connectLevel)}` : ''}</td>
                <td style={nw}>{levelName(m.contentLevel)}</td>
                <td style={nw}>{printDate(m.dueOn)}</td>
                <td style={nw}>{m.personName}</td>
                <td />
                <td>{m.returnedOn ? `${printDate(m.returnedOn)} ${m.checkResult ?? ''}` : '未归还'}</td>
                <td style={nw}>{m.checkerName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spin />
      )}
      <Count n={value?.length ?? 0} />
      <Signatures who={['保密员', '保密办负责人']} />
    </DeviceSheet>
  );
}
