// A person's private travel and the passports the unit keeps for them, on the person's page.
import { Button, Collapse, Empty, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { PersonDossier } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { ActionModal, DateItem, today } from '../../components/forms';
import { PassportsTable } from './PassportsTable';
import { TravelActions, TravelStatusTag } from './TravelActions';

export function ApplyTravelModal({
  personId,
  open,
  onClose,
}: {
  personId: number;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <ActionModal
      title="因私出国(境)申请"
      channel="travel:apply"
      open={open}
      onClose={onClose}
      fixed={{ personId }}
      initialValues={{ appliedOn: today() }}
    >
      <div className="form-grid">
        <Form.Item name="destination" label="前往国家(地区)">
          <Input />
        </Form.Item>
        <Form.Item name="purpose" label="事由">
          <Input />
        </Form.Item>
        <DateItem name="appliedOn" label="申请日期" />
        <span />
        <DateItem name="plannedDepartOn" label="拟出境日期" />
        <DateItem name="plannedReturnOn" label="拟返回日期" />
      </div>
    </ActionModal>
  );
}

export function PersonTravelPanel({ d }: { d: PersonDossier }) {
  const [applying, setApplying] = useState(false);
  return (
    <div>
      <Button onClick={() => setApplying(true)} style={{ marginBottom: 8 }}>
        新的出国(境)申请
      </Button>
      {d.travel.length ? (
        <Collapse
          size="small"
          items={d.travel.map((t) => ({
            key: t.id,
            label: (
              <span>
                {tableDate(t.plannedDepartOn)} {t.destination}（{t.purpose}） <TravelStatusTag t={t} />
              </span>
            ),
            children: <TravelActions t={t} passports={d.passports} />,
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无因私出国(境)记录" />
      )}
      <Typography.Title level={5}>单位保管的证照</Typography.Title>
      <PassportsTable passports={d.passports} personId={d.person.id} />
      <ApplyTravelModal personId={d.person.id} open={applying} onClose={() => setApplying(false)} />
    </div>
  );
}
