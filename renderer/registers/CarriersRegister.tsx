// 涉密载体台账, read-only for now: the register over carriers:list and one carrier's detail with its
// permanent history (carriers:get). The registration and lifecycle forms come with the carriers issue.
import { Typography } from 'antd';
import { useCallback, useState } from 'react';
import type {
  CarrierDetail,
  CarrierDueFilter,
  CarrierLevel,
  CarrierRow,
  CarrierSortField,
  CarrierStatus,
  CarrierType,
} from '../../electron/ipc/contract';
import { call } from '../api';
import { DetailDrawer } from '../components/DetailDrawer';
import { LevelTag } from '../components/LevelTag';
import { RegisterTable } from '../components/RegisterTable';
import { tableDate } from '../i18n/format';
import {
  CARRIER_EVENT_LABELS,
  CARRIER_SOURCE_LABELS,
  CARRIER_STATUS_LABELS,
  CARRIER_TYPE_LABELS,
  termText,
} from '../i18n/labels';
import { useCarriers } from '../stores/carriers.store';
import type { RegisterFetcher } from '../stores/register.store';
import { CARRIER_COLUMNS } from './carrierColumns';

function detailFields(c: CarrierDetail) {
  return [
    { label: '编号', value: c.carrierNo },
    { label: '密级', value: <LevelTag level={c.level} /> },
    { label: '名称', value: c.name, wide: true },
    { label: '文号', value: c.docNo ?? '' },
    { label: '类别', value: CARRIER_TYPE_LABELS[c.type] },
    { label: '制作/发文单位', value: c.issuer ?? '' },
    { label: '来源', value: CARRIER_SOURCE_LABELS[c.source] },
    { label: '制发日', value: tableDate(c.issuedOn) },
    {
      label: '保密期限',
      value: `${termText(c.term)}${c.termEndsOn ? `（至 ${tableDate(c.termEndsOn)}）` : ''}`,
    },
    { label: '份数', value: `${c.liveCopies} / ${c.copyCount}` },
    { label: '状态', value: CARRIER_STATUS_LABELS[c.status] },
    { label: '保管人', value: `${c.custodianName}（${c.department}）` },
    { label: '存放位置', value: c.location ?? '' },
    { label: '知悉范围', value: c.needToKnow.join('、'), wide: true },
    {
      label: '份号',
      value: c.copies.map((k) => `${k.copyNo}号 ${CARRIER_STATUS_LABELS[k.status]}`).join('；'),
      wide: true,
    },
  ];
}

export function CarriersRegister() {
  const [detail, setDetail] = useState<{
    loading: boolean;
    value: CarrierDetail | null;
    error: string | null;
  } | null>(null);
  const fetcher = useCallback<RegisterFetcher<CarrierRow>>(
    (q) =>
      call('carriers:list', {
        page: q.page,
        pageSize: q.pageSize,
        ...(q.sort ? { sort: { field: q.sort.field as CarrierSortField, order: q.sort.order } } : {}),
        filters: {
          level: q.filters.level as CarrierLevel | undefined,
          type: q.filters.type as CarrierType | undefined,
          status: q.filters.status as CarrierStatus | undefined,
          due: q.filters.due as CarrierDueFilter | undefined,
        },
        ...(q.search ? { search: q.search } : {}),
      }),
    [],
  );
  const open = async (row: CarrierRow) => {
    setDetail({ loading: true, value: null, error: null });
    const r = await call('carriers:get', { id: row.id });
    setDetail(
      r.ok
        ? { loading: false, value: r.value, error: null }
        : { loading: false, value: null, error: r.error.message },
    );
  };
  const c = detail?.value ?? null;
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        涉密载体
      </Typography.Title>
      <RegisterTable<CarrierRow>
        registerId="carriers"
        columns={CARRIER_COLUMNS}
        rowKey={(r) => r.id}
        store={useCarriers}
        fetcher={fetcher}
        searchPlaceholder="编号、名称、文号或保管人"
        emptyText="尚未登记任何涉密载体。收文或自制的涉密文件、光盘、U 盘等，应在这里逐件登记。"
        onOpen={(r) => void open(r)}
      />
      <DetailDrawer
        open={detail !== null}
        loading={detail?.loading ?? false}
        error={detail?.error}
        title={c ? `${c.carrierNo} ${c.name}` : '载体详情'}
        onClose={() => setDetail(null)}
        fields={c ? detailFields(c) : []}
        history={
          c
            ? [...c.history].reverse().map((h) => ({
                key: h.id,
                at: h.on,
                title: `${CARRIER_EVENT_LABELS[h.kind]}${h.copyNo ? `（${h.copyNo}号）` : ''}`,
                actor: h.actor,
                detail: h.counterpart ?? undefined,
                tone: h.kind === 'destroy' ? 'red' : h.kind === 'return' ? 'green' : 'blue',
              }))
            : []
        }
      />
    </div>
  );
}
