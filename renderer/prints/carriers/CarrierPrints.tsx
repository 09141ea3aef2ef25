// Carrier forms for paper: 涉密载体台账 (the register's current view), 借阅登记表, 复制登记表 (of one
// original) and 销毁审批表/清单 (of one batch, with the witnesses' signature lines). Routes `print/carrier-*`.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin, message } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type {
  CarrierDetail,
  CarrierRow,
  CopyMode,
  DestructionBatchView,
  MovementView,
  Page,
  Result,
} from '../../../electron/ipc/contract';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PrintFrame } from '../../components/PrintFrame';
import { printDate } from '../../i18n/format';
import {
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  COPY_MODE_LABELS,
  DESTRUCTION_METHOD_LABELS,
  LEVEL_LABELS,
} from '../../../db/domain/labels';
import { termText } from '../../i18n/labels';
import { useCarrierApprovals } from '../../registers/carriers/carrierApprovals';
import { navigate } from '../../shell/route';
import { listFilters, useCarriers } from '../../stores/carriers.store';
import { useSession } from '../../stores/session.store';

/** Paper is for what fits on a desk: the print stops at this many rows and says so. */
const MAX_ROWS = 5000;

async function all<T>(load: (page: number) => Promise<Result<Page<T>>>): Promise<Result<T[]>> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const r = await load(page);
    if (!r.ok) return r;
    rows.push(...r.value.rows);
    if (r.value.rows.length === 0 || rows.length >= r.value.total || rows.length >= MAX_ROWS)
      return { ok: true, value: rows };
  }
}

