// On the person page: the secrecy-work records naming the person — 保密审查 handled, 要害部门部位 in their
// charge, their seat on the 保密委员会 and the decisions they own.
import { Table, Typography } from 'antd';
import type { PersonDossier, WorkRef } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';

export function PersonWorkRecords({ d }: { d: PersonDossier }) {
  return (
    <>
      <Typography.Title level={5}>承担的保密工作</Typography.Title>
      <Table<WorkRef>
        size="small"
        bordered
        rowKey={(w) => `${w.register}-${w.id}`}
        pagination={false}
        dataSource={d.work}
        locale={{ emptyText: '无保密审查、要害部位或保密委员会记录。' }}
        columns={[
          { title: '台账', width: 120, render: (_, w) => w.register },
          { title: '事项', render: (_, w) => w.title },
          { title: '日期', width: 110, render: (_, w) => tableDate(w.on) },
          { title: '角色', width: 180, render: (_, w) => w.role },
        ]}
      />
    </>
  );
}
