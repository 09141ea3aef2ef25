// 登记: 收文 (清点、编号、登记、签收) or 自制 (with the 定密 record: 承办人 proposes, 定密责任人 approves).
import { Form, InputNumber, Radio, Select, Space } from 'antd';
import type { CarrierDetail, ChannelInput } from '../../../electron/ipc/contract';
import { CARRIER_SOURCE_LABELS, CARRIER_TYPE_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useSession } from '../../stores/session.store';
import { ActionModal, DateItem, FormGroup, TextField, today } from '../../components/forms';
import { ClassificationItemField, levelOptions, TermFields } from '../classification/fields';
import { NameField } from '../../components/forms/NamePicker';
import { PlaceField } from './PlaceField';
import { AboveHostWarning, CountedFollowsCopies, defaultLevel, rememberLevel } from './registerHelp';

type Values = Record<string, unknown> & { source?: 'received' | 'produced'; copyNoTexts?: string };

/** "0012 0013" or "12,13" → the 份号 as printed (the core keeps "0012" so and numbers it 12); empty → 1…n. */
function copyNoTexts(text: string | undefined): string[] | undefined {
  const parts = (text ?? '').split(/[\s,，、]+/).filter(Boolean);
  return parts.length ? parts : undefined;
}

export function RegisterForm({
  onDone,
  onClose,
}: {
  /** The carrier registered (the ledger opens it). */
  onDone: (c: CarrierDetail) => void;
  onClose: () => void;
}) {
  const account = useSession((s) => s.account);
  const host = useSession((s) => s.unit?.hostLevel ?? 'confidential');
  return (
    <ActionModal<'carriers:register', Values>
      title="登记涉密载体"
      channel="carriers:register"
      width={820}
      initialValues={{
        source: 'received',
        type: 'paper',
        level: defaultLevel(host),
        registeredOn: today(),
        copyCount: 1,
        custodian: account?.displayName,
        receipt: { signedBy: account?.displayName, countedCopies: 1 },
      }}
      toInput={(v) => {
        const { copyNoTexts: typed, receipt, classification, ...rest } = v;
        return {
          ...rest,
          copyNoTexts: copyNoTexts(typed),
          // One field names the unit: for 收文 the 来文单位 is the one that issued it.
          ...(v.source === 'received'
            ? { receipt: { ...(receipt as object), fromUnit: v.issuer } }
            : { classification }),
        } as ChannelInput<'carriers:register'>;
      }}
      onDone={(c) => {
        rememberLevel(c.level);
        onDone(c);
      }}
      onClose={onClose}
      submitText="登记"
    >
      <Form.Item name="source" label="来源">
        <Radio.Group options={optionsOf(CARRIER_SOURCE_LABELS, ['received', 'produced'])} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="type" label="类别">
          <Select options={optionsOf(CARRIER_TYPE_LABELS)} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="level" label="密级">
          <Select options={levelOptions} style={{ width: 120 }} />
        </Form.Item>
        <TextField name="carrierNo" label="编号（空则自动编号）" />
      </Space>
      <AboveHostWarning host={host} />
      <TextField name="name" label="名称" required />
      <Space wrap align="start">
        <TextField name="docNo" label="文号" />
        <Form.Item noStyle shouldUpdate={(a, b) => a.source !== b.source}>
          {(f) => (
            <TextField
              name="issuer"
              label={f.getFieldValue('source') === 'received' ? '来文/发文单位' : '制作单位'}
            />
          )}
        </Form.Item>
      </Space>
      <TermFields name="term" />
      <Space wrap align="start">
        <DateItem name="issuedOn" label="制发日" required />
        <DateItem name="registeredOn" label="登记日期" required />
      </Space>
      <Form.Item name="needToKnow" label="知悉范围">
        <Select mode="tags" open={false} placeholder="输入单位、部门或人员后按回车" />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="copyCount" label="份数">
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <TextField name="copyNoTexts" label="份号（来文份号，空格分隔；空则 1…n）" />
        <Form.Item name="pages" label="页数">
          <InputNumber min={1} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <NameField name="department" label="所属部门" source="departments" required />
        <NameField name="custodian" label="保管人" source="persons" required />
        <PlaceField name="location" />
      </Space>
      {/* 绝密 outside a 保密室/保密柜, or levels mixed in one place: the core's warning lands here. */}
      <TextField name="storageReason" label="存放说明（位置不合要求而仍须存放时填写）" />
      <ClassificationItemField name="classificationItemId" />
      <Form.Item noStyle shouldUpdate={(a, b) => a.source !== b.source}>
        {(f) =>
          f.getFieldValue('source') === 'received' ? (
            <FormGroup title="签收">
              <Space wrap align="start">
                <NameField name={['receipt', 'signedBy']} label="签收人" source="persons" required />
                <Form.Item name={['receipt', 'countedCopies']} label="清点份数">
                  <InputNumber min={1} max={1000} />
                </Form.Item>
                <CountedFollowsCopies />
              </Space>
            </FormGroup>
          ) : (
            <FormGroup title="定密记录">
              <Space wrap align="start">
                <NameField
                  name={['classification', 'proposerName']}
                  label="承办人（拟定）"
                  source="persons"
                  required
                />
                <NameField
                  name={['classification', 'classifierName']}
                  label="定密责任人（审核）"
                  source="persons"
                  required
                />
                <DateItem name={['classification', 'decidedOn']} label="定密日期" required />
              </Space>
              <TextField name={['classification', 'reason']} label="定密依据说明" />
            </FormGroup>
          )
        }
      </Form.Item>
    </ActionModal>
  );
}
