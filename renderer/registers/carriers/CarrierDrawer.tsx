// One carrier: its fields, copies (份号) with status and holder, knowers, 定密 decisions, approvals, the whole
// history as a timeline, and a button for every action the carrier's state allows. Esc closes the drawer.
import { Button, Space, Table, Typography, message } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { CarrierDetail } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { DetailDrawer } from '../../components/DetailDrawer';
import { LevelTag } from '../../components/LevelTag';
import { ScanUpload } from '../../components/ScanUpload';
import { tableDate } from '../../i18n/format';
import {
  APPROVAL_DECISION_LABELS,
  APPROVAL_KIND_LABELS,
  CARRIER_EVENT_LABELS,
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  LEVEL_LABELS,
} from '../../../db/domain/labels';
import { termText } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { useCarrierApprovals } from './carrierApprovals';
import { DecisionRecords } from './DecisionRecords';
import { DestroyForm } from './DestroyForm';
import { EditForm, editSummary } from './EditForm';
import {
  BorrowForm,
  CarryOutForm,
  DistributeForm,
  HandOverForm,
  RecallForm,
  ReturnForm,
  ReturnToIssuerForm,
  type ActionProps,
} from './moveForms';
import { CopyForm, DecisionForm, KnowerForm, RequestForm } from './otherForms';
import { toastError } from '../../components/toast';

type ActionKey =
  | 'distribute'
  | 'recall'
  | 'borrow'
  | 'return'
  | 'copy'
  | 'carryOut'
  | 'returnToIssuer'
  | 'handOver'
  | 'destroy'
  | 'reclassify'
  | 'declassify'
  | 'extend'
  | 'knower'
  | 'edit'
  | 'request';

// not labels: the drawer's buttons, keyed by its own actions (变更 and 延期 are shorter than the history's words).
const ACTION_LABELS: Record<ActionKey, string> = {
  distribute: '分发',
  recall: '收回',
  borrow: '借阅',
  return: '归还',
  copy: '复制',
  carryOut: '外出携带',
  returnToIssuer: '清退',
  handOver: '移交',
  destroy: '销毁',
  reclassify: '变更',
  declassify: '解密',
  extend: '延期',
  knower: '知悉人员登记',
  edit: '编辑',
  request: '申请审批',
};

/** The reasons the clerk gave to go past a warning (借阅 exception, 存放说明) belong on the history line. */
function withReasons(line: string, detail: unknown): string | undefined {
  const d = (detail ?? {}) as { exception?: { reason?: string }; storage?: { reason?: string } };
  const reasons = [
    d.exception?.reason ? `例外借阅：${d.exception.reason}` : '',
    d.storage?.reason ? `存放说明：${d.storage.reason}` : '',
  ];
  return [line, ...reasons].filter(Boolean).join('；') || undefined;
}

function available(c: CarrierDetail): ActionKey[] {
  const has = (...s: string[]) => c.copies.some((k) => s.includes(k.status));
  const inCustody = has('in_custody');
  const out: ActionKey[] = [];
  if (inCustody) out.push('distribute', 'borrow');
  if (c.copies.some((k) => k.status === 'in_custody' && k.holderKey !== c.custodianKey)) out.push('recall');
  if (has('on_loan', 'carried_out')) out.push('return');
  if (c.liveCopies > 0) out.push('copy');
  if (inCustody) out.push('carryOut', 'returnToIssuer', 'handOver', 'destroy');
  // Past its end day a term has ended (期满自行解密): only 解密 is left to record; on the end day all three.
  if (c.classState === 'classified') out.push(...(c.expired ? [] : ['reclassify' as const]), 'declassify');
  if (c.classState === 'classified' && !c.expired) out.push('extend');
  out.push('knower', 'edit', 'request');
  return out;
}

