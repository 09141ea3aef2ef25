// The bureau's notices to one unit, in its drawer (issue 25, point 6): each sent notice with whether the unit's
// packages show it received and, for a 整改通知, each finding's state as last reported; and the form that writes
// a new one — 整改通知, 离岗离职意见 or 备案回执 — to media for the unit.
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { NoticeKind, SentNoticeView } from '../../../electron/ipc/contract';
import {
  CHECK_AREA_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
  LEAVING_KIND_LABELS,
  NOTICE_KIND_LABELS,
  NOTICE_STATE_LABELS,
  OPINION_VERDICT_LABELS,
} from '../../../db/domain/labels';
import { CHECK_AREAS, FINDING_SEVERITIES, NOTICE_KINDS, OPINION_VERDICTS } from '../../../db/domain/vocab';
import { ErrorNote } from '../../components/ErrorNote';
import { PathInput } from '../../components/files/PathInput';
import { DateItem, NamesField, TextField, today } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { useChannel } from './useChannel';

const STATE_COLOR = { sent: 'orange', received: 'blue', rectifying: 'gold', answered: 'green' } as const;
const opts = <K extends string>(codes: readonly K[], labels: Record<K, string>) =>
  codes.map((k) => ({ value: k, label: labels[k] }));

function SentList({ unitCode }: { unitCode: string }) {
  const list = useLoad('exchange:sentNotices', { unitCode }, ['exchange']);
  return (
    <>
      <ErrorNote message={list.error} />
      <Table<SentNoticeView>
        size="small"
        rowKey="seq"
        pagination={false}
        dataSource={list.value ?? []}
        locale={{ emptyText: '尚未向该单位发送通知' }}
        expandable={{
          rowExpandable: (r) => r.items.length > 0,
          expandedRowRender: (r) => (
            <ol style={{ margin: 0 }}>
              {r.items.map((i) => (
                <li key={i.no}>
                  {i.what}
                  {i.deadline && ` · 期限 ${tableDate(i.deadline)}`}
                  {r.kind === 'rectification' &&
                    ` · ${i.state ? FINDING_STATE_LABELS[i.state] : '未见报送'}${i.rectifiedOn ? `（${tableDate(i.rectifiedOn)} 整改完成）` : ''}`}
                </li>
              ))}
            </ol>
          ),
        }}
        columns={[
          { title: '序号', render: (_, r) => `第 ${r.seq} 号`, width: 80 },
          { title: '类别', render: (_, r) => NOTICE_KIND_LABELS[r.kind] },
          { title: '标题', dataIndex: 'title' },
          { title: '发出日期', render: (_, r) => tableDate(r.createdAt) },
          {
            title: '回复情况',
            render: (_, r) => (
              <Tag color={STATE_COLOR[r.state]}>
                {NOTICE_STATE_LABELS[r.state]}
                {r.verdict ? `（${OPINION_VERDICT_LABELS[r.verdict]}）` : ''}
              </Tag>
            ),
          },
        ]}
      />
    </>
  );
}

/** The unit's reported records of one register, as options: id → what the bureau reads. */
function useReported(unitCode: string, register: string, label: (d: Record<string, unknown>) => string) {
  const r = useLoad('exchange:unitRecords', { unitCode, register, pageSize: 500 }, ['exchange']);
  return (r.value?.rows ?? []).map((x) => ({ value: x.recordId, label: label(x.data) }));
}

interface Values {
  title: string;
  outPath: string;
  checkedOn?: string;
  inspectors?: string;
  text?: string;
  findings?: { area: string; severity: string; what: string; requirement: string; deadline: string }[];
  leavingId?: string;
  verdict?: string;
  separationEndsOn?: string;
  persons?: string[];
  items?: string[];
}

