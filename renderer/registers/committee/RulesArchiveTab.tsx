// 保密制度 (the unit's rules, in force or repealed, printable as 保密制度清单) and 保密工作档案 (documents kept
// as encrypted attachments, by year and kind). Archiving: upload the file, then name it.
import { Button, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AttachmentView } from '../../../electron/ipc/contract';
import { ARCHIVE_KIND_LABELS } from '../../../db/domain/labels';
import { ActionModal, clean, DateItem, TextField, today } from '../../components/forms';
import { ScanUpload } from '../../components/ScanUpload';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';

const SHOWS = ['committee', 'attachments'] as const;

export function RulesArchiveTab() {
  const rules = useLoad('committee:rules', { includeRepealed: true }, SHOWS).value ?? [];
  const [year, setYear] = useState<number | undefined>(undefined);
  const archive = useLoad(
    'committee:archive',
    { pageSize: 500, ...(year ? { year } : {}) },
    SHOWS,
    true,
  ).value;
  const [adding, setAdding] = useState(false);
  const [repeal, setRepeal] = useState<number | null>(null);
  const [file, setFile] = useState<AttachmentView | null>(null);
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>保密制度</Typography.Text>
        <Button type="primary" onClick={() => setAdding(true)}>
          登记制度
        </Button>
        <Button onClick={() => navigate('print/rule-list')}>打印保密制度清单</Button>
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rules}
        locale={{ emptyText: '尚未登记保密制度。' }}
        columns={[
          { title: '制度名称', dataIndex: 'name' },
          { title: '文号', dataIndex: 'docNo' },
          { title: '生效日期', render: (_, r) => tableDate(r.effectiveOn) },
          {
            title: '废止',
            render: (_, r) =>
              r.repealedOn ? (
                tableDate(r.repealedOn)
              ) : (
                <Button size="small" onClick={() => setRepeal(r.id)}>
                  废止
                </Button>
              ),
          },
        ]}
      />
      <Space style={{ margin: '16px 0 8px' }}>
        <Typography.Text strong>保密工作档案</Typography.Text>
        <InputNumber
          aria-label="档案年度"
          placeholder="全部年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
        />
        <ScanUpload label="上传档案文件" onUploaded={setFile} />
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={archive?.rows ?? []}
        locale={{ emptyText: '尚无归档文件。' }}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '类别', render: (_, a) => ARCHIVE_KIND_LABELS[a.kind] },
          { title: '标题', dataIndex: 'title' },
          { title: '文件', dataIndex: 'fileName' },
        ]}
      />
      <ActionModal
        title="登记保密制度"
        channel="committee:addRule"
        open={adding}
        onClose={() => setAdding(false)}
        toInput={clean}
        initialValues={{ effectiveOn: today() }}
      >
        <TextField name="name" label="制度名称" required />
        <div className="form-grid">
          <TextField name="docNo" label="文号" />
          <DateItem name="effectiveOn" label="生效日期" />
        </div>
      </ActionModal>
      {repeal ? (
        <ActionModal
          title="废止保密制度"
          channel="committee:repealRule"
          onClose={() => setRepeal(null)}
          fixed={{ ruleId: repeal }}
          initialValues={{ repealedOn: today() }}
        >
          <DateItem name="repealedOn" label="废止日期" />
        </ActionModal>
      ) : null}
      {file ? (
        <ActionModal
          title={`归档：${file.fileName}`}
          channel="committee:addArchive"
          onClose={() => setFile(null)}
          fixed={{ attachmentId: file.id }}
          initialValues={{
            year: Number(today().slice(0, 4)),
            kind: 'document',
            title: file.fileName.replace(/\.[^.]+$/, ''),
          }}
        >
          <div className="form-grid">
            <Form.Item name="year" label="年度">
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="kind" label="类别">
              <Select options={optionsOf(ARCHIVE_KIND_LABELS)} />
            </Form.Item>
          </div>
          <TextField name="title" label="标题" required />
        </ActionModal>
      ) : null}
    </div>
  );
}