function fields(c: CarrierDetail) {
  return [
    { label: '编号', value: c.carrierNo },
    { label: '密级', value: <LevelTag level={c.level} /> },
    { label: '名称', value: c.name, wide: true },
    { label: '文号', value: c.docNo ?? '' },
    { label: '类别', value: CARRIER_TYPE_LABELS[c.type] },
    { label: '制作/发文单位', value: c.issuer ?? '' },
    {
      label: '来源',
      value: `${CARRIER_SOURCE_LABELS[c.source]}${c.original ? `（原件 ${c.original.carrierNo}）` : ''}${c.copyStamp ? ` ${c.copyStamp}` : ''}`,
    },
    { label: '制发日', value: tableDate(c.issuedOn) },
    {
      label: '保密期限',
      // A date or a bounded condition already says its last day; a period is given it here.
      value: `${termText(c.term)}${c.termEndsOn && c.term.kind === 'period' ? `（至 ${tableDate(c.termEndsOn)}）` : ''}${c.expired ? ' 已到期' : ''}${c.classState === 'declassified' ? ` 已解密 ${tableDate(c.declassifiedOn)}` : ''}`,
    },
    { label: '份数', value: `在册 ${c.liveCopies} / 共 ${c.copyCount}` },
    { label: '状态', value: CARRIER_STATUS_LABELS[c.status] },
    { label: '保管人', value: `${c.custodianName}（${c.department}）` },
    { label: '存放位置', value: c.location ?? '' },
    { label: '签收人', value: c.signedBy ?? '' },
    { label: '知悉范围', value: c.needToKnow.join('、'), wide: true },
    { label: '定密依据', value: c.classificationItem?.name ?? '', wide: true },
  ];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Typography.Title level={5} className="drawer-section">
        {title}
      </Typography.Title>
      {children}
    </>
  );
}

/** What a carrier's drawer shows: the carrier, its 定密 basis, its scans and its copies' 清点 results. */
const SHOWS = ['carriers', 'classification', 'attachments', 'inventory', 'persons'] as const;

