// 年度定密审核 (law art. 24): every classified item due for this year's review and every term ending within
// the warning window; decide per item or for all ticked at once (维持 / 变更 / 解密 / 延期), with who and why.
import { Button, InputNumber, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useState, type Key } from 'react';
import type { ReviewDecision, ReviewItem } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { ActionModal, DateItem, TextField, today } from '../../components/forms';
import { LevelTag } from '../../components/LevelTag';
import { tableDate } from '../../i18n/format';
import { REVIEW_DECISION_LABELS, REVIEW_REASON_LABELS } from '../../../db/domain/labels';
import { optionsOf, termText } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { DeciderFields, levelOptions, NoticeFields } from './fields';

interface Choice {
  decision: ReviewDecision;
  level?: ReviewItem['level'];
  years?: number;
}

export function ReviewTab() {
  const [page, setPage] = useState(1);
  const { value: list, error } = useLoad(
    'classification:reviewList',
    { page, pageSize: 100 },
    ['carriers', 'classification'],
    true,
  );
  const [selected, setSelected] = useState<Key[]>([]);
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [deciding, setDeciding] = useState(false);
  const rows = list?.rows ?? [];
  // A term that has ended ends the secret by itself (law art. 20, 自行解密): 解密 is proposed, not 维持.
  const proposed = (id: number): ReviewDecision =>
    rows.find((r) => r.id === id)?.reasons.includes('term_expired') ? 'declassify' : 'maintain';
  const choice = (id: number): Choice => choices[id] ?? { decision: proposed(id) };
  const setChoice = (id: number, c: Partial<Choice>) =>
    setChoices((m) => ({ ...m, [id]: { ...choice(id), ...c } }));
  const picked = rows.filter((r) => selected.includes(r.id));
  return (
    <div className="review-tab">
      <Typography.Paragraph>
        {list
          ? `${list.year} 年度：待审核 ${list.total} 项（含保密期限在 ${list.windowDays} 天内届满或已届满的事项）。`
          : ''}
        勾选事项、选择结论后点“审核所选”，填写定密责任人和审核意见。
      </Typography.Paragraph>
      <ErrorNote message={error} />
      <Space className="register-toolbar">
        <Button type="primary" disabled={!picked.length} onClick={() => setDeciding(true)}>
          审核所选（{picked.length}）
        </Button>
        <Button onClick={() => setSelected(rows.map((r) => r.id))}>全选本页</Button>
      </Space>
      <Table<ReviewItem>
        size="small"
        rowKey="id"
        dataSource={rows}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected, columnWidth: 40 }}
        pagination={{
          current: page,
          pageSize: 100,
          total: list?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        locale={{ emptyText: '本年度没有待审核的定密事项。' }}
        scroll={{ x: 1040 }}
        columns={[
          { title: '编号', dataIndex: 'carrierNo', width: 130 },
          { title: '密级', width: 80, render: (_, r) => <LevelTag level={r.level} /> },
          // A width of its own: without it the fixed layout gave 名称 what was left, nothing at 1024.
          { title: '名称', dataIndex: 'name', ellipsis: true, width: 220 },
          { title: '保密期限', width: 110, render: (_, r) => termText(r.term) },
          { title: '届满', width: 105, render: (_, r) => tableDate(r.termEndsOn) },
          {
            title: '列入原因',
            width: 150,
            render: (_, r) =>
              r.reasons.map((x) => (
                <Tag key={x} color={x === 'term_expired' ? 'red' : undefined}>
                  {REVIEW_REASON_LABELS[x]}
                </Tag>
              )),
          },
          {
            title: '结论',
            width: 250,
            render: (_, r) => (
              <Space>
                <Select<ReviewDecision>
                  aria-label={`${r.carrierNo} 审核结论`}
                  value={choice(r.id).decision}
                  style={{ width: 90 }}
                  onChange={(d) => setChoice(r.id, { decision: d })}
                  options={optionsOf(REVIEW_DECISION_LABELS)}
                />
                {choice(r.id).decision === 'reclassify' ? (
                  <Select
                    aria-label="新密级"
                    value={choice(r.id).level ?? r.level}
                    style={{ width: 100 }}
                    options={levelOptions}
                    onChange={(l) => setChoice(r.id, { level: l })}
                  />
                ) : null}
                {choice(r.id).decision === 'extend' ? (
                  <InputNumber
                    aria-label="延长后年限"
                    min={1}
                    max={30}
                    suffix="年"
                    value={choice(r.id).years}
                    onChange={(y) => setChoice(r.id, { years: y ?? undefined })}
                  />
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {deciding ? (
        <ActionModal<'classification:review', Record<string, unknown>>
          title={`年度定密审核：${picked.length} 项`}
          channel="classification:review"
          initialValues={{
            decidedOn: today(),
            ...(picked.every(
              (r) => choice(r.id).decision === 'declassify' && r.reasons.includes('term_expired'),
            )
              ? { reason: '保密期限已满，依法自行解密。' }
              : {}),
          }}
          toInput={(v) => ({
            decidedOn: v.decidedOn as string,
            by: v.by as { authority: 'own'; proposerName: string; classifierName: string },
            reason: v.reason as string,
            notice: (v.notice as { noticeTo?: string } | undefined)?.noticeTo
              ? (v.notice as { noticeTo: string })
              : undefined,
            items: picked.map((r) => {
              const c = choice(r.id);
              return {
                carrierId: r.id,
                decision: c.decision,
                ...(c.decision === 'reclassify' ? { level: c.level ?? r.level } : {}),
                ...(c.decision === 'extend'
                  ? { term: { kind: 'period' as const, years: c.years ?? 0, months: 0 } }
                  : {}),
              };
            }),
          })}
          onDone={(r) => {
            setSelected([]);
            void message.success(`已记录 ${r.decided.length} 项审核结论。`);
          }}
          onClose={() => setDeciding(false)}
          submitText="记录审核结论"
        >
          <p>
            {picked.map((r) => `${r.carrierNo}：${REVIEW_DECISION_LABELS[choice(r.id).decision]}`).join('；')}
          </p>
          <DateItem name="decidedOn" label="审核日期" required />
          <DeciderFields />
          <TextField name="reason" label="审核意见" required area />
          <NoticeFields />
        </ActionModal>
      ) : null}
    </div>
  );
}
