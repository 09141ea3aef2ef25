// The forms of a 要害部门部位: 申报 with its 人防/物防/技防, 审定, 撤销, 出入登记, 值班 and 安全设施检查.
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { ChannelInput, KeySiteView } from '../../../electron/ipc/contract';
import {
  KEY_SITE_KIND_LABELS,
  LEVEL_LABELS,
  PROTECTION_CATEGORY_LABELS,
  SITE_CHECK_RESULT_LABELS,
} from '../../../db/domain/labels';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  clean,
  DateItem,
  DepartmentSelect,
  NameField,
  nowMinute,
  PersonPicker,
  TextField,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

export function ProposeSiteModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="申报要害部门部位"
      channel="key_sites:propose"
      open={open}
      onClose={onClose}
      toInput={clean}
      width={780}
      initialValues={{
        kind: 'place',
        level: 'secret',
        proposedOn: today(),
        checkEveryDays: 90,
        protections: [{ category: 'physical', item: '保险柜', quantity: 1 }],
      }}
    >
      <div className="form-grid">
        <Form.Item name="kind" label="类别">
          <Select options={optionsOf(KEY_SITE_KIND_LABELS)} />
        </Form.Item>
        <TextField name="name" label="名称" required />
        <Form.Item name="level" label="涉密等级">
          <Select options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
        </Form.Item>
        <Form.Item
          name="managerPersonId"
          label="负责人"
          rules={[{ required: true, message: '请选择负责人' }]}
        >
          <PersonPicker />
        </Form.Item>
        <Form.Item name="departmentId" label="主管部门">
          <DepartmentSelect allowClear />
        </Form.Item>
        <TextField name="location" label="位置" />
        <TextField name="phone" label="电话" />
        <Form.Item name="staffCount" label="在编人员数">
          <InputNumber min={0} />
        </Form.Item>
        <DateItem name="proposedOn" label="申报日期" />
        <Form.Item name="checkEveryDays" label="安全设施检查周期（天）">
          <InputNumber min={1} max={366} />
        </Form.Item>
      </div>
      <Form.Item
        name="reason"
        label="申报理由（涉密工作事项及范围）"
        rules={[{ required: true, message: '请填写申报理由' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <ProtectionList />
    </ActionModal>
  );
}

/** 人防/物防/技防 as rows: category, item, quantity. */
export function ProtectionList() {
  return (
    <Form.List name="protections">
      {(fields, { add, remove }) => (
        <div>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'category']} label="防护类别">
                <Select style={{ width: 120 }} options={optionsOf(PROTECTION_CATEGORY_LABELS)} />
              </Form.Item>
              <Form.Item name={[f.name, 'item']} label="措施">
                <Input style={{ width: 180 }} placeholder="保险柜、门禁、监控、报警…" />
              </Form.Item>
              <Form.Item name={[f.name, 'quantity']} label="数量" initialValue={1}>
                <InputNumber min={1} style={{ width: 80 }} />
              </Form.Item>
              <Button onClick={() => remove(f.name)}>删除</Button>
            </Space>
          ))}
          <Button onClick={() => add({ category: 'technical', quantity: 1 })}>增加防护措施</Button>
        </div>
      )}
    </Form.List>
  );
}

export function ProtectionsModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`防护措施：${site.name}`}
      channel="key_sites:protections"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      toInput={clean}
      initialValues={{
        protections: site.protections.map(({ category, item, quantity }) => ({ category, item, quantity })),
      }}
    >
      <ProtectionList />
    </ActionModal>
  );
}

export function ApproveSiteModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`保密委员会审定：${site.name}`}
      channel="key_sites:approve"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      toInput={(v: { approval?: ApprovalValues }) => ({
        siteId: site.id,
        approval: approvalInput(v.approval) as ChannelInput<'key_sites:approve'>['approval'],
      })}
    >
      <ApprovalFields
        prefix="approval"
        kind="key_site"
        subjectId={String(site.id)}
        withDecision
        title="审定意见"
        required
      />
    </ActionModal>
  );
}

export function RevokeSiteModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`撤销要害部门部位：${site.name}`}
      channel="key_sites:revoke"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      initialValues={{ revokedOn: today() }}
      toInput={(v: { revokedOn: string; revokedBy: string; reason: string; approval?: ApprovalValues }) => ({
        siteId: site.id,
        revokedOn: v.revokedOn,
        revokedBy: v.revokedBy,
        reason: v.reason,
        approval: approvalInput(v.approval) as ChannelInput<'key_sites:revoke'>['approval'],
      })}
    >
      <div className="form-grid">
        <DateItem name="revokedOn" label="撤销日期" />
        <NameField name="revokedBy" label="撤销决定人" source="persons" required />
      </div>
      <TextField name="reason" label="撤销原因" required area />
      <ApprovalFields
        prefix="approval"
        kind="key_site"
        subjectId={String(site.id)}
        title="保密委员会意见"
        required
      />
    </ActionModal>
  );
}

export function VisitInModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`出入登记（进入）：${site.name}`}
      channel="key_sites:visitIn"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      toInput={clean}
      initialValues={{ inAt: nowMinute() }}
    >
      <div className="form-grid">
        <TextField name="visitorName" label="来访人姓名" required />
        <TextField name="visitorOrg" label="来访人单位" />
        <TextField name="purpose" label="事由" required />
        <NameField name="escortName" label="陪同人" source="persons" required />
        <DateItem name="inAt" label="进入时间" time />
      </div>
    </ActionModal>
  );
}

export function VisitOutModal({
  visitId,
  name,
  onClose,
}: {
  visitId: number;
  name: string;
  onClose: () => void;
}) {
  return (
    <ActionModal
      title={`出入登记（离开）：${name}`}
      channel="key_sites:visitOut"
      onClose={onClose}
      fixed={{ visitId }}
      initialValues={{ outAt: nowMinute() }}
    >
      <DateItem name="outAt" label="离开时间" time />
    </ActionModal>
  );
}

export function DutyModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`值班登记：${site.name}`}
      channel="key_sites:duty"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      toInput={clean}
      initialValues={{ dutyOn: today() }}
    >
      <div className="form-grid">
        <DateItem name="dutyOn" label="值班日期" />
        <NameField name="personName" label="值班人" source="persons" required />
        <TextField name="shift" label="班次" />
      </div>
    </ActionModal>
  );
}

export function CheckModal({ site, onClose }: { site: KeySiteView; onClose: () => void }) {
  return (
    <ActionModal
      title={`安全设施检查：${site.name}`}
      channel="key_sites:check"
      onClose={onClose}
      fixed={{ siteId: site.id }}
      toInput={clean}
      initialValues={{ checkedOn: today(), result: 'ok' }}
    >
      <div className="form-grid">
        <DateItem name="checkedOn" label="检查日期" />
        <NameField name="checker" label="检查人" source="persons" required />
        <Form.Item name="result" label="检查结果">
          <Select options={optionsOf(SITE_CHECK_RESULT_LABELS)} />
        </Form.Item>
      </div>
      <TextField name="findings" label="发现的问题" area />
    </ActionModal>
  );
}
