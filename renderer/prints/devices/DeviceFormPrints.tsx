// The forms signed on paper for one device or medium: 设备维修审批表 (现场维修 with the 旁站陪同人) or 送外维修
// 审批表 (存储介质拆除), 存储介质借用审批表/登记表, 携带外出审批表, 报废/销毁审批表 with the 销毁清单.
// Routes `print/device-<form>-<id>`.
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import type { DeviceDetail, DeviceEventView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { printDate } from '../../i18n/format';
import { DEVICE_KIND_LABELS, LEVEL_LABELS, REPAIR_MODE_LABELS } from '../../../db/domain/labels';
import { DeviceSheet, Signatures, useOnce } from './DeviceSheet';
import { DeviceLedgerPrint, MediaLedgerPrint, UsageBookPrint } from './DeviceLedgerPrints';
import { LoanBookPrint } from './DeviceLoanBookPrint';

const yes = (b: boolean) => (b ? '是' : '否');
const levelOf = (d: DeviceDetail) => (d.level ? LEVEL_LABELS[d.level] : '非涉密');
const backOf = (d: DeviceDetail | null) =>
  d?.family === 'medium' ? 'reg/classified_media' : 'reg/classified_devices';

/** The approval of the last event of `kind`, as printed: 审批人, 日期, 文号. */
function approvalOf(d: DeviceDetail, kind: DeviceEventView['kind']): string {
  const e = [...d.events].reverse().find((x) => x.kind === kind);
  const a = e?.approval;
  if (!a) return '';
  return `${a.approverName}${a.approverTitle ? `（${a.approverTitle}）` : ''} ${printDate(a.decidedAt)}${a.documentNo ? ` ${a.documentNo}` : ''}`;
}

function Rows({ rows }: { rows: [string, ReactNode, string?, ReactNode?][] }) {
  return (
    <table className="print-table">
      <tbody>
        {rows.map(([a, b, c, d]) => (
          <tr key={a}>
            <th>{a}</th>
            <td colSpan={c === undefined ? 3 : 1}>{b}</td>
            {c === undefined ? null : (
              <>
                <th>{c}</th>
                <td>{d}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const head = (d: DeviceDetail): [string, ReactNode, string, ReactNode][] => [
  ['设备名称/类型', `${DEVICE_KIND_LABELS[d.kind]} ${d.brandModel ?? ''}`, '保密编号', d.deviceNo],
  ['密级', levelOf(d), '责任人/部门', `${d.custodianName ?? '（在库）'} ${d.department ?? ''}`],
];

function RepairForm({ d }: { d: DeviceDetail }) {
  const r = d.repairs[d.repairs.length - 1];
  if (!r) return <ErrorNote message="该设备没有维修记录。" />;
  const outside = r.mode === 'outside';
  return (
    <>
      <Rows
        rows={[
          ...head(d),
          ['维修方式', REPAIR_MODE_LABELS[r.mode], '送修/维修日期', printDate(r.startedOn)],
          ['故障现象', r.fault],
          [
            '维修单位',
            r.vendor ?? '本单位技术人员',
            '资质 / 保密协议',
            `${yes(r.vendorQualified)} / ${yes(r.agreementSigned)}`,
          ],
          outside
            ? ['是否拆除存储介质和固件', yes(r.storageRemoved), '拆下介质保管人', r.storageKeptBy ?? '']
            : ['旁站陪同人', r.escortName ?? '', '维修地点', d.location ?? ''],
          [
            '原硬盘序列号',
            r.oldDiskSerials.join('、') || '无',
            '新硬盘序列号',
            r.newDiskSerials.join('、') || '无',
          ],
          [
            '旧硬盘交接',
            r.handedOverBy ? `${r.handedOverBy} 移交 ${r.receivedBy ?? ''}` : '无',
            '资产台账是否更新',
            r.newDiskSerials.length ? '已更新' : '无需更新',
          ],
          ['返回/完成日期', printDate(r.returnedOn), '维修结果', r.result ?? ''],
          ['领导审批意见', approvalOf(d, 'repair')],
        ]}
      />
      <Signatures who={outside ? ['送修人', '保密办', '交接人'] : ['维修人', '旁站陪同人', '保密办']} />
    </>
  );
}

function MovementForm({ d, kind }: { d: DeviceDetail; kind: 'borrow' | 'carry_out' }) {
  const m = [...d.movements].reverse().find((x) => x.kind === kind);
  if (!m) return <ErrorNote message={kind === 'borrow' ? '没有借用记录。' : '没有携带外出记录。'} />;
  return (
    <>
      <Rows
        rows={[
          ...head(d),
          [
            kind === 'borrow' ? '借用人' : '携带人/经办人',
            m.personName,
            kind === 'borrow' ? '借用原因' : '外出事由',
            m.reason ?? '',
          ],
          kind === 'borrow'
            ? [
                '连接设备编号',
                m.connectDeviceNo ?? '',
                '存储信息最高密级',
                m.contentLevel ? LEVEL_LABELS[m.contentLevel] : '',
              ]
            : ['外出地点', m.destination ?? '', '返回日期（应）', printDate(m.dueOn)],
          ['起始日期', printDate(m.startedOn), '归还期限', printDate(m.dueOn)],
          ['审批', approvalOf(d, kind)],
          ['实际返回日期', printDate(m.returnedOn), '检查人', m.checkerName ?? ''],
          [kind === 'borrow' ? '返回信息清除情况' : '返回检查情况', m.checkResult ?? ''],
        ]}
      />
      <Signatures
        who={
          kind === 'borrow' ? ['借用人', '部门领导', '保密办', '检查人'] : ['携带人', '部门领导', '保密办']
        }
      />
    </>
  );
}

function DestroyForm({ d }: { d: DeviceDetail }) {
  const retire = [...d.events].reverse().find((e) => e.kind === 'retire');
  const destroy = [...d.events].reverse().find((e) => e.kind === 'destroy');
  const det = (destroy?.detail ?? {}) as {
    place?: string;
    method?: string;
    witnesses?: { name: string; title?: string }[];
  };
  return (
    <>
      <Rows
        rows={[
          ...head(d),
          [
            '报废日期',
            printDate(retire?.on),
            '报废原因',
            String((retire?.detail as { reason?: string } | undefined)?.reason ?? ''),
          ],
          ['报废审批', approvalOf(d, 'retire')],
          ['销毁日期', printDate(destroy?.on), '销毁地点', det.place ?? ''],
          ['销毁方式', det.method ?? '', '销毁审批', approvalOf(d, 'destroy')],
          ['监销人', (det.witnesses ?? []).map((w) => w.name + (w.title ? `（${w.title}）` : '')).join('、')],
        ]}
      />
      <h2 className="print-subtitle">销毁清单</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>名称</th>
            <th>编号/序列号</th>
            <th>密级</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="num">1</td>
            <td>
              {DEVICE_KIND_LABELS[d.kind]} {d.brandModel ?? ''}
            </td>
            <td>
              {d.deviceNo} {d.serialNo ?? ''}
            </td>
            <td>{levelOf(d)}</td>
          </tr>
          {d.diskSerials.map((s, i) => (
            <tr key={s}>
              <td className="num">{i + 2}</td>
              <td>硬盘（随机存储部件）</td>
              <td>{s}</td>
              <td>{levelOf(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Signatures who={['经办人', '监销人', '监销人', '批准人']} />
    </>
  );
}

const TITLES = {
  repair: (d: DeviceDetail | null) =>
    d?.repairs.at(-1)?.mode === 'outside' ? '送外维修审批表' : '设备维修审批表',
  borrow: () => '存储介质借用审批表',
  carryout: () => '携带外出审批表',
  destroy: () => '报废/销毁审批表',
} as const;

function OneDevice({ form, id }: { form: keyof typeof TITLES; id: number }) {
  const { value: d, error } = useOnce(() => call('devices:get', { id }), [id]);
  return (
    <DeviceSheet title={TITLES[form](d)} back={backOf(d)} error={error}>
      {!d ? (
        <Spin />
      ) : form === 'repair' ? (
        <RepairForm d={d} />
      ) : form === 'destroy' ? (
        <DestroyForm d={d} />
      ) : (
        <MovementForm d={d} kind={form === 'borrow' ? 'borrow' : 'carry_out'} />
      )}
    </DeviceSheet>
  );
}

export function DevicePrint({ name }: { name: string }) {
  const m = /^device-(ledger|media|loans|usage|repair|borrow|carryout|destroy)(?:-(\d+))?$/.exec(name);
  const id = Number(m?.[2] ?? 0);
  switch (m?.[1]) {
    case 'ledger':
      return <DeviceLedgerPrint />;
    case 'media':
      return <MediaLedgerPrint />;
    case 'loans':
      return <LoanBookPrint />;
    case 'usage':
      return <UsageBookPrint {...(id ? { deviceId: id } : {})} />;
    case 'repair':
    case 'borrow':
    case 'carryout':
    case 'destroy':
      return <OneDevice form={m[1]} id={id} />;
    default:
      return <ErrorNote message="没有这张打印表。" />;
  }
}