/** A sheet's data, read once per `deps` (a print shows the register as it was when opened). */
export function useSheetData<T>(load: () => Promise<Result<T>>, deps: unknown[]) {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    void load().then((r) =>
      setState(r.ok ? { value: r.value, error: null } : { value: null, error: r.error.message }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

/** A carrier form on A4; `toolbar` adds controls beside 返回 and 打印 (never printed). */
export function Sheet({
  title,
  error,
  toolbar,
  children,
}: {
  title: string;
  error?: string | null;
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  const unit = useSession((s) => s.unit);
  // A toast left over from the screen before ("…已登记") must not land on the paper.
  useEffect(() => message.destroy(), []);
  return (
    <div className="print-route">
      <style>{'@media print { .ant-message { display: none !important; } }'}</style>
      <Space className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('reg/carriers')}>
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        {toolbar}
      </Space>
      <ErrorNote message={error} />
      <PrintFrame unitName={unit?.name ?? ''} title={title}>
        {children}
      </PrintFrame>
    </div>
  );
}

export const small = { fontSize: '9pt' };

/** Ten or more columns do not fit portrait A4 without crushing the names: these sheets print landscape. */
export function Landscape() {
  return <style>{'@page { size: A4 landscape; }'}</style>;
}
/** Numbers and dates stay on one line; names wrap. */
export const nw = { whiteSpace: 'nowrap' as const };

/** The clerk's and the secrecy officer's signatures under a register. */
export function ClerkSignatures() {
  return (
    <div className="print-signatures">
      <span>保密员（签字）：</span>
      <span>保密工作负责人（签字）：</span>
      <span>日期：{printDate(new Date())}</span>
    </div>
  );
}

function LedgerPrint() {
  const query = useCarriers((s) => s.query);
  const view = listFilters(query);
  const { value, error } = useSheetData(
    () => all<CarrierRow>((page) => call('carriers:list', { ...view, page, pageSize: 500 })),
    [JSON.stringify(view)],
  );
  return (
    <Sheet title="涉密载体台账" error={error}>
      <Landscape />
      {value ? (
        <table className="print-table" style={small}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>编号</th>
              <th>密级</th>
              <th style={{ width: '38%' }}>名称 / 文号</th>
              <th>类别</th>
              <th>保密期限</th>
              <th>制发日</th>
              <th>份数</th>
              <th>保管人</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {value.map((r, i) => (
              <tr key={r.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{r.carrierNo}</td>
                <td style={nw}>{LEVEL_LABELS[r.level]}</td>
                <td>
                  {r.name}
                  {r.docNo ? ` ${r.docNo}` : ''}
                </td>
                <td style={nw}>{CARRIER_TYPE_LABELS[r.type]}</td>
                <td>
                  {termText(r.term)}
                  {/* As on screen: 已到期 from the day after the term's last day. */}
                  {r.expired ? '（已到期）' : ''}
                </td>
                <td style={nw}>{printDate(r.issuedOn)}</td>
                <td>
                  {r.liveCopies}/{r.copyCount}
                </td>
                <td style={nw}>{r.custodianName}</td>
                <td style={nw}>{CARRIER_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spin />
      )}
      <p>
        共 {value?.length ?? 0} 条
        {(value?.length ?? 0) >= MAX_ROWS ? `（只打印前 ${MAX_ROWS} 条，请缩小筛选范围）` : ''}。
      </p>
      <ClerkSignatures />
    </Sheet>
  );
}

function BorrowsPrint() {
  const { value, error } = useSheetData(
    () => all<MovementView>((page) => call('carriers:movements', { kind: 'borrow', page, pageSize: 500 })),
    [],
  );
  return (
    <Sheet title="涉密载体借阅登记表" error={error}>
      <Landscape />
      <table className="print-table" style={small}>
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>编号</th>
            <th>密级</th>
            <th style={{ width: '24%' }}>名称</th>
            <th>份号</th>
            <th>借阅人</th>
            <th>借出日期</th>
            <th>应还日期</th>
            <th>归还日期</th>
            <th>批准人</th>
            <th>借阅人签字</th>
          </tr>
        </thead>
        <tbody>
          {(value ?? []).map((m, i) => (
            <tr key={m.id}>
              <td className="num">{i + 1}</td>
              <td style={nw}>{m.carrierNo}</td>
              <td style={nw}>{LEVEL_LABELS[m.level]}</td>
              <td>{m.name}</td>
              <td>{m.copyText}</td>
              <td>
                {m.personName}
                {m.personDept ? `（${m.personDept}）` : ''}
                {m.outside ? ' 外单位' : ''}
              </td>
              <td style={nw}>{printDate(m.startedOn)}</td>
              <td style={nw}>{printDate(m.dueOn)}</td>
              <td style={nw}>{printDate(m.returnedOn)}</td>
              <td>{m.approverName ?? ''}</td>
              <td style={{ minWidth: '18mm' }} />
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}

interface CopyDetail {
  mode?: CopyMode;
  count?: number;
  purpose?: string;
  stamp?: string;
}

function CopiesPrint({ id }: { id: number }) {
  const { value, error } = useSheetData<CarrierDetail>(() => call('carriers:get', { id }), [id]);
  const approvals = useCarrierApprovals(value);
  const copies = (value?.history ?? []).filter((h) => h.kind === 'copy');
  return (
    <Sheet title="涉密载体复制登记表" error={error}>
      {value ? (
        <p>
          原件：{value.carrierNo}《{value.name}》{value.docNo ?? ''}，{LEVEL_LABELS[value.level]}★
          {termText(value.term)}
        </p>
      ) : null}
      <table className="print-table" style={small}>
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>复制日期</th>
            <th>方式</th>
            <th>份数</th>
            <th>复制件编号</th>
            <th>用途</th>
            <th>批准人</th>
            <th>经办人</th>
          </tr>
        </thead>
        <tbody>
          {copies.map((h, i) => {
            const d = (h.detail ?? {}) as CopyDetail;
            const a = approvals.find((x) => x.id === h.approvalId);
            return (
              <tr key={h.id}>
                <td className="num">{i + 1}</td>
                <td style={nw}>{printDate(h.on)}</td>
                <td>{COPY_MODE_LABELS[d.mode ?? 'copy']}</td>
                <td>{d.count ?? ''}</td>
                <td style={nw}>{h.counterpart ?? ''}</td>
                <td>{d.purpose ?? ''}</td>
                <td>{a ? `${a.approverName}${a.documentNo ? `（${a.documentNo}）` : ''}` : ''}</td>
                <td>{h.actor ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Sheet>
  );
}

function DestructionPrint({ id }: { id: number }) {
  const { value, error } = useSheetData(
    () => all<DestructionBatchView>((page) => call('carriers:destructions', { page, pageSize: 500 })),
    [id],
  );
  const b = value?.find((x) => x.id === id) ?? null;
  return (
    <Sheet title="涉密载体销毁审批表" error={error ?? (value && !b ? '找不到这个销毁批次。' : null)}>
      {b ? (
        <>
          <table className="print-table">
            <tbody>
              <tr>
                <th>销毁批号</th>
                <td>{b.batchNo}</td>
                <th>销毁时间</th>
                <td>
                  {printDate(b.destroyedAt)} {b.destroyedAt.slice(11, 16)}
                </td>
              </tr>
              <tr>
                <th>销毁地点</th>
                <td>{b.place}</td>
                <th>销毁方式</th>
                <td>{DESTRUCTION_METHOD_LABELS[b.method]}</td>
              </tr>
              <tr>
                <th>销毁原因</th>
                <td colSpan={3}>{b.reason}</td>
              </tr>
              <tr>
                <th>销毁人</th>
                <td>{b.responsibleName}</td>
                <th>接收人（销毁机构）</th>
                <td>{b.receiverName ?? ''}</td>
              </tr>
              <tr>
                <th>批准人</th>
                <td colSpan={3}>{b.approverName}</td>
              </tr>
            </tbody>
          </table>
          <h2 className="print-subtitle">销毁清单（共 {b.items.length} 份）</h2>
          <table className="print-table" style={small}>
            <thead>
              <tr>
                <th className="num">序号</th>
                <th>编号</th>
                <th>密级</th>
                <th>名称</th>
                <th>份号</th>
              </tr>
            </thead>
            <tbody>
              {b.items.map((it, i) => (
                <tr key={`${it.carrierId}-${it.copyNo}`}>
                  <td className="num">{i + 1}</td>
                  <td style={nw}>{it.carrierNo}</td>
                  <td>{LEVEL_LABELS[it.level as keyof typeof LEVEL_LABELS] ?? it.level}</td>
                  <td>{it.name}</td>
                  <td>{it.copyText}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="print-subtitle">监销人</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th>姓名</th>
                <th>职务</th>
                <th>部门</th>
                <th>签字</th>
              </tr>
            </thead>
            <tbody>
              {b.witnesses.map((w) => (
                <tr key={w.name}>
                  <td>{w.name}</td>
                  <td>{w.title ?? ''}</td>
                  <td>{w.department ?? ''}</td>
                  <td style={{ width: '45mm', height: '12mm' }} />
                </tr>
              ))}
            </tbody>
          </table>
          <div className="print-signatures">
            <span>销毁人（签字）：</span>
            <span>批准人（签字）：</span>
            <span>日期：{printDate(b.destroyedAt)}</span>
          </div>
        </>
      ) : null}
    </Sheet>
  );
}

/** `print/carrier-ledger`, `print/carrier-borrows`, `print/carrier-copies-<id>`, `print/carrier-destruction-<id>`. */
export function CarrierPrint({ name }: { name: string }) {
  const m = /^carrier-(ledger|borrows|copies|destruction)(?:-(\d+))?$/.exec(name);
  const id = Number(m?.[2] ?? 0);
  switch (m?.[1]) {
    case 'ledger':
      return <LedgerPrint />;
    case 'borrows':
      return <BorrowsPrint />;
    case 'copies':
      return <CopiesPrint id={id} />;
    case 'destruction':
      return <DestructionPrint id={id} />;
    default:
      return <ErrorNote message="没有这张打印表。" />;
  }
}
