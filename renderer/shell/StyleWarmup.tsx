// The antd components every register page draws, drawn once after login while the browser is idle, outside
// the document, and kept: so the first open of a register does not pay for their styles (issue 20 point 3).
import {
  Button,
  Checkbox,
  Drawer,
  Dropdown,
  Empty,
  Input,
  Popover,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';

// antd computes a component's CSS-in-JS styles when its first instance mounts (≈50–65 ms for a register's set
// at the first open after login) and forgets them when its last instance unmounts, so leaving a register for
// the home page and coming back paid for them again. Instances that stay mounted for the session keep them.
// Since the rules come from antd's built CSS file (zeroRuntime, theme.ts), what is still made at mount is each
// component's block of CSS variables (its tokens), a <style> element the same way.
// They live in a node that is never attached to the document: no layout, nothing for a screen reader, a
// selector or the tab key to find; the styles still go to <head>, and the React tree still gives them the
// app's theme, so they are the very styles the register asks for.

interface Row {
  key: number;
  name: string;
}

const COLUMNS: TableColumnsType<Row> = [
  {
    title: '名称',
    dataIndex: 'name',
    sorter: true,
    filters: [{ text: '名称', value: 'name' }],
    ellipsis: true,
  },
];

/** When the browser has nothing else to do (with a bound, so a busy first page cannot put it off forever). */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const t = window.setTimeout(run, 300);
  return () => window.clearTimeout(t);
}

function Components() {
  return (
    <>
      <Typography.Title level={4}>台账</Typography.Title>
      <Tabs items={[{ key: 'a', label: '台账', children: <Space wrap /> }]} />
      <Space wrap>
        <Input.Search allowClear placeholder="搜索" />
        <Select allowClear placeholder="部门" options={[{ value: 'a', label: 'a' }]} />
        <Button type="primary">登记</Button>
        <Dropdown menu={{ items: [{ key: 'a', label: 'a' }] }}>
          <Button>打印</Button>
        </Dropdown>
        <Popover content="列">
          <Button>列</Button>
        </Popover>
        <Checkbox />
        <Tag>秘密</Tag>
        <Tag color="success">在册</Tag>
      </Space>
      <Drawer open={false} />
      {/* No rows: a hidden `.ant-table-row` would be one more for every test and bench that waits on rows. */}
      <Table<Row>
        size="small"
        bordered
        tableLayout="fixed"
        loading
        rowSelection={{ selectedRowKeys: [] }}
        columns={COLUMNS}
        dataSource={[]}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      />
    </>
  );
}

/** Mount once inside the logged-in layout; it renders nothing into the page. */
export function StyleWarmup() {
  const [ready, setReady] = useState(false);
  const holder = useMemo(() => document.createElement('div'), []);
  useEffect(() => whenIdle(() => setReady(true)), []);
  return ready ? createPortal(<Components />, holder) : null;
}
