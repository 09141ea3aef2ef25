// 督办事项: the committee's decisions and plan items, each with an owner and a due date, tracked to done.
import { Button } from 'antd';
import { useState } from 'react';
import type { TaskView } from '../../../electron/ipc/contract';
import { TASK_KIND_LABELS, TASK_STATUS_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, TextField, today } from '../../components/forms';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useCommitteeTasks } from '../../stores/committee.store';
import { Chip } from '../../components/Chip';

export function TasksTab() {
  const [done, setDone] = useState<TaskView | null>(null);
  const columns: RegisterColumn<TaskView>[] = [
    { key: 'kind', title: '类别', width: 110, render: (t) => TASK_KIND_LABELS[t.kind] },
    { key: 'content', title: '事项', width: 280, render: (t) => t.content },
    { key: 'ownerName', title: '责任人', width: 80, render: (t) => t.ownerName },
    { key: 'dueOn', title: '完成期限', width: 105, render: (t) => tableDate(t.dueOn) },
    {
      key: 'status',
      title: '状态',
      width: 110,
      render: (t) => (
        <Chip color={t.overdue ? 'red' : t.status === 'done' ? 'green' : 'blue'}>
          {TASK_STATUS_LABELS[t.status]}
          {t.overdue ? '·逾期' : ''}
        </Chip>
      ),
      filterOptions: optionsOf(TASK_STATUS_LABELS),
    },
    {
      key: 'act',
      title: '',
      width: 90,
      render: (t) =>
        t.status === 'open' ? (
          <Button size="small" onClick={() => setDone(t)}>
            办结
          </Button>
        ) : (
          tableDate(t.doneOn)
        ),
    },
  ];
  return (
    <div style={{ height: 'calc(100vh - 200px)', display: 'flex' }}>
      <RegisterTable<TaskView>
        registerId="committee_tasks"
        columns={columns}
        rowKey={(t) => t.id}
        store={useCommitteeTasks}
        emptyText="尚无督办事项。委员会会议的决定事项和年度计划事项在此跟踪办理。"
      />
      {done ? (
        <ActionModal
          title={`办结：${done.content}`}
          channel="committee:finishTask"
          onClose={() => setDone(null)}
          fixed={{ taskId: done.id }}
          toInput={clean}
          initialValues={{ doneOn: today() }}
        >
          <DateItem name="doneOn" label="完成日期" />
          <TextField name="note" label="完成情况" area />
        </ActionModal>
      ) : null}
    </div>
  );
}
