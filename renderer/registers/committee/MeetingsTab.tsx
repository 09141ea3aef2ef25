// 委员会会议记录: 议题, 主持人, 出席, 记录人, 纪要, and its decisions, each with an owner and a due date, which
// become tracked tasks.
import { Button, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { navigate } from '../../shell/route';
import type { ChannelInput } from '../../../electron/ipc/contract';
import { TASK_STATUS_LABELS } from '../../../db/domain/labels';
import {
  ActionModal,
  clean,
  DateItem,
  NameField,
  NamesField,
  PersonPicker,
  ScanField,
  TextField,
  today,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';

const SHOWS = ['committee', 'persons'] as const;

export function RecordMeetingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="登记委员会会议"
      channel="committee:recordMeeting"
      open={open}
      onClose={onClose}
      toInput={(v: ChannelInput<'committee:recordMeeting'>) => {
        const c = clean(v);
        // A decision row left blank is not a decision; one with an owner but no text still reaches the core.
        return { ...c, decisions: (c.decisions ?? []).filter((d) => d.content || d.ownerPersonId) };
      }}
      width={820}
      initialValues={{ heldOn: today(), decisions: [{ content: '' }] }}
    >
      <div className="form-grid">
        <DateItem name="heldOn" label="会议日期" />
        <NameField name="chair" label="主持人" source="persons" required />
        <NameField name="recorder" label="记录人" source="persons" required />
      </div>
      <TextField name="topics" label="议题" required area />
      <NamesField name="attendees" label="出席人员" required />
      <Form.Item name="minutes" label="会议纪要">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="minutesAttachmentId" label="纪要扫描件">
        <ScanField label="上传会议纪要" />
      </Form.Item>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <div>
            {fields.map((f, i) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'content']} label={`决定事项${i + 1}`}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'ownerPersonId']} label="责任人">
                  <PersonPicker style={{ width: 160 }} />
                </Form.Item>
                <DateItem name={[f.name, 'dueOn']} label="完成期限" />
                <Button onClick={() => remove(f.name)}>删除</Button>
              </Space>
            ))}
            <Button onClick={() => add({})}>增加决定事项</Button>
          </div>
        )}
      </Form.List>
    </ActionModal>
  );
}

export function MeetingsTab() {
  const meetings = useLoad('committee:meetings', { pageSize: 200 }, SHOWS).value?.rows ?? [];
  const [recording, setRecording] = useState(false);
  return (
    <div>
      <Button type="primary" onClick={() => setRecording(true)} style={{ marginBottom: 8 }}>
        登记委员会会议
      </Button>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meetings}
        locale={{ emptyText: '尚无委员会会议记录。保密委员会每半年召开一至二次会议。' }}
        expandable={{
          expandedRowRender: (m) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={m.decisions}
              locale={{ emptyText: '本次会议无决定事项' }}
              columns={[
                { title: '决定事项', dataIndex: 'content' },
                { title: '责任人', dataIndex: 'ownerName' },
                { title: '完成期限', render: (_, t) => tableDate(t.dueOn) },
                { title: '状态', render: (_, t) => TASK_STATUS_LABELS[t.status] },
              ]}
            />
          ),
        }}
        columns={[
          { title: '会议日期', render: (_, m) => tableDate(m.heldOn) },
          { title: '议题', dataIndex: 'topics' },
          { title: '主持人', dataIndex: 'chair' },
          { title: '记录人', dataIndex: 'recorder' },
          { title: '决定事项', render: (_, m) => m.decisions.length },
          {
            title: '',
            render: (_, m) => (
              <Button size="small" onClick={() => navigate(`print/committee-meeting/${m.id}`)}>
                打印会议记录
              </Button>
            ),
          },
        ]}
      />
      <RecordMeetingModal open={recording} onClose={() => setRecording(false)} />
    </div>
  );
}
