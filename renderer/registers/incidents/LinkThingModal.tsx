// Links any registered carrier, device or storage medium to an incident, chosen by typing part of its number
// or name (the core names it in the link by its number; the device's and the carrier's pages find it back).
import { Form, Radio, Select, type SelectProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DeviceFamily, DeviceRow } from '../../../electron/ipc/contract';
import { DEVICE_FAMILY_LABELS, DEVICE_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import { ActionModal, CarrierPicker } from '../../components/forms';

type Thing = 'carrier' | DeviceFamily;

function DevicePicker({ family, ...props }: Omit<SelectProps<number>, 'options'> & { family: DeviceFamily }) {
  const [rows, setRows] = useState<DeviceRow[]>([]);
  const search = useCallback(
    (s: string) =>
      void call('devices:list', { family, search: s || undefined, pageSize: 30 }).then((r) => {
        if (r.ok) setRows(r.value.rows);
      }),
    [family],
  );
  useEffect(() => search(''), [search]);
  return (
    <Select<number>
      placeholder="输入保密编号、型号、序列号或责任人查找"
      style={{ width: 360, maxWidth: '100%' }}
      {...props}
      showSearch={{ filterOption: false, onSearch: search }}
      options={rows.map((d) => ({
        value: d.id,
        label: `${d.deviceNo} ${DEVICE_KIND_LABELS[d.kind]}${d.level ? `（${LEVEL_LABELS[d.level]}）` : ''}${d.custodianName ? ` ${d.custodianName}` : ''}`,
      }))}
    />
  );
}

const ROLES = ['涉及', '丢失', '违规使用', '其他'];

export function LinkThingModal({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  return (
    <ActionModal<'incidents:link', { thing?: Thing; refId?: number; label?: string }>
      title="关联载体、设备或存储介质"
      channel="incidents:link"
      onClose={onClose}
      initialValues={{ thing: 'carrier', label: '涉及' }}
      toInput={(v) => ({
        incidentId,
        kind: v.thing === 'carrier' || v.thing === undefined ? 'carrier' : 'device',
        refId: v.refId ?? 0,
        label: v.label ?? '涉及',
      })}
    >
      <Form.Item name="thing" label="关联对象">
        <Radio.Group
          options={[
            { value: 'carrier', label: '涉密载体' },
            { value: 'device', label: DEVICE_FAMILY_LABELS.device },
            { value: 'medium', label: DEVICE_FAMILY_LABELS.medium },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.thing !== b.thing}>
        {(f) => {
          const thing = f.getFieldValue('thing') as Thing;
          return (
            <Form.Item name="refId" label={thing === 'carrier' ? '载体' : '保密编号'}>
              {thing === 'carrier' ? (
                <CarrierPicker aria-label="关联载体" />
              ) : (
                <DevicePicker
                  key={thing}
                  family={thing}
                  aria-label={thing === 'device' ? '关联设备' : '关联介质'}
                />
              )}
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item name="label" label="情形">
        <Select style={{ width: 180 }} options={ROLES.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
    </ActionModal>
  );
}
