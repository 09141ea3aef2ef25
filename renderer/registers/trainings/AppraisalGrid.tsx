// 年度考核 for a whole department in one grid: the shared particulars once, a result (and score) per person;
// saved in one write, so a refusal on one row (a second 年度考核 of the year) records none and names the row.
import { Alert, Button, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AppraisalKind, AppraisalResult, MatrixRow } from '../../../electron/ipc/contract';
import { APPRAISAL_KIND_LABELS, APPRAISAL_RESULT_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { DepartmentSelect, today } from '../../components/forms';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { DateInput } from '../../components/forms';

type Line = { result?: AppraisalResult; score?: number | null; remarks?: string };

export function AppraisalGrid({ year }: { year: number }) {
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [kind, setKind] = useState<AppraisalKind>('annual');
  const [appraiser, setAppraiser] = useState('保密委员会');
  const [on, setOn] = useState(today());
  const [lines, setLines] = useState<Map<number, Line>>(new Map());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const people = useLoad(
    'trainings:matrix',
    departmentId ? { year, departmentId, page: 1, pageSize: 500, underFloorOnly: false } : null,
    ['persons'],
  ).value;
  const set = (id: number, l: Line) => setLines((old) => new Map(old).set(id, { ...old.get(id), ...l }));
  const rows = people?.rows ?? [];
  const save = async () => {
    const picked = rows.filter((r) => lines.get(r.personId)?.result);
    if (!picked.length) return setMessage({ ok: false, text: '请至少为一人选择考核结果。' });
    const r = await call('trainings:appraiseGrid', {
      kind,
      year,
      appraisedOn: on,
      appraiser,
      lines: picked.map((p) => {
        const l = lines.get(p.personId) ?? {};
        return {
          personId: p.personId,
          result: l.result as AppraisalResult,
          ...(typeof l.score === 'number' ? { score: l.score } : {}),
          ...(l.remarks ? { remarks: l.remarks } : {}),
        };
      }),
    });
    setMessage(
      r.ok
        ? { ok: true, text: `已登记 ${r.value.recorded} 人的考核结果。` }
        : { ok: false, text: r.error.message },
    );
  };
  return (
    <div>
      <Form layout="inline" style={{ marginBottom: 8, rowGap: 8 }}>
        <Form.Item label="部门">
          <DepartmentSelect
            value={departmentId}
            onChange={(d) => {
              setDepartmentId(d);
              setLines(new Map());
            }}
          />
        </Form.Item>
        <Form.Item label="考核类别">
          <Select<AppraisalKind>
            style={{ width: 170 }}
            value={kind}
            onChange={setKind}
            options={optionsOf(APPRAISAL_KIND_LABELS)}
          />
        </Form.Item>
        <Form.Item label="考核日期">
          <DateInput
            aria-label="考核日期"
            value={on}
            onChange={(v) => setOn(v ?? '')}
            style={{ width: 150 }}
          />
        </Form.Item>
        <Form.Item label="考核人">
          <Input value={appraiser} onChange={(e) => setAppraiser(e.target.value)} style={{ width: 130 }} />
        </Form.Item>
        <Space>
          <Button
            onClick={() => rows.forEach((r) => set(r.personId, { result: 'pass' }))}
            disabled={!rows.length}
          >
            全部合格
          </Button>
          <Button type="primary" onClick={() => void save()} disabled={!rows.length}>
            保存考核结果
          </Button>
        </Space>
      </Form>
      {message ? (
        <Alert
          type={message.ok ? 'success' : 'error'}
          showIcon
          message={message.text}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Table<MatrixRow>
        size="small"
        rowKey="personId"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: departmentId ? '该部门没有在岗涉密人员。' : '请选择部门。' }}
        scroll={{ y: 'calc(100vh - 360px)' }}
        columns={[
          { key: 'name', title: '姓名', width: 90, render: (_, r) => r.name },
          {
            key: 'training',
            title: '本年培训',
            width: 90,
            render: (_, r) => <Tag color={r.underFloor ? 'red' : 'green'}>{r.sessions} 次</Tag>,
          },
          {
            key: 'result',
            title: '考核结果',
            width: 150,
            render: (_, r) => (
              <Select<AppraisalResult>
                aria-label={`${r.name} 考核结果`}
                size="small"
                style={{ width: 130 }}
                value={lines.get(r.personId)?.result}
                onChange={(v) => set(r.personId, { result: v })}
                options={optionsOf(APPRAISAL_RESULT_LABELS)}
              />
            ),
          },
          {
            key: 'score',
            title: '笔试成绩',
            width: 100,
            render: (_, r) => (
              <InputNumber
                aria-label={`${r.name} 笔试成绩`}
                size="small"
                min={0}
                max={100}
                value={lines.get(r.personId)?.score ?? null}
                onChange={(v) => set(r.personId, { score: v })}
              />
            ),
          },
          {
            key: 'remarks',
            title: '备注',
            render: (_, r) => (
              <Input
                size="small"
                aria-label={`${r.name} 备注`}
                value={lines.get(r.personId)?.remarks ?? ''}
                onChange={(e) => set(r.personId, { remarks: e.target.value })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