/** The carrier `id` (null: closed), read again after every write that changed what it shows. */
export function CarrierDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const [action, setAction] = useState<ActionKey | null>(null);
  const loaded = useLoad('carriers:get', id === null ? null : { id }, SHOWS);
  const c = loaded.value;
  const approvals = useCarrierApprovals(c);
  const isOpen = id !== null;
  // Esc closes the drawer wherever the focus went (after a form closes it may rest on the page body);
  // while a form is open, Esc belongs to the form.
  useEffect(() => {
    if (!isOpen || action) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isOpen, action, onClose]);
  const done = (label: string) => () => void message.success(`${label}已登记。`);
  const props = (k: ActionKey): ActionProps | null =>
    c ? { carrier: c, onDone: done(ACTION_LABELS[k]), onClose: () => setAction(null) } : null;
  const p = action ? props(action) : null;
  return (
    <>
      <DetailDrawer
        open={isOpen}
        loading={loaded.loading}
        error={loaded.error}
        title={c ? `${c.carrierNo} ${c.name}` : '载体详情'}
        onClose={onClose}
        fields={c ? fields(c) : []}
        history={
          c
            ? [...c.history].reverse().map((h) => ({
                key: h.id,
                at: h.on,
                title: `${CARRIER_EVENT_LABELS[h.kind]}${h.copyText ? `（${h.copyText}号）` : ''}`,
                actor: h.actor,
                detail: withReasons(
                  h.kind === 'edit' ? editSummary(h.detail) : (h.counterpart ?? ''),
                  h.detail,
                ),
                tone: h.kind === 'destroy' ? 'red' : h.kind === 'return' ? 'green' : 'blue',
              }))
            : []
        }
      >
        {c ? (
          <>
            <Section title="办理">
              <Space wrap className="carrier-actions">
                {available(c).map((k) => (
                  <Button key={k} onClick={() => setAction(k)} danger={k === 'destroy'}>
                    {ACTION_LABELS[k]}
                  </Button>
                ))}
                <Button onClick={() => navigate(`print/carrier-copies-${c.id}`)}>打印复制登记表</Button>
              </Space>
            </Section>
            <Section title={`份号（${c.copies.length}）`}>
              <Table
                size="small"
                pagination={false}
                rowKey="id"
                dataSource={c.copies}
                columns={[
                  { title: '份号', dataIndex: 'copyText', width: 70 },
                  { title: '状态', render: (_, k) => CARRIER_STATUS_LABELS[k.status], width: 90 },
                  {
                    title: '持有人',
                    render: (_, k) => `${k.holderName}${k.holderDept ? `（${k.holderDept}）` : ''}`,
                  },
                  { title: '应还日期', render: (_, k) => tableDate(k.dueOn), width: 110 },
                ]}
              />
            </Section>
            <Section title={`知悉人员（${c.knowers.length}）`}>
              {c.knowers.length ? (
                <ul className="plain-list">
                  {c.knowers.map((k) => (
                    <li key={k.id}>
                      {tableDate(k.knownOn)} {k.name}
                      {k.department ? `（${k.department}）` : ''} {k.how}
                      {k.withinRange ? '' : ' · 范围外（经审批）'}
                    </li>
                  ))}
                </ul>
              ) : (
                <Typography.Text type="secondary">
                  {LEVEL_LABELS[c.level]}级载体
                  {c.level === 'top_secret' || c.level === 'secret'
                    ? '应登记知悉人员。'
                    : '无须登记知悉人员。'}
                </Typography.Text>
              )}
            </Section>
            {c.decisions.length ? (
              <Section title="定密记录">
                <DecisionRecords decisions={c.decisions} />
              </Section>
            ) : null}
            <Section title={`扫描件（${c.attachments.length}）`}>
              <Space direction="vertical" style={{ width: '100%' }}>
                {c.attachments.length ? (
                  <ul className="plain-list">
                    {c.attachments.map((a) => (
                      <li key={a.attachmentId}>
                        {a.label} · {a.fileName}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ScanUpload
                  dropAnywhere
                  onUploaded={async (a) => {
                    const label = a.fileName.replace(/\.[^.]+$/, '').slice(0, 60) || '扫描件';
                    const r = await call('carriers:attach', { carrierId: c.id, attachmentId: a.id, label });
                    if (r.ok) void message.success(`扫描件“${a.fileName}”已保存。`);
                    else toastError(r.error.message);
                  }}
                />
              </Space>
            </Section>
            <Section title={`审批（${approvals.length}）`}>
              <ul className="plain-list">
                {approvals.map((a) => (
                  <li key={a.id}>
                    {tableDate(a.decidedAt)} {APPROVAL_KIND_LABELS[a.kind]} · {a.approverName}
                    {a.approverTitle ? `（${a.approverTitle}）` : ''} {APPROVAL_DECISION_LABELS[a.decision]}
                    {a.documentNo ? ` · ${a.documentNo}` : ''}
                  </li>
                ))}
              </ul>
            </Section>
          </>
        ) : null}
      </DetailDrawer>
      {p && action ? <ActionFor action={action} props={p} /> : null}
    </>
  );
}

function ActionFor({ action, props }: { action: ActionKey; props: ActionProps }) {
  switch (action) {
    case 'distribute':
      return <DistributeForm {...props} />;
    case 'recall':
      return <RecallForm {...props} />;
    case 'borrow':
      return <BorrowForm {...props} />;
    case 'return':
      return <ReturnForm {...props} />;
    case 'copy':
      return <CopyForm {...props} />;
    case 'carryOut':
      return <CarryOutForm {...props} />;
    case 'returnToIssuer':
      return <ReturnToIssuerForm {...props} />;
    case 'handOver':
      return <HandOverForm {...props} />;
    case 'destroy':
      return <DestroyForm carriers={[props.carrier]} onDone={props.onDone} onClose={props.onClose} />;
    case 'reclassify':
    case 'declassify':
    case 'extend':
      return <DecisionForm {...props} kind={action} />;
    case 'knower':
      return <KnowerForm {...props} />;
    case 'edit':
      return <EditForm {...props} />;
    case 'request':
      return <RequestForm carrier={props.carrier} onClose={props.onClose} />;
  }
}
