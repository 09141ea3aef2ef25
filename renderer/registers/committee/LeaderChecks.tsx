// 领导干部履行保密工作责任制情况检查表 of a year, beside the departments' 责任书: who was checked, the 评价, and
// the sheet to print; a sheet is filled item by item of the 责任制 (each rated, a shortfall explained).
import { Button, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { LeaderCheckView } from '../../../electron/ipc/contract';
import { DUTY_RATING_LABELS, LEADER_DUTY_LABELS, LEADER_GRADE_LABELS } from '../../../db/domain/labels';
import { LEADER_DUTIES } from '../../../db/domain/vocab';
import { ActionModal, DateItem, NameField, PersonPicker, TextField, today } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';

const SHOWS = ['committee', 'persons', 'departments'] as const;

/** The 责任制 items as the form's rows: one rating and one note each, in the sheet's order. */
function DutyRows() {
  return (
    <table className="leader-duties" style={{ width: '100%', marginBottom: 12 }}>
      <tbody>
        {LEADER_DUTIES.map((duty, i) => (
          <tr key={duty}>
            <td style={{ width: '42%', verticalAlign: 'top', paddingTop: 6 }}>
              {i + 1}. {LEADER_DUTY_LABELS[duty]}
              <Form.Item name={['items', i, 'duty']} hidden initialValue={duty}>
                <Input />
              </Form.Item>
            </td>
            <td style={{ verticalAlign: 'top' }}>
              <Form.Item name={['items', i, 'rating']} style={{ marginBottom: 4 }}>
                <Radio.Group
                  aria-label={`落实情况：${LEADER_DUTY_LABELS[duty]}`}
                  options={optionsOf(DUTY_RATING_LABELS)}
                />
              </Form.Item>
              <Form.Item name={['items', i, 'note']} style={{ marginBottom: 8 }}>
                <Input
                  aria-label={`说明：${LEADER_DUTY_LABELS[duty]}`}
                  placeholder="未全部落实的，写明存在的问题"
                />
              </Form.Item>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SheetFields() {
  return (
    <>
      <DutyRows />
      <div className="form-grid">
        <Form.Item name="grade" label="总体评价">
          <Select aria-label="总体评价" options={optionsOf(LEADER_GRADE_LABELS)} />
        </Form.Item>
        <NameField name="checker" label="检查人" source="persons" required />
        <DateItem name="checkedOn" label="检查日期" />
      </div>
      <TextField name="comment" label="评价意见" area />
    </>
  );
}

type Dialog = { kind: 'new' } | { kind: 'revise'; check: LeaderCheckView } | null;

export function LeaderChecks({ year }: { year: number }) {
  const rows = useLoad('committee:leaderChecks', { year }, SHOWS, true).value ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <section style={{ marginTop: 16 }} aria-label="领导干部履行保密工作责任制情况检查">
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{year}年度领导干部履行保密工作责任制情况检查</Typography.Text>
        <Button onClick={() => setDialog({ kind: 'new' })}>登记责任制检查</Button>
      </Space>
      <Table<LeaderCheckView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '本年度尚未登记领导干部责任制检查' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '部门', dataIndex: 'department' },
          { title: '职务', dataIndex: 'post' },
          {
            title: '未全部落实的事项',
            render: (_, c) => c.items.filter((x) => x.rating !== 'done').length || '无',
          },
          { title: '总体评价', render: (_, c) => LEADER_GRADE_LABELS[c.grade] },
          { title: '检查人', dataIndex: 'checker' },
          { title: '检查日期', render: (_, c) => tableDate(c.checkedOn) },
          {
            title: '操作',
            render: (_, c) => (
              <Space>
                <Button size="small" onClick={() => navigate(`print/leader-check/${c.id}`)}>
                  打印检查表
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'revise', check: c })}>
                  更正
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'new' ? (
        <ActionModal
          title={`${year}年度领导干部履行保密工作责任制情况检查`}
          channel="committee:checkLeader"
          onClose={close}
          width={860}
          fixed={{ year }}
          initialValues={{ checkedOn: today() }}
        >
          <div className="form-grid">
            <Form.Item
              name="personId"
              label="领导干部"
              rules={[{ required: true, message: '请选择领导干部' }]}
            >
              <PersonPicker aria-label="领导干部" />
            </Form.Item>
            <TextField name="post" label="职务" required />
          </div>
          <SheetFields />
        </ActionModal>
      ) : null}
      {dialog?.kind === 'revise' ? (
        <ActionModal
          title={`更正检查表：${dialog.check.name}（${dialog.check.year}年度）`}
          channel="committee:reviseLeaderCheck"
          onClose={close}
          width={860}
          fixed={{ checkId: dialog.check.id }}
          initialValues={{
            post: dialog.check.post,
            items: dialog.check.items.map((x) => ({ ...x, note: x.note ?? undefined })),
            grade: dialog.check.grade,
            comment: dialog.check.comment ?? undefined,
            checker: dialog.check.checker,
            checkedOn: dialog.check.checkedOn,
          }}
        >
          <TextField name="post" label="职务" required />
          <SheetFields />
        </ActionModal>
      ) : null}
    </section>
  );
}
