// 保密津贴: the statements per month and department (with changes and deductions), the rates by clearance
// (a unit setting), and the printable 津贴发放表.
import { MinusCircleOutlined, PlusOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { AllowanceStatementRow, ChannelInput } from '../../../electron/ipc/contract';
import { ActionModal, clean, DepartmentSelect, PersonPicker, thisMonth } from '../../components/forms';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDateTime } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useAllowance } from '../../stores/allowance.store';
import { yuan } from '../persons/personLabels';
import { SettingsModal } from '../persons/SettingsModal';
import { ALLOWANCE_STATUS_LABELS } from '../../../db/domain/labels';
import { Chip } from '../../components/Chip';

const COLUMNS: RegisterColumn<AllowanceStatementRow>[] = [
  { key: 'period', title: '发放月份', width: 100, render: (s) => s.period },
  { key: 'department', title: '部门', width: 140, render: (s) => s.department ?? '全单位' },
  { key: 'lines', title: '人数', width: 70, align: 'right', render: (s) => s.people },
  { key: 'totalDue', title: '应发（元）', width: 110, align: 'right', render: (s) => yuan(s.totalDue) },
  {
    key: 'totalDeducted',
    title: '扣发（元）',
    width: 110,
    align: 'right',
    render: (s) => yuan(s.totalDeducted),
  },
  { key: 'totalPaid', title: '实发（元）', width: 110, align: 'right', render: (s) => yuan(s.totalPaid) },
  {
    key: 'status',
    title: '状态',
    width: 80,
    render: (s) => (
      <Chip color={s.status === 'final' ? 'green' : undefined}>{ALLOWANCE_STATUS_LABELS[s.status]}</Chip>
    ),
  },
  { key: 'createdAt', title: '生成时间', width: 140, render: (s) => tableDateTime(s.createdAt) },
  {
    key: 'print',
    title: '',
    width: 90,
    render: (s) => (
      <Button size="small" icon={<PrinterOutlined />} onClick={() => navigate(`print/allowance/${s.id}`)}>
        打印
      </Button>
    ),
  },
];

export function AllowanceRegister() {
  const [dialog, setDialog] = useState<'create' | 'settings' | null>(null);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        保密津贴
      </Typography.Title>
      <RegisterTable<AllowanceStatementRow>
        registerId="allowance"
        columns={COLUMNS}
        rowKey={(s) => s.id}
        store={useAllowance}
        emptyText="尚未生成津贴发放表。先在「津贴标准」中确认各涉密等级的标准，再点击「生成发放表」。"
        onOpen={(s) => navigate(`print/allowance/${s.id}`)}
        toolbar={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
              生成发放表
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => setDialog('settings')}>
              津贴标准
            </Button>
          </>
        }
      />
      <ActionModal
        title="生成保密津贴发放表"
        channel="allowance:create"
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onDone={(s) => navigate(`print/allowance/${s.id}`)}
        toInput={(v: ChannelInput<'allowance:create'>) => clean(v)}
        initialValues={{ period: thisMonth(), final: false, deductions: [] }}
        width={760}
      >
        <div className="form-grid">
          <Form.Item name="period" label="发放月份">
            <Input placeholder="如 2026-12（年-月）" />
          </Form.Item>
          <Form.Item name="departmentId" label="部门（不选为全单位）">
            <DepartmentSelect allowClear placeholder="全单位" />
          </Form.Item>
        </div>
        <Typography.Text>扣发</Typography.Text>
        <Form.List name="deductions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="form-grid" style={{ gridTemplateColumns: '1.4fr 1fr 2fr 24px' }}>
                  <Form.Item name={[f.name, 'personId']} label="人员">
                    <PersonPicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount']} label="扣发金额（元）">
                    <InputNumber min={0.01} step={10} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} label="扣发原因">
                    <Input />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除扣发" onClick={() => remove(f.name)} />
                </div>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                添加扣发
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label="备注" style={{ marginTop: 8 }}>
          <Input />
        </Form.Item>
        <Form.Item name="final" valuePropName="checked">
          <Checkbox>定稿（定稿后不能重新生成）</Checkbox>
        </Form.Item>
      </ActionModal>
      <SettingsModal open={dialog === 'settings'} onClose={() => setDialog(null)} />
    </div>
  );
}
