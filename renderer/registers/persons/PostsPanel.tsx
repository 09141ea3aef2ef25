// A person's posts: the clearance follows the highest post level (绝密 → 核心, 机密 → 重要, 秘密 → 一般).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { PersonDetail, PostView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import { CLEARANCE_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, DateItem, today } from '../../components/forms';

export function PostsPanel({ person }: { person: PersonDetail }) {
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<PostView | null>(null);
  return (
    <div>
      <Typography.Paragraph>
        按岗位确定的涉密等级：
        <strong>
          {person.clearanceByPosts ? CLEARANCE_LABELS[person.clearanceByPosts] : '（无在任岗位）'}
        </strong>
        。涉密等级随最高岗位密级确定。
      </Typography.Paragraph>
      <Table<PostView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={person.posts}
        locale={{ emptyText: '尚无岗位。' }}
        columns={[
          { title: '岗位', dataIndex: 'post' },
          { title: '岗位密级', width: 90, render: (_, r) => LEVEL_LABELS[r.level] },
          { title: '任职日期', width: 110, render: (_, r) => tableDate(r.startedOn) },
          { title: '离开日期', width: 110, render: (_, r) => tableDate(r.endedOn) },
          {
            title: '',
            width: 90,
            render: (_, r) =>
              r.endedOn ? null : (
                <Button size="small" type="link" onClick={() => setEnding(r)}>
                  结束岗位
                </Button>
              ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setAdding(true)}>
        添加岗位
      </Button>
      <ActionModal
        title="添加岗位"
        channel="persons:addPost"
        open={adding}
        onClose={() => setAdding(false)}
        fixed={{ personId: person.id }}
        initialValues={{ startedOn: today() }}
      >
        <Form.Item name="post" label="岗位名称">
          <Input />
        </Form.Item>
        <Form.Item name="level" label="岗位密级">
          <Select options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
        </Form.Item>
        <DateItem name="startedOn" label="任职日期" />
      </ActionModal>
      <ActionModal
        title={`结束岗位：${ending?.post ?? ''}`}
        channel="persons:endPost"
        open={ending !== null}
        onClose={() => setEnding(null)}
        fixed={{ personId: person.id, postId: ending?.id }}
        initialValues={{ endedOn: today() }}
      >
        <DateItem name="endedOn" label="离开岗位日期" />
      </ActionModal>
    </div>
  );
}
