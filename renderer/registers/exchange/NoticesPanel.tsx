// 上级单位通知 at the unit (issue 25, point 6): import a notice from the media like a receipt, and every notice
// imported with where it landed — a 整改通知's findings in the checks register, an 意见 on the leaving
// procedure, a 备案's items.
import { Button, Card, Space, Table, Tag } from 'antd';
import type { ReceivedNoticeView } from '../../../electron/ipc/contract';
import { NOTICE_KIND_LABELS, OPINION_VERDICT_LABELS } from '../../../db/domain/labels';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDate, tableDateTime } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { FileImportCard } from './FileImportCard';
import { useChannel } from './useChannel';

function landed(n: ReceivedNoticeView): string {
  if (n.kind === 'rectification') return `已登记为上级检查，${n.items.length} 个问题列入整改`;
  if (n.kind === 'opinion')
    return `${OPINION_VERDICT_LABELS[n.verdict ?? 'agree']}${n.separationEndsOn ? `，脱密期延长至 ${tableDate(n.separationEndsOn)}` : ''}（见该人员的离岗离职手续）`;
  return `${n.items.length} 项已备案`;
}

export function NoticeImport({ initialPath }: { initialPath?: string }) {
  const imp = useChannel('exchange:importNotice');
  return (
    <FileImportCard
      initialPath={initialPath}
      title="导入上级单位通知"
      use="notice"
      fileLabel="通知文件"
      extension=".bmn"
      button="导入通知"
      busy={imp.busy}
      error={imp.error?.message}
      run={async (path) => {
        const n = await imp.run({ path });
        if (!n) return null;
        return {
          title: `已导入第 ${n.seq} 号通知（${NOTICE_KIND_LABELS[n.kind]}）：${n.title}`,
          description: landed(n),
          action:
            n.kind === 'rectification' ? (
              <Button size="small" onClick={() => navigate('reg/inspections')}>
                查看整改
              </Button>
            ) : undefined,
        };
      }}
    />
  );
}

export function NoticesPanel() {
  const list = useLoad('exchange:notices', {}, ['exchange']);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <NoticeImport />
      <Card size="small" title="已收到的通知">
        <ErrorNote message={list.error} />
        <Table<ReceivedNoticeView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={list.value ?? []}
          locale={{ emptyText: '尚未导入上级单位的通知' }}
          expandable={{
            rowExpandable: (r) => r.items.length > 0 || !!r.text,
            expandedRowRender: (r) => (
              <div>
                {r.text && <p style={{ whiteSpace: 'pre-wrap' }}>{r.text}</p>}
                <ol style={{ margin: 0 }}>
                  {r.items.map((i) => (
                    <li key={i.no}>
                      {i.name}
                      {i.deadline && ` · 整改期限 ${tableDate(i.deadline)}`}
                    </li>
                  ))}
                </ol>
              </div>
            ),
          }}
          columns={[
            { title: '序号', render: (_, r) => `第 ${r.seq} 号`, width: 80 },
            { title: '类别', render: (_, r) => <Tag>{NOTICE_KIND_LABELS[r.kind]}</Tag> },
            { title: '标题', dataIndex: 'title' },
            { title: '发出日期', render: (_, r) => tableDate(r.issuedAt) },
            { title: '导入时间', render: (_, r) => tableDateTime(r.importedAt) },
            { title: '落实情况', render: (_, r) => landed(r) },
          ]}
        />
      </Card>
    </Space>
  );
}
