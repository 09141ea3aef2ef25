// The forms of a 涉密会议 or 活动: the record, its approval, the art. 45 measures, the materials out and back.
import { Checkbox, Form, Input, Select } from 'antd';
import type { ChannelInput, MeetingView } from '../../../electron/ipc/contract';
import { LEVEL_LABELS, MEETING_KIND_LABELS } from '../../../db/domain/labels';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import {
  ActionModal,
  ApprovalFields,
  approvalInput,
  CarrierPicker,
  clean,
  DateItem,
  DepartmentSelect,
  ScanField,
  TextField,
  today,
  type ApprovalValues,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';

interface CreateValues extends Omit<ChannelInput<'committee:createMeeting'>, 'attendees'> {
  attendees: string;
}

export function CreateMeetingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionModal
      title="登记涉密会议或活动"
      channel="committee:createMeeting"
      open={open}
      onClose={onClose}
      toInput={(v: CreateValues) =>
        clean({
          ...v,
          attendees: (v.attendees ?? '')
            .split(/[，,、\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        }) as ChannelInput<'committee:createMeeting'>
      }
      initialValues={{ kind: 'meeting', level: 'secret', startsOn: today(), endsOn: today() }}
    >
      <div className="form-grid">
        <Form.Item name="kind" label="类别">
          <Select options={optionsOf(MEETING_KIND_LABELS)} />
        </Form.Item>
        <TextField name="name" label="名称" required />
        <Form.Item name="level" label="密级">
          <Select options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
        </Form.Item>
        <Form.Item
          name="hostDepartmentId"
          label="主办部门"
          rules={[{ required: true, message: '请选择主办部门' }]}
        >
          <DepartmentSelect />
        </Form.Item>
        <DateItem name="startsOn" label="开始日期" />
        <DateItem name="endsOn" label="结束日期" />
        <TextField name="place" label="地点" required />
      </div>
      <Form.Item
        name="attendees"
        label="知悉范围（参会人员，用顿号分隔）"
        rules={[{ required: true, message: '请填写参会人员' }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <TextField name="measures" label="保密方案/主要管理措施" area />
      <Form.Item name="planAttachmentId" label="保密方案/预案">
        <ScanField label="上传保密方案或预案" />
      </Form.Item>
    </ActionModal>
  );
}

export function ApproveMeetingModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  return (
    <ActionModal
      title={`涉密会议审批：${meeting.name}`}
      channel="committee:approveMeeting"
      onClose={onClose}
      fixed={{ meetingId: meeting.id }}
      toInput={(v: { approval?: ApprovalValues }) => ({
        meetingId: meeting.id,
        approval: approvalInput(v.approval) as ChannelInput<'committee:approveMeeting'>['approval'],
      })}
    >
      <ApprovalFields prefix="approval" kind="meeting" subjectId={String(meeting.id)} withDecision required />
    </ActionModal>
  );
}

export function MeasuresModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  return (
    <ActionModal
      title="保密措施落实（条例第四十五条）"
      channel="committee:meetingMeasures"
      onClose={onClose}
      fixed={{ meetingId: meeting.id }}
      initialValues={{
        venueCompliant: meeting.venueCompliant,
        identityChecked: meeting.identityChecked,
        educated: meeting.educated,
      }}
    >
      <Form.Item name="venueCompliant" valuePropName="checked">
        <Checkbox>场所和设备符合保密要求</Checkbox>
      </Form.Item>
      <Form.Item name="identityChecked" valuePropName="checked">
        <Checkbox>已核实参会人员身份</Checkbox>
      </Form.Item>
      <Form.Item name="educated" valuePropName="checked">
        <Checkbox>已进行保密教育</Checkbox>
      </Form.Item>
    </ActionModal>
  );
}

export function IssueModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  return (
    <ActionModal
      title={`发放会议材料：${meeting.name}`}
      channel="committee:issueMaterials"
      onClose={onClose}
      fixed={{ meetingId: meeting.id }}
      toInput={(v: { carrierId: number; copyNos: string; issuedTo: string; issuedOn: string }) => ({
        meetingId: meeting.id,
        carrierId: v.carrierId,
        copyNos: String(v.copyNos ?? '')
          .split(/[，,、\s]+/)
          .filter(Boolean)
          .map(Number),
        issuedTo: v.issuedTo,
        issuedOn: v.issuedOn,
      })}
      initialValues={{ issuedOn: today() }}
    >
      <Form.Item name="carrierId" label="载体" rules={[{ required: true, message: '请选择载体' }]}>
        <CarrierPicker />
      </Form.Item>
      <div className="form-grid">
        <TextField name="copyNos" label="份号（多个用顿号分隔）" required />
        <Form.Item name="issuedTo" label="领取人" rules={[{ required: true, message: '请填写领取人' }]}>
          <Select
            showSearch
            options={meeting.attendees.map((a) => ({ value: a, label: a }))}
            placeholder="参会人员"
          />
        </Form.Item>
        <DateItem name="issuedOn" label="发放日期" />
      </div>
    </ActionModal>
  );
}

export function CollectModal({
  meeting,
  ids,
  onClose,
}: {
  meeting: MeetingView;
  ids: number[];
  onClose: () => void;
}) {
  return (
    <ActionModal
      title={`收回会议材料（${ids.length} 份）：${meeting.name}`}
      channel="committee:collectMaterials"
      onClose={onClose}
      fixed={{ materialIds: ids }}
      initialValues={{ collectedOn: today() }}
    >
      <DateItem name="collectedOn" label="收回日期" />
    </ActionModal>
  );
}

export function CloseMeetingModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  return (
    <ActionModal
      title={`会议结束：${meeting.name}`}
      channel="committee:closeMeeting"
      onClose={onClose}
      fixed={{ meetingId: meeting.id }}
      toInput={clean}
      initialValues={{ closedOn: today() }}
    >
      <DateItem name="closedOn" label="结束日期" />
    </ActionModal>
  );
}
