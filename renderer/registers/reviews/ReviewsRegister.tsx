// 信息发布保密审查登记: every request (filters by status and purpose, search by title or recipient), and in the
// drawer its steps in order with the next one offered, and the outcome.
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { navigate } from '../../shell/route';
import type { InfoReviewView, ReviewStep } from '../../../electron/ipc/contract';
import {
  REVIEW_OUTCOME_LABELS,
  REVIEW_PURPOSE_LABELS,
  REVIEW_STATUS_LABELS,
  REVIEW_STEP_LABELS,
} from '../../../db/domain/labels';
import { DetailDrawer } from '../../components/DetailDrawer';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { useReviews } from '../../stores/reviews.store';
import { stepText } from '../persons/ClearancePanel';
import { DecideModal, NewReviewModal, ReviewSettingsModal, StepModal } from './ReviewForms';
import { Chip } from '../../components/Chip';

export function ReviewStatusTag({ r }: { r: InfoReviewView }) {
  if (r.outcome)
    return (
      <Chip color={r.outcome === 'withhold' ? 'red' : r.outcome === 'classified' ? 'orange' : 'green'}>
        {REVIEW_OUTCOME_LABELS[r.outcome]}
      </Chip>
    );
  return (
    <Chip color={r.waitingOnClerk ? 'blue' : undefined}>
      {REVIEW_STATUS_LABELS[r.status]}
      {r.waitingOnClerk ? '·待保密办' : ''}
    </Chip>
  );
}

const COLUMNS: RegisterColumn<InfoReviewView>[] = [
  {
    key: 'appliedOn',
    title: '申请日期',
    width: 105,
    render: (r) => tableDate(r.appliedOn),
    sortField: 'appliedOn',
  },
  { key: 'title', title: '信息标题', width: 240, render: (r) => r.title, sortField: 'title' },
  { key: 'department', title: '承办部门', width: 110, render: (r) => r.department },
  { key: 'handlerName', title: '承办人', width: 80, render: (r) => r.handlerName },
  {
    key: 'purpose',
    title: '用途',
    width: 110,
    render: (r) => REVIEW_PURPOSE_LABELS[r.purpose],
    filterOptions: optionsOf(REVIEW_PURPOSE_LABELS),
  },
  { key: 'recipient', title: '接收方/发布途径', width: 140, render: (r) => r.recipient ?? '' },
  {
    key: 'steps',
    title: '已完成环节',
    width: 200,
    render: (r) => r.steps.map((s) => REVIEW_STEP_LABELS[s.step as ReviewStep]).join('→'),
  },
  {
    key: 'status',
    title: '状态/结论',
    width: 120,
    render: (r) => <ReviewStatusTag r={r} />,
    filterOptions: optionsOf(REVIEW_STATUS_LABELS),
  },
];

const SHOWS = ['reviews', 'persons', 'departments', 'approvals'] as const;

/** The steps that may come next, as the core orders them (the core refuses any other). */
function nextSteps(r: InfoReviewView): ReviewStep[] {
  if (r.status !== 'in_review') return [];
  const last = r.steps[r.steps.length - 1]?.step as ReviewStep | undefined;
  const after: Record<ReviewStep | 'none', ReviewStep[]> = {
    none: ['dept'],
    dept: ['office'],
    office: ['expert', 'leader'],
    expert: ['leader'],
    leader: ['committee'],
    committee: [],
  };
  return after[last ?? 'none'];
}

export function ReviewsRegister() {
  const [row, setRow] = useState<InfoReviewView | null>(null);
  const loaded = useLoad('reviews:get', row ? { reviewId: row.id } : null, SHOWS);
  const open = loaded.value ?? row;
  const [creating, setCreating] = useState(false);
  const [step, setStep] = useState<ReviewStep | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [setting, setSetting] = useState(false);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        保密审查
      </Typography.Title>
      <div style={{ height: 'calc(100vh - 140px)', display: 'flex' }}>
        <RegisterTable<InfoReviewView>
          registerId="reviews"
          columns={COLUMNS}
          rowKey={(r) => r.id}
          store={useReviews}
          searchPlaceholder="搜索标题或接收方"
          emptyText="尚无保密审查记录。拟公开或对外提供的信息须先审查、后公开（条例第四十二条）。"
          onOpen={setRow}
          toolbar={
            <Space>
              <Button type="primary" onClick={() => setCreating(true)}>
                登记保密审查
              </Button>
              <Button onClick={() => navigate(`print/review-register/${new Date().getFullYear()}`)}>
                打印登记表
              </Button>
              <Button onClick={() => setSetting(true)}>审查设置</Button>
            </Space>
          }
        />
      </div>
      <DetailDrawer
        open={open !== null}
        title={open ? `保密审查：${open.title}` : ''}
        error={loaded.error}
        onClose={() => setRow(null)}
        extra={open ? <Button onClick={() => navigate(`print/review/${open.id}`)}>打印审批表</Button> : null}
        fields={
          open
            ? [
                { label: '信息标题', value: open.title, wide: true },
                { label: '内容摘要', value: open.summary, wide: true },
                { label: '承办人', value: `${open.handlerName}（${open.department}）` },
                { label: '用途', value: REVIEW_PURPOSE_LABELS[open.purpose] },
                { label: '接收方/发布途径', value: open.recipient ?? '' },
                { label: '申请日期', value: tableDate(open.appliedOn) },
                { label: '状态/结论', value: <ReviewStatusTag r={open} /> },
                { label: '办结日期', value: tableDate(open.decidedOn) },
                { label: '送审材料', value: open.attachmentId ? '已存扫描件' : '未上传' },
                ...(open.amendments ? [{ label: '删改内容', value: open.amendments, wide: true }] : []),
                ...(open.abroadBasis
                  ? [{ label: '向境外提供依据', value: open.abroadBasis, wide: true }]
                  : []),
                ...open.steps.map((s) => ({
                  label: REVIEW_STEP_LABELS[s.step as ReviewStep],
                  value: stepText(s),
                  wide: true,
                })),
              ]
            : []
        }
        history={
          open
            ? open.steps.map((s) => ({
                key: s.approvalId,
                at: s.decidedAt,
                title: `${REVIEW_STEP_LABELS[s.step as ReviewStep]}：${s.decision === 'approved' ? '同意' : '不同意'}`,
                actor: s.approverName,
                detail: s.opinion,
                tone: s.decision === 'approved' ? ('green' as const) : ('red' as const),
              }))
            : []
        }
      >
        {open && open.status === 'in_review' ? (
          <Space style={{ marginTop: 8 }} wrap>
            {nextSteps(open).map((s) => (
              <Button key={s} onClick={() => setStep(s)}>
                {REVIEW_STEP_LABELS[s]}
              </Button>
            ))}
            <Button type="primary" onClick={() => setDeciding(true)}>
              办结审查
            </Button>
          </Space>
        ) : null}
      </DetailDrawer>
      <NewReviewModal open={creating} onClose={() => setCreating(false)} />
      <ReviewSettingsModal open={setting} onClose={() => setSetting(false)} />
      {open && step ? <StepModal review={open} step={step} onClose={() => setStep(null)} /> : null}
      {open && deciding ? <DecideModal review={open} onClose={() => setDeciding(false)} /> : null}
    </div>
  );
}
