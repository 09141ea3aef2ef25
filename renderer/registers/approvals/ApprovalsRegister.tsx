// 审批: the approvals recorded by the registers (in the app by a 领导, or a paper approval entered by the
// clerk). Read-only here: approvals are made from the action that needs them. Above them, the requests filed
// in the app, which the 领导 decides here.
import { Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ApprovalView } from '../../../electron/ipc/contract';
import { DetailDrawer } from '../../components/DetailDrawer';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { APPROVAL_DECISION_LABELS, APPROVAL_KIND_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useApprovals } from '../../stores/approvals.store';
import { ApprovalRequests } from './ApprovalRequests';
import { Chip } from '../../components/Chip';

function decisionTag(d: ApprovalView['decision']) {
  return <Chip color={d === 'approved' ? 'green' : 'red'}>{APPROVAL_DECISION_LABELS[d]}</Chip>;
}

export function ApprovalsRegister() {
  const [open, setOpen] = useState<ApprovalView | null>(null);
  const columns = useMemo<RegisterColumn<ApprovalView>[]>(
    () => [
      { key: 'decidedAt', title: '审批日期', width: 110, render: (r) => tableDate(r.decidedAt) },
      {
        key: 'kind',
        title: '事项',
        width: 120,
        render: (r) => APPROVAL_KIND_LABELS[r.kind],
        filterOptions: optionsOf(APPROVAL_KIND_LABELS),
      },
      { key: 'subject', title: '审批对象', width: 200, render: (r) => r.subjectLabel },
      {
        key: 'approver',
        title: '审批人',
        width: 160,
        render: (r) => (r.approverTitle ? `${r.approverName}（${r.approverTitle}）` : r.approverName),
      },
      { key: 'decision', title: '结论', width: 90, render: (r) => decisionTag(r.decision) },
      { key: 'documentNo', title: '审批单文号', width: 160, render: (r) => r.documentNo ?? '' },
      { key: 'opinion', title: '审批意见', width: 260, render: (r) => r.opinion ?? '' },
      {
        key: 'hasScan',
        title: '扫描件',
        width: 80,
        render: (r) => (r.hasScan ? '有' : '无'),
        defaultHidden: true,
      },
      { key: 'id', title: '记录号', width: 90, align: 'right', render: (r) => r.id, defaultHidden: true },
    ],
    [],
  );
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        审批
      </Typography.Title>
      <ApprovalRequests />
      <RegisterTable<ApprovalView>
        registerId="approvals"
        columns={columns}
        rowKey={(r) => r.id}
        store={useApprovals}
        emptyText="尚无审批记录。办理借阅、复制、销毁、外出携带等需要审批的事项时，审批记录会自动登记在这里。"
        onOpen={setOpen}
      />
      <DetailDrawer
        open={open !== null}
        title={open ? `审批记录 · ${APPROVAL_KIND_LABELS[open.kind]}` : ''}
        onClose={() => setOpen(null)}
        fields={
          open
            ? [
                { label: '事项', value: APPROVAL_KIND_LABELS[open.kind] },
                { label: '结论', value: decisionTag(open.decision) },
                { label: '审批对象', value: open.subjectLabel },
                { label: '审批日期', value: tableDate(open.decidedAt) },
                { label: '审批人', value: open.approverName },
                { label: '审批单文号', value: open.documentNo ?? '' },
                { label: '审批意见', value: open.opinion ?? '', wide: true },
              ]
            : []
        }
        history={
          open
            ? [
                {
                  key: open.id,
                  at: open.decidedAt,
                  title: `${open.approverName}${APPROVAL_DECISION_LABELS[open.decision]}`,
                  tone: 'blue',
                },
              ]
            : []
        }
      />
    </div>
  );
}
