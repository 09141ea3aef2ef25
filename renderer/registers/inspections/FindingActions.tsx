// The next step of a finding, from its drawer: 下达整改 → 开始整改 → 整改完成 → 验收 (by someone else).
import { Button, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { FindingView } from '../../../electron/ipc/contract';
import { FINDING_SEVERITY_LABELS, FINDING_STATE_LABELS } from '../../../db/domain/labels';
import {
  ActionModal,
  clean,
  DateItem,
  DepartmentSelect,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';
import { ScanField } from '../../components/forms';

type Dialog = 'assign' | 'start' | 'submit' | 'verify' | null;

export function FindingStateTag({ f }: { f: Pick<FindingView, 'state' | 'overdueDays'> }) {
  const color =
    f.state === 'overdue'
      ? 'red'
      : f.state === 'closed'
        ? 'green'
        : f.state === 'to_verify'
          ? 'blue'
          : undefined;
  return (
    <Tag color={color}>
      {FINDING_STATE_LABELS[f.state]}
      {f.state === 'overdue' ? ` ${f.overdueDays} 天` : ''}
    </Tag>
  );
}

export function FindingActions({ f }: { f: FindingView }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const fixed = { findingId: f.id };
  return (
    <>
      <Space wrap>
        {f.status === 'pending' ? (
          <Button type={f.responsiblePersonId ? 'default' : 'primary'} onClick={() => setDialog('assign')}>
            下达整改
          </Button>
        ) : null}
        {f.status === 'pending' && f.responsiblePersonId ? (
          <Button type="primary" onClick={() => setDialog('start')}>
            开始整改
          </Button>
        ) : null}
        {f.status === 'rectifying' ? (
          <Button type="primary" onClick={() => setDialog('submit')}>
            整改完成，提交验收
          </Button>
        ) : null}
        {f.status === 'to_verify' ? (
          <Button type="primary" onClick={() => setDialog('verify')}>
            验收
          </Button>
        ) : null}
      </Space>
      <ActionModal
        title="下达整改"
        channel="inspections:assign"
        toInput={clean}
        open={dialog === 'assign'}
        onClose={close}
        fixed={fixed}
        initialValues={{
          severity: f.severity,
          departmentId: f.departmentId ?? undefined,
          responsiblePersonId: f.responsiblePersonId ?? undefined,
          requirement: f.requirement ?? undefined,
          deadline: f.deadline ?? undefined,
        }}
        intro={<p>问题：{f.what}</p>}
      >
        <Form.Item name="severity" label="严重程度">
          <Radio.Group options={optionsOf(FINDING_SEVERITY_LABELS)} />
        </Form.Item>
        <Form.Item name="departmentId" label="责任部门">
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="responsiblePersonId" label="整改责任人">
          <PersonPicker aria-label="整改责任人" />
        </Form.Item>
        <TextField name="requirement" label="整改要求" area required />
        <DateItem
          name="deadline"
          label={f.inspectionKind === 'superior' ? '整改期限（上级检查必填）' : '整改期限'}
        />
      </ActionModal>
      <ActionModal
        title="开始整改"
        channel="inspections:start"
        open={dialog === 'start'}
        onClose={close}
        fixed={fixed}
        initialValues={{ startedOn: today() }}
      >
        <DateItem name="startedOn" label="开始日期" />
      </ActionModal>
      <ActionModal
        title="整改完成，提交验收"
        channel="inspections:submit"
        open={dialog === 'submit'}
        onClose={close}
        fixed={fixed}
        initialValues={{ rectifiedOn: today(), rectifiedById: f.responsiblePersonId ?? undefined }}
      >
        <DateItem name="rectifiedOn" label="完成日期" />
        <Form.Item name="rectifiedById" label="整改人">
          <PersonPicker aria-label="整改人" />
        </Form.Item>
        <TextField name="rectification" label="整改情况" area required />
      </ActionModal>
      <ActionModal
        title="整改验收"
        channel="inspections:verify"
        open={dialog === 'verify'}
        onClose={close}
        fixed={fixed}
        initialValues={{ verifiedOn: today(), passed: true }}
        intro={
          <p>
            整改情况：{f.rectification}（整改人：{f.rectifiedBy}）。验收人不能是整改责任人或整改人。
          </p>
        }
      >
        <Form.Item name="verifierId" label="验收人">
          <PersonPicker aria-label="验收人" />
        </Form.Item>
        <DateItem name="verifiedOn" label="验收日期" />
        <Form.Item name="passed" label="验收结论">
          <Select
            style={{ width: 160 }}
            options={[
              { value: true, label: '通过' },
              { value: false, label: '不通过，退回整改' },
            ]}
          />
        </Form.Item>
        <Form.Item name="evidence" label="验收依据" rules={[{ required: true, message: '请填写验收依据' }]}>
          <Input.TextArea rows={2} placeholder="现场复查、整改材料、制度文本等" />
        </Form.Item>
        <Form.Item name="evidenceAttachmentId" label="验收材料扫描件">
          <ScanField label="上传扫描件" />
        </Form.Item>
      </ActionModal>
    </>
  );
}
