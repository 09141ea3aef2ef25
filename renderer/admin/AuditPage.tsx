// 审计日志 (安全审计员 only): the hash chain's verification, the log paged by the core with filters, and a
// signed export for review.
import { Alert, Button, Card, DatePicker, Input, Progress, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AuditEntryView } from '../../electron/ipc/contract';
import { call } from '../api';
import { RegisterTable, type RegisterColumn } from '../components/RegisterTable';
import { AUDIT_ENTITY_LABELS } from '../../db/domain/labels';
import { tableDateTime } from '../i18n/format';
import { useAuditActors, useAuditLog, useAuditVerify } from '../stores/audit.store';
import { ACTION_LABELS } from './audit-actions';
import './admin.css';
import { PathAction } from './PathAction';

/** The kinds of record an entry may name, for the 对象 filter. */
const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }));

function VerifyBanner() {
  const { result, checking, progress, error, verify } = useAuditVerify(
    useShallow((s) => ({
      result: s.result,
      checking: s.checking,
      progress: s.progress,
      error: s.error,
      verify: s.verify,
    })),
  );
  const button = (
    <Button size="small" loading={checking} onClick={() => void verify()}>
      校验日志链
    </Button>
  );
  if (checking && progress && progress.total > 0)
    return (
      <Alert
        type="info"
        showIcon
        title={`正在逐条校验审计日志链：${progress.done.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')} 条`}
        description={<Progress percent={Math.floor((progress.done / progress.total) * 100)} size="small" />}
        action={button}
      />
    );
  if (error) return <Alert type="error" showIcon role="alert" title={error} action={button} />;
  if (!result)
    return <Alert type="info" showIcon title="尚未校验。校验会逐条核对审计日志的哈希链。" action={button} />;
  return result.ok ? (
    <Alert
      type="success"
      showIcon
      data-testid="audit-verify"
      title={`审计日志链完整：共 ${result.count} 条，逐条校验通过，末条序号 ${result.headSeq}。`}
      description={`末条哈希 ${result.headHash}`}
      action={button}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="audit-verify"
      title={`审计日志链在第 ${result.problem?.seq ?? '?'} 条处断开：日志可能被改动或删除。`}
      description={`${result.problem?.reason ?? ''}。请保留本机现状，立即报告保密工作负责人。`}
      action={button}
    />
  );
}

export function AuditPage() {
  const verify = useAuditVerify((s) => s.verify);
  // The chain is checked on opening: a broken log is the first thing the auditor must see.
  useEffect(() => {
    void verify();
  }, [verify]);
  const { query, setQuery } = useAuditLog(useShallow((s) => ({ query: s.query, setQuery: s.setQuery })));
  const actors = useAuditActors((s) => s.actors);
  const filter = (change: Record<string, string | undefined>) =>
    void setQuery({ filters: { ...query.filters, ...change } });
  const columns = useMemo<RegisterColumn<AuditEntryView>[]>(
    () => [
      { key: 'seq', title: '序号', width: 80, align: 'right', render: (r) => r.seq },
      { key: 'at', title: '时间', width: 150, render: (r) => tableDateTime(r.at) },
      {
        key: 'actor',
        title: '操作人',
        width: 110,
        render: (r) => <span title={r.actor}>{r.actorName}</span>,
      },
      {
        key: 'action',
        title: '操作',
        width: 240,
        render: (r) => (ACTION_LABELS[r.action] ? `${ACTION_LABELS[r.action]}（${r.action}）` : r.action),
      },
      { key: 'entity', title: '对象', width: 260, render: (r) => r.entityName },
      { key: 'detail', title: '详情', width: 320, render: (r) => (r.detail === '{}' ? '' : r.detail) },
      { key: 'hash', title: '哈希', width: 200, render: (r) => r.hash, defaultHidden: true },
    ],
    [],
  );
  const f = query.filters;
  const toolbar = (
    <Space wrap>
      <DatePicker.RangePicker
        aria-label="时间范围"
        allowEmpty={[true, true]}
        value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
        onChange={(v) => filter({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
      />
      <Select
        aria-label="账户"
        placeholder="全部账户"
        allowClear
        style={{ width: 140 }}
        value={f.accountId}
        options={Object.entries(actors).map(([id, name]) => ({ value: id, label: name }))}
        onChange={(v: string | undefined) => filter({ accountId: v })}
      />
      <Input.Search
        aria-label="操作"
        placeholder="操作，如 login_failed"
        allowClear
        defaultValue={f.action}
        style={{ width: 200 }}
        onSearch={(v) => filter({ action: v.trim() || undefined })}
      />
      <Select
        aria-label="对象"
        placeholder="全部对象"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 170 }}
        value={f.entity}
        options={ENTITY_OPTIONS}
        onChange={(v: string | undefined) => filter({ entity: v })}
      />
    </Space>
  );
  return (
    <div className="page admin-page register-page">
      <Typography.Title level={4} className="page-title">
        审计日志
      </Typography.Title>
      <div className="audit-head">
        <VerifyBanner />
        <Card size="small" title="签名导出（供检查审阅）">
          <PathAction
            label="导出到文件夹"
            use="audit"
            mode="folder"
            placeholder="如 E:\审计导出"
            button="签名导出"
            run={async (outDir) => {
              const r = await call('audit:export', { outDir });
              void verify();
              return r.ok
                ? {
                    ok: true,
                    text: `已导出 ${r.value.entries} 条（末条序号 ${r.value.headSeq}），签名密钥 ${r.value.keyId}：${r.value.path}`,
                  }
                : { ok: false, text: r.error.message };
            }}
          />
        </Card>
      </div>
      <RegisterTable<AuditEntryView>
        registerId="audit"
        columns={columns}
        rowKey={(r) => r.seq}
        store={useAuditLog}
        toolbar={toolbar}
        emptyText="没有审计记录。"
      />
    </div>
  );
}
