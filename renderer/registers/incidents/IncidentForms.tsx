// The forms of an incident: the record (泄密事件报告登记表), a report of art. 61, an entry added afterwards.
import { Form, Select } from 'antd';
import type { ChannelInput, IncidentEntryKind, IncidentView } from '../../../electron/ipc/contract';
import {
  INCIDENT_ENTRY_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_NATURE_LABELS,
  LEVEL_LABELS,
  REPORT_METHOD_LABELS,
  REPORT_RECIPIENT_LABELS,
  RESPONSIBLE_UNIT_NATURE_LABELS,
} from '../../../db/domain/labels';
import { NATIONAL_LEVELS } from '../../../db/domain/vocab';
import {
  ActionModal,
  clean,
  DateItem,
  DepartmentSelect,
  FormGroup,
  NameField,
  nowMinute,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { optionsOf } from '../../i18n/labels';
import { ScanField } from '../../components/forms';

/** The record's fields, for opening an incident and for changing it before the first report. */
export function RecordFields() {
  return (
    <>
      <TextField name="title" label="事件名称" required />
      <Form.Item name="kind" label="事件类型">
        <Select style={{ width: 200 }} options={optionsOf(INCIDENT_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="departmentId" label="填报部门">
        <DepartmentSelect allowClear />
      </Form.Item>
      <FormGroup title="发现过程">
        <DateItem name="discoveredAt" label="发现时间" time />
        <TextField name="discoveredPlace" label="发现地点" required />
        <NameField name="discoveredBy" label="发现人" source="persons" required />
        <TextField name="discoveredByTitle" label="发现人职务" />
        <TextField name="discoveryHow" label="发现经过" area required />
      </FormGroup>
      <FormGroup title="基本情况">
        <NameField name="party" label="当事人" source="persons" />
        <TextField name="partyTitle" label="当事人职务" />
        <DateItem name="occurredAt" label="发生时间" time />
        <TextField name="occurredPlace" label="发生地点" />
        <TextField name="method" label="泄密(违规)方式" />
        <Form.Item name="level" label="涉及密级">
          <Select allowClear style={{ width: 160 }} options={optionsOf(LEVEL_LABELS, NATIONAL_LEVELS)} />
        </Form.Item>
        <TextField name="summary" label="简要情况" area required />
      </FormGroup>
    </>
  );
}

export function OpenIncidentModal({
  onClose,
  onDone,
  initial,
  links = [],
}: {
  onClose: () => void;
  onDone?: (i: IncidentView) => void;
  initial?: Partial<ChannelInput<'incidents:open'>>;
  links?: ChannelInput<'incidents:open'>['links'];
}) {
  return (
    <ActionModal
      title="登记泄密事件/违规"
      channel="incidents:open"
      toInput={clean}
      onClose={onClose}
      onDone={onDone}
      fixed={{ links }}
      initialValues={{ kind: 'possible_leak', discoveredAt: nowMinute(), ...initial }}
      intro={<p>自发现时起24小时内须向同级保密行政管理部门和上级主管部门报告（实施条例第六十一条）。</p>}
    >
      <RecordFields />
    </ActionModal>
  );
}

export function ReportModal({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  return (
    <ActionModal
      title="登记报告"
      channel="incidents:report"
      toInput={clean}
      onClose={onClose}
      fixed={{ incidentId }}
      initialValues={{ reportedAt: nowMinute(), method: 'written' }}
    >
      <Form.Item name="recipient" label="报告对象">
        <Select style={{ width: 240 }} options={optionsOf(REPORT_RECIPIENT_LABELS)} />
      </Form.Item>
      <TextField name="recipientName" label="接收单位(人)" required />
      <DateItem name="reportedAt" label="报告时间" time />
      <Form.Item name="method" label="报告方式">
        <Select style={{ width: 160 }} options={optionsOf(REPORT_METHOD_LABELS)} />
      </Form.Item>
      <NameField name="reportedBy" label="报告人" source="persons" required />
      <TextField name="note" label="备注" />
    </ActionModal>
  );
}

export function EntryModal({
  incidentId,
  kind,
  onClose,
}: {
  incidentId: number;
  kind: IncidentEntryKind;
  onClose: () => void;
}) {
  return (
    <ActionModal
      title={INCIDENT_ENTRY_LABELS[kind]}
      channel="incidents:addEntry"
      toInput={clean}
      onClose={onClose}
      fixed={{ incidentId, kind }}
      initialValues={{ at: kind === 'remedy' ? nowMinute() : today() }}
    >
      {kind === 'remedy' ? (
        <DateItem name="at" label="采取措施时间" time />
      ) : (
        <DateItem name="at" label="日期" />
      )}
      <TextField name="by" label={kind === 'remedy' ? '采取措施人' : '经办(出具)人'} />
      <TextField name="text" label={INCIDENT_ENTRY_LABELS[kind]} area required />
      <Form.Item name="scanAttachmentId" label="扫描件">
        <ScanField label="上传扫描件" />
      </Form.Item>
      {kind === 'result' ? (
        <>
          <Form.Item name="nature" label="案件性质">
            <Select style={{ width: 160 }} options={optionsOf(INCIDENT_NATURE_LABELS)} />
          </Form.Item>
          <Form.Item name="unitNature" label="责任单位性质">
            <Select allowClear style={{ width: 160 }} options={optionsOf(RESPONSIBLE_UNIT_NATURE_LABELS)} />
          </Form.Item>
        </>
      ) : null}
    </ActionModal>
  );
}

export function EditIncidentModal({ i, onClose }: { i: IncidentView; onClose: () => void }) {
  const local = (iso: string | null) => {
    if (!iso) return undefined;
    const d = new Date(iso);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  };
  return (
    <ActionModal
      title="修改登记内容（报告前）"
      channel="incidents:edit"
      toInput={clean}
      onClose={onClose}
      fixed={{ incidentId: i.id }}
      initialValues={{
        title: i.title,
        kind: i.kind,
        departmentId: i.departmentId ?? undefined,
        discoveredAt: local(i.discoveredAt),
        discoveredPlace: i.discoveredPlace,
        discoveredBy: i.discoveredBy,
        discoveredByTitle: i.discoveredByTitle ?? undefined,
        discoveryHow: i.discoveryHow,
        party: i.party ?? undefined,
        partyTitle: i.partyTitle ?? undefined,
        occurredAt: local(i.occurredAt),
        occurredPlace: i.occurredPlace ?? undefined,
        method: i.method ?? undefined,
        level: i.level ?? undefined,
        summary: i.summary,
      }}
    >
      <RecordFields />
    </ActionModal>
  );
}

const ROLES = ['当事人', '发现人', '责任人', '其他相关人员'];

/** Links a registered person to the incident (their file then lists it). */
export function LinkPersonModal({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  return (
    <ActionModal<'incidents:link', { refId?: number; label?: string }>
      title="关联人员"
      channel="incidents:link"
      onClose={onClose}
      initialValues={{ label: '当事人' }}
      toInput={(v) => ({ incidentId, kind: 'person', refId: v.refId ?? 0, label: v.label ?? '当事人' })}
    >
      <Form.Item name="refId" label="人员">
        <PersonPicker aria-label="关联人员" />
      </Form.Item>
      <Form.Item name="label" label="身份">
        <Select style={{ width: 180 }} options={ROLES.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
    </ActionModal>
  );
}
