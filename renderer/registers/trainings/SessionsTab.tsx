// 培训台账: every session of the year's plan and every one held, with 计划 vs 举办 above.
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SessionRow } from '../../../electron/ipc/contract';
import { SESSION_FORM_LABELS, SESSION_STATUS_LABELS, TRAINING_KIND_LABELS } from '../../../db/domain/labels';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { useTrainings } from '../../stores/trainings.store';
import { SessionDrawer, SessionStatusTag } from './SessionDrawer';
import { HoldSessionModal, PlanSessionModal } from './SessionForms';
import { AddStaffModal } from './SettingsForms';
import { ImportButton } from '../xlsx/ImportButton';

const COLUMNS: RegisterColumn<SessionRow>[] = [
  { key: 'day', title: '时间', width: 105, render: (s) => tableDate(s.heldOn ?? s.plannedOn) },
  { key: 'topic', title: '主题', width: 180, render: (s) => s.topic },
  {
    key: 'form',
    title: '形式',
    width: 110,
    render: (s) => SESSION_FORM_LABELS[s.form],
    filterOptions: optionsOf(SESSION_FORM_LABELS),
  },
  {
    key: 'purpose',
    title: '类别',
    width: 90,
    render: (s) => TRAINING_KIND_LABELS[s.purpose],
    defaultHidden: true,
  },
  { key: 'speaker', title: '主讲', width: 90, render: (s) => s.speaker ?? '', defaultHidden: true },
  { key: 'hours', title: '学时', width: 60, align: 'right', render: (s) => s.hours },
  { key: 'present', title: '出席', width: 60, align: 'right', render: (s) => s.present },
  { key: 'absent', title: '缺席', width: 60, align: 'right', render: (s) => s.absent },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (s) => <SessionStatusTag s={s} />,
    filterOptions: optionsOf(SESSION_STATUS_LABELS),
  },
];

export function SessionsTab({ year }: { year: number }) {
  const [row, setRow] = useState<SessionRow | null>(null);
  const [dialog, setDialog] = useState<'plan' | 'hold' | 'staff' | null>(null);
  const plan = useLoad('trainings:planSummary', { year }, ['trainings']).value;
  return (
    <div style={{ height: 'calc(100vh - 190px)', display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Space style={{ marginBottom: 4 }} wrap>
        {plan ? (
          <Typography.Text type="secondary">
            {year} 年度学习计划：计划 {plan.planned} 次，已举办 {plan.held} 次，待举办 {plan.pending} 次，取消{' '}
            {plan.cancelled} 次；计划外举办 {plan.heldUnplanned} 次。
          </Typography.Text>
        ) : null}
        <Button size="small" onClick={() => navigate(`print/training-year/${year}`)}>
          打印年度统计表
        </Button>
        <Button size="small" onClick={() => setDialog('staff')}>
          登记在职人员
        </Button>
      </Space>
      <div style={{ flex: 1, display: 'flex', minHeight: 0, minWidth: 0, width: '100%', overflow: 'hidden' }}>
        <RegisterTable<SessionRow>
          registerId="trainings"
          columns={COLUMNS}
          rowKey={(s) => s.id}
          store={useTrainings}
          emptyText="尚无培训。先把本年度的培训列入学习计划，举办后登记出席情况。"
          searchPlaceholder="主题、主讲或内容"
          onOpen={setRow}
          toolbar={
            <Space>
              <Button onClick={() => setDialog('plan')}>列入学习计划</Button>
              <Button type="primary" onClick={() => setDialog('hold')}>
                登记举办培训
              </Button>
              <ImportButton register="trainings" title="保密教育培训台账" />
            </Space>
          }
        />
      </div>
      <SessionDrawer row={row} onClose={() => setRow(null)} />
      <PlanSessionModal open={dialog === 'plan'} onClose={() => setDialog(null)} />
      <AddStaffModal open={dialog === 'staff'} onClose={() => setDialog(null)} />
      <HoldSessionModal
        open={dialog === 'hold'}
        onClose={() => setDialog(null)}
        onDone={(s) => setRow({ ...s })}
      />
    </div>
  );
}
