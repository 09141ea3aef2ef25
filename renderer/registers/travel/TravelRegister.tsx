// 因私出国(境)台账: every application with its status (filter), a trip's steps in a drawer, and the passports
// the unit keeps.
import { Button, Drawer, Select, Space, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { PassportView, PersonRow, TravelStatus, TravelView } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { TRAVEL_STATUS_LABELS } from '../../../db/domain/labels';
import { optionsOf } from '../../i18n/labels';
import { useTravel } from '../../stores/persons.store';
import type { RegisterFetcher } from '../../stores/register.store';
import { PassportsTable } from './PassportsTable';
import { ApplyTravelModal } from './PersonTravelPanel';
import { TravelActions, TravelStatusTag } from './TravelActions';
import '../persons/persons.css';

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

/** Choose a person by typing part of the name (two characters are enough). */
export function PersonPicker({ value, onChange }: { value?: number; onChange?: (id?: number) => void }) {
  const [rows, setRows] = useState<PersonRow[]>([]);
  const search = (s: string) =>
    void call('persons:list', { search: s || undefined, pageSize: 30 }).then((r) => {
      if (r.ok) setRows(r.value.rows);
    });
  useEffect(() => search(''), []);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      aria-label="人员"
      placeholder="输入姓名查找人员"
      style={{ width: 220 }}
      value={value}
      onChange={onChange}
      options={rows.map((p) => ({ value: p.id, label: `${p.name}（${p.department}）` }))}
    />
  );
}

export function TravelRegister() {
  const [open, setOpen] = useState<TravelView | null>(null);
  const [passports, setPassports] = useState<PassportView[]>([]);
  const [applicant, setApplicant] = useState<number | undefined>();
  const [applying, setApplying] = useState(false);
  const reload = useTravel((s) => s.reload);
  const fetcher = useCallback<RegisterFetcher<TravelView>>(
    (q) =>
      call('travel:list', {
        page: q.page,
        pageSize: q.pageSize,
        ...(q.filters.status ? { status: q.filters.status as TravelStatus } : {}),
      }),
    [],
  );
  const loadPassports = useCallback(
    () =>
      call('travel:passports', {}).then((r) => {
        if (r.ok) setPassports(r.value);
      }),
    [],
  );
  useEffect(() => void loadPassports(), [loadPassports]);
  const refresh = async () => {
    await reload(fetcher);
    await loadPassports();
    if (open) {
      const r = await call('travel:get', { travelId: open.id });
      if (r.ok) setOpen(r.value);
    }
  };
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        因私出国(境)
      </Typography.Title>
      <Tabs
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
                  fetcher={fetcher}
                  emptyText="尚无因私出国(境)申请。在岗和脱密期内的涉密人员因私出国(境)须经审批。"
                  onOpen={setOpen}
                  toolbar={
                    <Space>
                      <PersonPicker value={applicant} onChange={setApplicant} />
                      <Button type="primary" disabled={!applicant} onClick={() => setApplying(true)}>
                        新的申请
                      </Button>
                    </Space>
                  }
                />
              </div>
            ),
          },
          {
            key: 'passports',
            label: '证照保管',
            children: <PassportsTable passports={passports} onChange={() => void loadPassports()} />,
          },
        ]}
      />
      <Drawer
        open={open !== null}
        size={760}
        title={open ? `${open.personName}：${open.destination}` : ''}
        onClose={() => setOpen(null)}
      >
        {open ? <TravelActions t={open} passports={passports} onChange={() => void refresh()} /> : null}
      </Drawer>
      {applicant ? (
        <ApplyTravelModal
          personId={applicant}
          open={applying}
          onClose={() => setApplying(false)}
          onDone={() => void refresh()}
        />
      ) : null}
    </div>
  );
}