function WriteForm({ unitCode }: { unitCode: string }) {
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<NoticeKind>('rectification');
  const write = useChannel('exchange:writeNotice');
  const [done, setDone] = useState<string | null>(null);
  const people = useReported(
    unitCode,
    'persons',
    (d) => `${String(d.name)}（${String(d.department ?? '')}）`,
  );
  const names = new Map(people.map((p) => [p.value, p.label]));
  const leavings = useReported(
    unitCode,
    'leaving_procedures',
    (d) =>
      `${names.get(String(d.person_id)) ?? `人员 ${String(d.person_id)}`} · ${LEAVING_KIND_LABELS[d.kind as keyof typeof LEAVING_KIND_LABELS] ?? ''} · ${String(d.started_on ?? '')} 起`,
  );
  const items = useReported(unitCode, 'classification_items', (d) => String(d.name ?? d.title ?? d.id));

  const contentOf = (v: Values) => {
    if (kind === 'rectification')
      return {
        kind,
        title: v.title,
        checkedOn: v.checkedOn ?? '',
        inspectors: v.inspectors ?? '',
        text: v.text ?? '',
        findings: v.findings ?? [],
      };
    if (kind === 'opinion')
      return {
        kind,
        title: v.title,
        leavingId: Number(v.leavingId),
        personName: leavings.find((l) => l.value === v.leavingId)?.label.split(' · ')[0] ?? '',
        verdict: v.verdict,
        ...(v.verdict === 'agree_extend' ? { separationEndsOn: v.separationEndsOn } : {}),
        text: v.text ?? '',
      };
    const label = (o: { value: string; label: string }[], id: string) =>
      o.find((x) => x.value === id)?.label.split('（')[0] ?? id;
    return {
      kind,
      title: v.title,
      ...(v.text ? { text: v.text } : {}),
      items: [
        ...(v.persons ?? []).map((id) => ({ register: 'persons', recordId: id, name: label(people, id) })),
        ...(v.items ?? []).map((id) => ({
          register: 'classification_items',
          recordId: id,
          name: label(items, id),
        })),
      ],
    };
  };

  return (
    <Card size="small" title="发送通知">
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ span: 4 }}
        wrapperCol={{ span: 16 }}
        initialValues={{ findings: [{ deadline: today() }], checkedOn: today() }}
        onFinish={async (v) => {
          setDone(null);
          const r = await write.run({
            unitCode,
            outPath: v.outPath ?? '',
            content: contentOf(v) as never,
          });
          if (r) {
            setDone(`第 ${r.seq} 号通知（${NOTICE_KIND_LABELS[r.kind]}）已写入 ${r.path}，请交该单位导入。`);
            form.resetFields();
          }
        }}
      >
        <Form.Item label="类别">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as NoticeKind)}>
            {NOTICE_KINDS.map((k) => (
              <Radio key={k} value={k}>
                {NOTICE_KIND_LABELS[k]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <TextField name="title" label="标题" required />
        {kind === 'rectification' && (
          <>
            <DateItem name="checkedOn" label="检查日期" required />
            <NamesField name="inspectors" label="检查人员" required />
            <TextField name="text" label="检查意见" required area />
            <Form.List name="findings">
              {(fields, { add, remove }) => (
                <Form.Item label="问题与整改要求">
                  {fields.map((f, i) => (
                    <Space key={f.key} align="start" wrap style={{ marginBottom: 4 }}>
                      <span>{i + 1}.</span>
                      <Form.Item name={[f.name, 'area']} noStyle rules={[{ required: true }]}>
                        <Select
                          aria-label={`问题 ${i + 1} 方面`}
                          placeholder="方面"
                          style={{ width: 150 }}
                          options={opts(CHECK_AREAS, CHECK_AREA_LABELS)}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'severity']} noStyle rules={[{ required: true }]}>
                        <Select
                          aria-label={`问题 ${i + 1} 性质`}
                          placeholder="性质"
                          style={{ width: 100 }}
                          options={opts(FINDING_SEVERITIES, FINDING_SEVERITY_LABELS)}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'what']} noStyle>
                        <Input aria-label={`问题 ${i + 1}`} placeholder="问题" style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'requirement']} noStyle>
                        <Input
                          aria-label={`问题 ${i + 1} 整改要求`}
                          placeholder="整改要求"
                          style={{ width: 180 }}
                        />
                      </Form.Item>
                      <DateItem name={[f.name, 'deadline']} label={`问题 ${i + 1} 整改期限`} />
                      {fields.length > 1 && <Button onClick={() => remove(f.name)}>删除</Button>}
                    </Space>
                  ))}
                  <Button onClick={() => add({ deadline: today() })}>添加问题</Button>
                </Form.Item>
              )}
            </Form.List>
          </>
        )}
        {kind === 'opinion' && (
          <>
            <Form.Item name="leavingId" label="离岗离职手续" rules={[{ required: true, message: '请选择' }]}>
              <Select
                aria-label="离岗离职手续"
                options={leavings}
                placeholder="该单位报送的离岗离职手续"
                notFoundContent="该单位尚未报送离岗离职手续"
              />
            </Form.Item>
            <Form.Item name="verdict" label="意见" rules={[{ required: true, message: '请选择意见' }]}>
              <Radio.Group options={opts(OPINION_VERDICTS, OPINION_VERDICT_LABELS)} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('verdict') === 'agree_extend' && (
                  <DateItem name="separationEndsOn" label="脱密期延长至" required />
                )
              }
            </Form.Item>
            <TextField name="text" label="意见内容" required area />
          </>
        )}
        {kind === 'filing' && (
          <>
            <Form.Item name="persons" label="涉密人员">
              <Select aria-label="备案的涉密人员" mode="multiple" options={people} optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="items" label="定密事项">
              <Select aria-label="备案的定密事项" mode="multiple" options={items} optionFilterProp="label" />
            </Form.Item>
            <TextField name="text" label="说明" area />
          </>
        )}
        <Form.Item
          name="outPath"
          label="保存位置"
          extra="介质上的文件夹；通知已签名并加密，只有该单位能打开。"
        >
          <PathInput use="notice" mode="folder" aria-label="通知保存位置" />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 4 }}>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={write.busy}>
            生成通知并写入介质
          </Button>
        </Form.Item>
      </Form>
      <ErrorNote message={write.error?.message} />
      {done && <Alert type="success" showIcon title={done} />}
    </Card>
  );
}

export function UnitNotices({ unitCode }: { unitCode: string }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <SentList unitCode={unitCode} />
      <WriteForm unitCode={unitCode} />
    </Space>
  );
}
