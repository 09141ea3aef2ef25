// 报送: write a package to media (itself a 涉密载体) for the supervisor, the outgoing log with what the
// supervisor acknowledged, and the receipt imported back.
import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type {
  ExchangeProfile,
  ExportMediaType,
  ExportView,
  OutgoingView,
} from '../../../electron/ipc/contract';
import { yearOf } from '../../../db/domain/dates';
import { ErrorNote } from '../../components/ErrorNote';
import { JobStatus } from '../../components/JobStatus';
import { useJob } from '../../jobs';
import { NameSelect, today } from '../../components/forms';
import { tableDate, tableDateTime } from '../../i18n/format';
import { CARRIER_TYPE_LABELS, EXCHANGE_PROFILE_LABELS } from '../../../db/domain/labels';
import { sizeText } from '../../exchange/labels';
import { useLoad } from '../../stores/load';
import { FileImportCard } from './FileImportCard';
import { useChannel } from './useChannel';
import { PathInput } from '../../components/files/PathInput';
import { EXCHANGE_PROFILES, EXPORT_MEDIA_TYPES } from '../../../db/domain/vocab';

/**
 * Where an export is (exchange:exportProgress): each register read, signed, sealed onto the media, then the one
 * write that registers it and reads it back, which can no longer be stopped.
 */
function exportStage(p: { done: number; total: number } | null): { text: string; cancellable: boolean } {
  if (!p) return { text: '正在读取台账…', cancellable: true };
  const parts = p.total - 3;
  if (p.done < parts) return { text: `正在读取台账（${p.done}/${parts} 项）…`, cancellable: true };
  if (p.done === parts) return { text: '正在签名…', cancellable: true };
  if (p.done === parts + 1) return { text: '正在加密并写入介质…', cancellable: true };
  return { text: '正在登记并回读校验（不能取消），请勿取出介质……', cancellable: false };
}

function ExportForm() {
  const sups = useLoad('exchange:counterparts', {}, ['exchange']);
  const exp = useChannel('exchange:export');
  const job = useJob('exchange:exportProgress', 'exchange:exportCancel');
  const stage = exportStage(job.progress);
  const [to, setTo] = useState<string | undefined>();
  const [profile, setProfile] = useState<ExchangeProfile>('full');
  const [year, setYear] = useState(yearOf(today()));
  const [media, setMedia] = useState<ExportMediaType>('usb');
  const [department, setDepartment] = useState('');
  const [outPath, setOutPath] = useState('');
  const [done, setDone] = useState<ExportView | null>(null);
  const supervisors = (sups.value ?? []).filter((c) => c.role === 'supervisor');
  const target = to ?? supervisors[0]?.unitCode;
  return (
    <Card size="small" title="生成报送数据包">
      <Form layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 14 }}>
        <Form.Item label="报送给">
          <Select
            aria-label="报送给"
            value={target}
            onChange={setTo}
            placeholder="请先在「对方单位公钥」中导入上级单位的公钥"
            options={supervisors.map((s) => ({ value: s.unitCode, label: `${s.name}（${s.unitCode}）` }))}
          />
        </Form.Item>
        <Form.Item label="报送内容">
          <Radio.Group value={profile} onChange={(e) => setProfile(e.target.value as ExchangeProfile)}>
            {EXCHANGE_PROFILES.map((k) => (
              <Radio key={k} value={k}>
                {EXCHANGE_PROFILE_LABELS[k]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {profile === 'annual' && (
          <Form.Item label="年度">
            <InputNumber
              aria-label="年度"
              value={year}
              min={2000}
              max={2100}
              onChange={(v) => setYear(v ?? year)}
            />
          </Form.Item>
        )}
        <Form.Item label="存储介质">
          <Radio.Group value={media} onChange={(e) => setMedia(e.target.value as ExportMediaType)}>
            {EXPORT_MEDIA_TYPES.map((k) => (
              <Radio key={k} value={k}>
                {CARRIER_TYPE_LABELS[k]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label="所属部门">
          <NameSelect
            source="departments"
            label="所属部门"
            value={department || undefined}
            onChange={setDepartment}
          />
        </Form.Item>
        <Form.Item label="保存位置" extra="介质上的文件夹路径；数据包本身作为涉密载体登记入台账。">
          <PathInput
            use="package"
            mode="folder"
            aria-label="数据包保存位置"
            value={outPath}
            onChange={setOutPath}
          />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 4 }}>
          <Button
            type="primary"
            icon={<ExportOutlined />}
            loading={exp.busy}
            disabled={!target}
            onClick={async () => {
              setDone(null);
              const jobId = job.start();
              const r = await exp.run({
                to: target ?? '',
                profile,
                outPath,
                ...(profile === 'annual' ? { year } : {}),
                media: { type: media, department },
                jobId,
              });
              job.stop();
              if (r) setDone(r);
            }}
          >
            生成并写入介质
          </Button>
        </Form.Item>
      </Form>
      {exp.busy && (
        <JobStatus
          text={stage.text}
          percent={job.progress ? Math.round((100 * job.progress.done) / job.progress.total) : 0}
          cancel={stage.cancellable ? job.cancel : null}
        />
      )}
      <ErrorNote message={exp.error?.message} />
      {done && (
        <Alert
          type="success"
          showIcon
          title="回读校验通过，可以取出介质。"
          description={
            <div>
              <div>
                第 {done.seq} 号数据包（{EXCHANGE_PROFILE_LABELS[done.profile]}），{sizeText(done.bytes)}
                ，已写入 {done.path}
              </div>
              <div>已登记为涉密载体 {done.carrierNo}；请按涉密载体管理要求交接。</div>
              {done.mediumWarning ? (
                <div className="medium-warning">警告（已记入审计日志）：{done.mediumWarning}</div>
              ) : null}
            </div>
          }
        />
      )}
    </Card>
  );
}

export function ReceiptImport({ initialPath }: { initialPath?: string }) {
  const imp = useChannel('exchange:importReceipt');
  return (
    <FileImportCard
      initialPath={initialPath}
      title="导入上级单位回执"
      use="receipt"
      fileLabel="回执文件"
      extension=".bmr"
      button="导入回执"
      busy={imp.busy}
      error={imp.error?.message}
      run={async (path) => {
        const r = await imp.run({ path });
        return (
          r && { title: `上级单位已确认收到第 ${r.seq} 号数据包（${tableDateTime(r.acknowledgedAt)}）。` }
        );
      }}
    />
  );
}

export function OutgoingPanel() {
  const log = useLoad('exchange:outgoing', {}, ['exchange']);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ExportForm />
      <ReceiptImport />
      <Card size="small" title="报送记录">
        <ErrorNote message={log.error} />
        <Table<OutgoingView>
          size="small"
          rowKey={(r) => `${r.receiverCode}/${r.seq}`}
          pagination={false}
          dataSource={log.value ?? []}
          locale={{ emptyText: '尚无报送记录' }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 70 },
            { title: '报送给', dataIndex: 'receiverCode' },
            { title: '内容', render: (_, r) => EXCHANGE_PROFILE_LABELS[r.profile] },
            { title: '生成日期', render: (_, r) => tableDate(r.createdAt) },
            { title: '文件', dataIndex: 'fileName' },
            { title: '大小', render: (_, r) => sizeText(r.bytes) },
            {
              title: '回执',
              render: (_, r) =>
                r.acknowledgedAt ? (
                  <Tag color="green">已确认 {tableDate(r.acknowledgedAt)}</Tag>
                ) : (
                  <Tag color="orange">待回执</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
