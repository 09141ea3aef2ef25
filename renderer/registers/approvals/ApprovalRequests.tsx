// Requests for approval filed in the app: the 领导 decides the pending ones with his own login (同意 / 不同意
// and an opinion); the clerk follows hers and may withdraw one not yet decided.
import { Button, Card, Form, Input, Modal, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ApprovalView, RequestStatus, RequestView } from '../../../electron/ipc/contract';
import '../../admin/admin.css';
import { call } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDateTime } from '../../i18n/format';
import {
  APPROVAL_DECISION_LABELS,
  APPROVAL_KIND_LABELS,
  REQUEST_STATUS_LABELS,
} from '../../../db/domain/labels';
import { useApprovalRequests } from '../../stores/approvals.store';
import { useCan } from '../../stores/session.store';
import { optionsOf } from '../../i18n/labels';

type ApprovalDecision = ApprovalView['decision'];

const STATUS_COLORS: Record<RequestStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
  used: 'blue',
  withdrawn: 'default',
};

function DecideDialog(props: {
  target: { request: RequestView; decision: ApprovalDecision } | null;
  onClose: () => void;
  /** The decision was recorded: the dialog closes (the requests and approvals refetch on their own). */
  onDecided: () => void;
}) {
  const [opinion, setOpinion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = props.target;
  const submit = async () => {
    if (!t) return;
    setBusy(true);
    const r = await call('approvals:decide', {
      requestId: t.request.id,
      decision: t.decision,
      ...(opinion.trim() ? { opinion: opinion.trim() } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setOpinion('');
    setError(null);
    props.onDecided();
  };
  return (
    <Modal
      open={t !== null}
      title={t ? `${APPROVAL_DECISION_LABELS[t.decision]}：${APPROVAL_KIND_LABELS[t.request.kind]}申请` : ''}
      okText={t ? `确认${APPROVAL_DECISION_LABELS[t.decision]}` : ''}
      okButtonProps={{ danger: t?.decision === 'rejected', loading: busy }}
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {t ? (
        <Form layout="vertical">
          <Form.Item label="申请事由">{t.request.summary}</Form.Item>
          <Form.Item label="审批意见">
            <Input.TextArea
              aria-label="审批意见"
              rows={3}
              maxLength={500}
              value={opinion}
              onChange={(e) => setOpinion(e.target.value)}
              placeholder={t.decision === 'approved' ? '如：同意，按期归还。' : '请写明不同意的理由。'}
            />
          </Form.Item>
          <ErrorNote message={error} />
        </Form>
      ) : null}
    </Modal>
  );
}

/** The requests, read again after every write to approvals (a decision, a withdrawal, a request used). */
export function ApprovalRequests() {
  const canDecide = useCan('approval:decide');
  const canWithdraw = useCan('register:write');
  const { query, rows, total, loading, error } = useApprovalRequests(
    useShallow((s) => ({ query: s.query, rows: s.rows, total: s.total, loading: s.loading, error: s.error })),
  );
  const setQuery = useApprovalRequests((s) => s.setQuery);
  const watch = useApprovalRequests((s) => s.watch);
  const [deciding, setDeciding] = useState<{ request: RequestView; decision: ApprovalDecision } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Each visit starts on what waits for a decision (the store outlives a lock and the next person's login).
  useEffect(() => {
    void setQuery({ filters: { status: 'pending' } });
  }, [setQuery]);
  useEffect(watch, [watch]);

  const withdraw = async (r: RequestView) => {
    const res = await call('approvals:withdraw', { requestId: r.id });
    setActionError(res.ok ? null : res.error.message);
  };

  return (
    <Card
      size="small"
      className="requests-card"
      title={canDecide ? '审批申请' : '我的审批申请'}
      extra={
        <Radio.Group
          size="small"
          optionType="button"
          value={query.filters.status ?? ''}
          onChange={(e) => void setQuery({ filters: { status: (e.target.value as string) || undefined } })}
          options={[...optionsOf(REQUEST_STATUS_LABELS), { value: '', label: '全部' }]}
        />
      }
    >
      <ErrorNote message={error ?? actionError} />
      <Table<RequestView>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        scroll={{ y: 220 }}
        locale={{
          emptyText:
            query.filters.status === 'pending'
              ? canDecide
                ? '没有待审批的申请。'
                : '没有等待领导审批的申请。'
              : '没有申请。',
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          size: 'small',
          hideOnSinglePage: true,
          onChange: (page) => void setQuery({ page }),
        }}
        columns={[
          { title: '申请时间', width: 140, render: (_, r) => tableDateTime(r.requestedAt) },
          { title: '事项', width: 90, render: (_, r) => APPROVAL_KIND_LABELS[r.kind] },
          { title: '申请事由', ellipsis: true, render: (_, r) => r.summary },
          { title: '申请人', width: 80, render: (_, r) => r.requestedBy },
          {
            title: '状态',
            width: 80,
            render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REQUEST_STATUS_LABELS[r.status]}</Tag>,
          },
          {
            title: '审批',
            width: 200,
            ellipsis: true,
            render: (_, r) =>
              r.approval
                ? `${r.approval.approverName}：${r.approval.opinion ?? APPROVAL_DECISION_LABELS[r.approval.decision]}`
                : '',
          },
          {
            title: '操作',
            width: 140,
            render: (_, r) =>
              r.status !== 'pending' ? null : canDecide ? (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setDeciding({ request: r, decision: 'approved' })}
                  >
                    同意
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => setDeciding({ request: r, decision: 'rejected' })}
                  >
                    不同意
                  </Button>
                </Space>
              ) : canWithdraw ? (
                <Popconfirm
                  title="撤回这项申请？"
                  okText="撤回"
                  cancelText="取消"
                  onConfirm={() => void withdraw(r)}
                >
                  <Button type="link" size="small">
                    撤回
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <DecideDialog target={deciding} onClose={() => setDeciding(null)} onDecided={() => setDeciding(null)} />
    </Card>
  );
}
