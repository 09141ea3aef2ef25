// 因私出国(境)台账: every application with its status (filter), a trip's steps in a drawer, and the passports
// the unit keeps.
import { Button, Drawer, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { TravelView } from '../../../electron/ipc/contract';
import { PersonPicker } from '../../components/forms';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { TRAVEL_STATUS_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useLoad } from '../../stores/load';
import { useTravel } from '../../stores/travel.store';
import { ImportButton } from '../xlsx/ImportButton';
import { PassportsTable } from './PassportsTable';
import { ApplyTravelModal } from './PersonTravelPanel';
import { TravelActions, TravelStatusTag } from './TravelActions';

const COLUMNS: RegisterColumn<TravelView>[] = [
  { key: 'personName', title: '姓名', width: 90, render: (t) => t.personName },
  { key: 'department', title: '部门', width: 120, render: (t) => t.department },
  { key: 'destination', title: '前往国家(地区)', width: 140, render: (t) => t.destination },
  { key: 'purpose', title: '事由', width: 180, render: (t) => t.purpose },
  { key: 'appliedOn', title: '申请日期', width: 105, render: (t) => tableDate(t.appliedOn) },
  {
    key: 'trip',
    title: '行程',
    width: 200,
    render: (t) => `${tableDate(t.plannedDepartOn)} 至 ${tableDate(t.plannedReturnOn)}`,
  },
  {
    key: 'status',
    title: '状态',
    width: 120,
    render: (t) => <TravelStatusTag t={t} />,
    filterOptions: optionsOf(TRAVEL_STATUS_LABELS),
  },
];

/** What a trip shows besides itself: the applicant (name, department, whether still 在岗 or in 脱密期). */
const SHOWS = ['travel', 'persons', 'leaving'] as const;

export function TravelRegister() {
  // The row the clerk opened, shown until the drawer's own read of it arrives.
  const [row, setRow] = useState<TravelView | null>(null);
  const trip = useLoad('travel:get', row ? { travelId: row.id } : null, SHOWS);
  const open = trip.value ?? row;
  // The unit keeps thousands of passports in a big unit: all of them only while their tab is open, the applicant's
  // own in the drawer.
  const [tab, setTab] = useState('travel');
  const passports = useLoad('travel:passports', tab === 'passports' ? {} : null, SHOWS).value ?? [];
  const held = useLoad('travel:passports', open ? { personId: open.personId } : null, SHOWS).value ?? [];
  const [applicant, setApplicant] = useState<number | undefined>();
  const [applying, setApplying] = useState(false);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        因私出国(境)
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'travel',
            label: '申请与审批',
            children: (
              <div style={{ height: 'calc(100vh - 190px)', display: 'flex' }}>
                <RegisterTable<TravelView>
                  registerId="private_travel"
                  columns={COLUMNS}
                  rowKey={(t) => t.id}
                  store={useTravel}
                  emptyText="尚无因私出国(境)申请。在岗和脱密期内的涉密人员因私出国(境)须经审批。"
                  onOpen={setRow}
                  toolbar={
                    <Space>
                      <PersonPicker value={applicant} onChange={setApplicant} />
                      <Button type="primary" disabled={!applicant} onClick={() => setApplying(true)}>
                        新的申请
                      </Button>
                      <ImportButton register="travel" title="因私出国（境）台账" />
                    </Space>
                  }
                />
              </div>
            ),
          },
          {
            key: 'passports',
            label: '证照保管',
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <ImportButton register="passports" title="因私出国（境）证照登记" />
                </Space>
                <PassportsTable passports={passports} />
              </>
            ),
          },
        ]}
      />
      <Drawer
        open={open !== null}
        size={760}
        title={open ? `${open.personName}：${open.destination}` : ''}
        onClose={() => setRow(null)}
      >
        {open ? <TravelActions t={open} passports={held} /> : null}
      </Drawer>
      {applicant ? (
        <ApplyTravelModal personId={applicant} open={applying} onClose={() => setApplying(false)} />
      ) : null}
    </div>
  );
}
