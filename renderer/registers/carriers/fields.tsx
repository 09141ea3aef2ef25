// The copies (份号) a carrier action applies to: the field every copy-level form shares.
import { Checkbox, Form } from 'antd';
import type { CopyStatus, CopyView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { CARRIER_STATUS_LABELS } from '../../../db/domain/labels';

/** The copies an action applies to, limited to those whose status allows it. */
export function CopyNosField({
  copies,
  statuses,
  label = '份号',
}: {
  copies: CopyView[];
  statuses: CopyStatus[];
  label?: string;
}) {
  const usable = copies.filter((c) => statuses.includes(c.status));
  return (
    <Form.Item name="copyNos" label={label} rules={[{ required: true, message: '请至少选择一份' }]}>
      <Checkbox.Group
        options={usable.map((c) => ({
          value: c.copyNo,
          label: `${c.copyText}号（${CARRIER_STATUS_LABELS[c.status]}·${c.holderName}${c.dueOn ? ` 应还${tableDate(c.dueOn)}` : ''}）`,
        }))}
      />
    </Form.Item>
  );
}
