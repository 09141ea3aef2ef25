// 编辑: corrections of a carrier's descriptive fields (carriers:edit), prefilled with what is registered and
// sending only what the clerk changed, with the reason. Level, term and range change only through 变更/解密
// (with their 定密 record) and the custodian through 移交, so they are not in this form.
import { Form, InputNumber, Select, Space } from 'antd';
import type { CarrierDetail, ChannelInput } from '../../../electron/ipc/contract';
import { CARRIER_TYPE_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, TextField } from '../../components/forms';
import { ClassificationItemField } from '../classification/fields';
import type { ActionProps } from './moveForms';
import { PlaceField } from './PlaceField';

const FIELD_LABELS = {
  type: '类别',
  name: '名称',
  docNo: '文号',
  issuer: '制作/发文单位',
  pages: '页数',
  capacity: '容量',
  location: '存放位置',
  secretPoints: '密点',
  classificationItemId: '定密依据',
  notes: '备注',
} as const;
type Key = keyof typeof FIELD_LABELS;
type Patch = Partial<Record<Key, string | number | null>>;
const KEYS = Object.keys(FIELD_LABELS) as Key[];

function registered(c: CarrierDetail): Record<Key, string | number | null> {
  return {
    type: c.type,
    name: c.name,
    docNo: c.docNo,
    issuer: c.issuer,
    pages: c.pages,
    capacity: c.capacity,
    location: c.location,
    secretPoints: c.secretPoints,
    classificationItemId: c.classificationItem?.id ?? null,
    notes: c.notes,
  };
}

/**
 * Only the fields that differ from the register. An emptied optional field is sent as null (the value is
 * removed); an emptied 名称 as it is, so the core's “请填写名称” lands on the field.
 */
function changed(c: CarrierDetail, values: Patch): Patch {
  const before = registered(c);
  const patch: Patch = {};
  for (const k of KEYS) {
    const raw = values[k];
    const v = typeof raw === 'string' ? raw.trim() : raw;
    const next = v === '' || v === undefined ? (k === 'name' ? '' : null) : v;
    if (next !== before[k]) patch[k] = next;
  }
  return patch;
}

/** The timeline's line for an edit: which fields changed, and why. */
export function editSummary(detail: unknown): string {
  const d = (detail ?? {}) as { after?: Record<string, unknown>; reason?: string };
  // In the form's order (the stored detail's keys are sorted).
  const fields = KEYS.filter((k) => k in (d.after ?? {})).map((k) => FIELD_LABELS[k]);
  return `${fields.join('、')}${d.reason ? `（${d.reason}）` : ''}`;
}

interface Values {
  patch: Patch;
  reason?: string;
  storageReason?: string;
}

export function EditForm({ carrier: c, onDone, onClose }: ActionProps) {
  const initial = Object.fromEntries(
    Object.entries(registered(c)).map(([k, v]) => [k, v ?? undefined]),
  ) as Patch;
  const hint = `密级（${LEVEL_LABELS[c.level]}）、保密期限和知悉范围通过“变更”“解密”办理，保管人（${c.custodianName}）通过“移交”办理，不在此修改。`;
  return (
    <ActionModal<'carriers:edit', Values>
      title={`编辑：${c.carrierNo} ${c.name}`}
      channel="carriers:edit"
      width={760}
      initialValues={{ patch: initial }}
      toInput={(v) => ({
        carrierId: c.id,
        patch: changed(c, v.patch) as ChannelInput<'carriers:edit'>['patch'],
        reason: v.reason ?? '',
        storageReason: v.storageReason?.trim() || undefined,
      })}
      onDone={onDone}
      onClose={onClose}
      submitText="保存"
    >
      <Space wrap align="start">
        <Form.Item name={['patch', 'type']} label="类别">
          <Select options={optionsOf(CARRIER_TYPE_LABELS)} style={{ width: 120 }} />
        </Form.Item>
        <TextField name={['patch', 'docNo']} label="文号" />
        <Form.Item name={['patch', 'pages']} label="页数">
          <InputNumber />
        </Form.Item>
        <TextField name={['patch', 'capacity']} label="容量" />
      </Space>
      <TextField name={['patch', 'name']} label="名称" required />
      <Space wrap align="start">
        <TextField name={['patch', 'issuer']} label="制作/发文单位" />
        <PlaceField name={['patch', 'location']} />
      </Space>
      <TextField name="storageReason" label="存放说明（新位置不合要求而仍须存放时填写）" />
      <ClassificationItemField name={['patch', 'classificationItemId']} />
      <TextField name={['patch', 'secretPoints']} label="密点" area />
      <TextField name={['patch', 'notes']} label="备注" area />
      <p className="form-hint">{hint}</p>
      <TextField name="reason" label="修改原因" required />
    </ActionModal>
  );
}
