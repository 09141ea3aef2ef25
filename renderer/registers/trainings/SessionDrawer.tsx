// One session: what it was (or is planned to be), 登记举办 / 取消 while planned, and the attendance sheet once held.
import { Button, Descriptions, Drawer, Space, Tag } from 'antd';
import { useState } from 'react';
import type { SessionRow } from '../../../electron/ipc/contract';
import { SESSION_FORM_LABELS, SESSION_STATUS_LABELS, TRAINING_KIND_LABELS } from '../../../db/domain/labels';
import { ActionModal, TextField } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { AttendanceSheet } from './AttendanceSheet';
import { HoldSessionModal } from './SessionForms';

export function SessionStatusTag({ s }: { s: Pick<SessionRow, 'status'> }) {
  const color = s.status === 'held' ? 'green' : s.status === 'cancelled' ? 'default' : 'blue';
  return <Tag color={color}>{SESSION_STATUS_LABELS[s.status]}</Tag>;
}

export function SessionDrawer({ row, onClose }: { row: SessionRow | null; onClose: () => void }) {
  const loaded = useLoad('trainings:get', row ? { sessionId: row.id } : null, ['trainings']).value;
  const s = loaded && row && loaded.id === row.id ? loaded : null;
  const [dialog, setDialog] = useState<'hold' | 'cancel' | null>(null);
  return (
    <Drawer open={row !== null} size={820} title={row ? row.topic : ''} onClose={onClose}>
      {s ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'st', label: '状态', children: <SessionStatusTag s={s} /> },
              { key: 'p', label: '类别', children: TRAINING_KIND_LABELS[s.purpose] },
              { key: 'f', label: '形式', children: SESSION_FORM_LABELS[s.form] },
              { key: 'h', label: '学时', children: s.hours },
              { key: 'pl', label: '计划日期', children: tableDate(s.plannedOn) },
              { key: 'he', label: '举办日期', children: tableDate(s.heldOn) },
              { key: 'o', label: '主办', children: s.organizer ?? '' },
              { key: 'sp', label: '主讲', children: s.speaker ?? '' },
              { key: 'sc', label: '范围', children: s.scope ?? '', span: 2 },
              { key: 'c', label: '主要内容', children: s.content, span: 2 },
              {
                key: 'm',
                label: '培训材料',
                children: s.materialFiles.length ? s.materialFiles.map((f) => f.fileName).join('、') : '无',
                span: 2,
              },
            ]}
          />
          {s.status === 'planned' ? (
            <Space style={{ margin: '8px 0' }}>
              <Button type="primary" onClick={() => setDialog('hold')}>
                登记举办
              </Button>
              <Button onClick={() => setDialog('cancel')}>取消计划</Button>
            </Space>
          ) : null}
          {s.status === 'held' ? (
            <Button style={{ marginTop: 8 }} onClick={() => navigate(`print/training-session/${s.id}`)}>
              打印保密教育培训登记表
            </Button>
          ) : null}
          {s.status === 'held' ? (
            <div style={{ marginTop: 12 }}>
              <AttendanceSheet sessionId={s.id} />
            </div>
          ) : null}
          <HoldSessionModal open={dialog === 'hold'} onClose={() => setDialog(null)} session={s} />
          <ActionModal
            title="取消计划培训"
            channel="trainings:cancel"
            open={dialog === 'cancel'}
            onClose={() => setDialog(null)}
            fixed={{ sessionId: s.id }}
          >
            <TextField name="reason" label="取消原因" required />
          </ActionModal>
        </>
      ) : null}
    </Drawer>
  );
}
