// 奖惩: rewards and penalties of a person or a department, approved by the 保密委员会 or 领导小组, each linked to
// the 泄密事件 or the check finding it arose from where it arose from one.
import { Button, Form, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { SanctionView } from '../../../electron/ipc/contract';
import { SANCTION_APPROVER_LABELS, SANCTION_KIND_LABELS } from '../../../db/domain/labels';
import { call } from '../../api';
import {
  ActionModal,
  clean,
  DateItem,
  DepartmentSelect,
  PersonPicker,
  TextField,
  today,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';

const PAGE = 50;

/** The incidents and the check findings on record, the latest first, as `incident:id` / `finding:id`. */
function SourceSelect(props: { value?: string; onChange?: (v?: string) => void; id?: string }) {
  const [options, setOptions] = useState<{ label: string; options: { value: string; label: string }[] }[]>(
    [],
  );
  useEffect(() => {
    void Promise.all([
      call('incidents:list', { page: 1, pageSize: 100 }),
      call('inspections:findings', { page: 1, pageSize: 100 }),
    ]).then(([i, f]) =>
      setOptions([
        {
          label: '泄密事件',
          options: i.ok ? i.value.rows.map((r) => ({ value: `incident:${r.id}`, label: r.title })) : [],
        },
        {
          label: '检查发现的问题',
          options: f.ok
            ? f.value.rows.map((r) => ({
                value: `finding:${r.id}`,
                label: `${r.what}（${r.inspectionTitle}）`,
              }))
            : [],
        },
      ]),
    );
  }, []);
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="不由泄密事件或检查问题引起的可不选"
      options={options}
    />
  );
}

export function SanctionsList({ year }: { year: number }) {
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useLoad('trainings:sanctions', { year, page, pageSize: PAGE }, ['trainings'], true).value;
  return (
    <>
      <div>
        <Button type="primary" style={{ marginBottom: 8 }} onClick={() => setAdding(true)}>
          登记奖惩
        </Button>
        <Button style={{ marginLeft: 8 }} onClick={() => navigate(`print/training-sanctions/${year}`)}>
          打印奖惩登记表
        </Button>
      </div>
      <Table<SanctionView>
        size="small"
        rowKey="id"
        dataSource={list?.rows ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { key: 'on', title: '时间', width: 100, render: (_, s) => tableDate(s.on) },
          { key: 'k', title: '奖惩', width: 70, render: (_, s) => SANCTION_KIND_LABELS[s.kind] },
          { key: 'who', title: '人员/部门', width: 110, render: (_, s) => s.subject },
          { key: 'm', title: '事项', width: 200, render: (_, s) => s.matter },
          { key: 'c', title: '类别', width: 100, render: (_, s) => s.category },
          { key: 'b', title: '依据', render: (_, s) => s.basis },
          { key: 'src', title: '来源', width: 200, render: (_, s) => s.source ?? '' },
          {
            key: 'a',
            title: '审批',
            width: 190,
            render: (_, s) => `${SANCTION_APPROVER_LABELS[s.approver]} ${tableDate(s.approvedOn)}`,
          },
        ]}
      />
      <ActionModal
        title="登记奖惩"
        channel="trainings:sanction"
        open={adding}
        onClose={() => setAdding(false)}
        toInput={clean}
        initialValues={{ kind: 'reward', approver: 'committee', on: today(), approvedOn: today() }}
        intro={<p>对象为个人的选择人员，为部门的选择部门。</p>}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="奖惩">
            <Select options={optionsOf(SANCTION_KIND_LABELS)} />
          </Form.Item>
          <TextField name="category" label="类别（通报表扬、警告……）" required />
          <Form.Item name="personId" label="人员">
            <PersonPicker allowClear />
          </Form.Item>
          <Form.Item name="departmentId" label="部门">
            <DepartmentSelect aria-label="部门" allowClear />
          </Form.Item>
          <DateItem name="on" label="时间" />
          <Form.Item name="approver" label="审批机构">
            <Select options={optionsOf(SANCTION_APPROVER_LABELS)} />
          </Form.Item>
          <DateItem name="approvedOn" label="审批日期" />
        </div>
        <TextField name="matter" label="事项" required />
        <TextField name="basis" label="依据" required />
        <TextField name="documentNo" label="文号" />
        <Form.Item name="sourceRef" label="来源（泄密事件或检查发现的问题）">
          <SourceSelect />
        </Form.Item>
      </ActionModal>
    </>
  );
}
