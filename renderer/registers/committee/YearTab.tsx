// The yearly cycle: 年度工作计划 → half-yearly meetings → 年度工作总结, and each department's 保密工作责任书.
import { Button, Descriptions, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { navigate } from '../../shell/route';
import { ActionModal, DateItem, NameField, TextField, today } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { LeaderChecks } from './LeaderChecks';

const SHOWS = ['committee', 'departments', 'persons'] as const;
type Dialog = 'plan' | 'summary' | { departmentId: number; department: string } | null;

export function YearTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const y = useLoad('committee:year', { year }, SHOWS, true).value;
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        年度
        <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Button onClick={() => setDialog('plan')}>年度工作计划</Button>
        <Button onClick={() => setDialog('summary')}>年度工作总结</Button>
        <Button onClick={() => navigate(`print/committee-plan/${year}`)}>打印年度工作计划</Button>
      </Space>
      {y ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'p', label: '年度工作计划', children: y.plan ?? '未制定', span: 2 },
              { key: 'pa', label: '通过日期', children: tableDate(y.planAdoptedOn) },
              {
                key: 'm',
                label: '委员会会议',
                children: (
                  <>
                    上半年 <Tag color={y.meetingsFirstHalf ? 'green' : 'red'}>{y.meetingsFirstHalf} 次</Tag>
                    下半年{' '}
                    <Tag color={y.meetingsSecondHalf ? 'green' : undefined}>{y.meetingsSecondHalf} 次</Tag>
                  </>
                ),
              },
              { key: 's', label: '年度工作总结', children: y.summary ?? '未总结', span: 2 },
            ]}
          />
          <Table
            style={{ marginTop: 8 }}
            size="small"
            rowKey="departmentId"
            pagination={false}
            dataSource={y.letters}
            columns={[
              { title: '部门', dataIndex: 'department' },
              {
                title: `${year}年度部门保密工作责任书`,
                render: (_, l) =>
                  l.signedOn ? (
                    <Space>
                      {`${tableDate(l.signedOn)} ${l.signer ?? ''} 已签订`}
                      <Button
                        size="small"
                        onClick={() => navigate(`print/responsibility-letter/${year}-${l.departmentId}`)}
                      >
                        打印责任书
                      </Button>
                    </Space>
                  ) : (
                    <Button
                      size="small"
                      onClick={() => setDialog({ departmentId: l.departmentId, department: l.department })}
                    >
                      登记签订
                    </Button>
                  ),
              },
            ]}
          />
          <LeaderChecks year={year} />
        </>
      ) : null}
      {dialog === 'plan' ? (
        <ActionModal
          title={`${year}年度保密工作计划`}
          channel="committee:adoptPlan"
          onClose={close}
          fixed={{ year }}
          initialValues={{ plan: y?.plan ?? '', adoptedOn: today() }}
        >
          <TextField name="plan" label="计划内容" required area />
          <DateItem name="adoptedOn" label="通过日期" />
        </ActionModal>
      ) : null}
      {dialog === 'summary' ? (
        <ActionModal
          title={`${year}年度保密工作总结`}
          channel="committee:summarise"
          onClose={close}
          fixed={{ year }}
          initialValues={{ summary: y?.summary ?? '', summaryOn: today() }}
        >
          <TextField name="summary" label="总结内容" required area />
          <DateItem name="summaryOn" label="总结日期" />
        </ActionModal>
      ) : null}
      {dialog && typeof dialog === 'object' ? (
        <ActionModal
          title={`部门保密工作责任书：${dialog.department}`}
          channel="committee:signLetter"
          onClose={close}
          fixed={{ year, departmentId: dialog.departmentId }}
          initialValues={{ signedOn: today() }}
        >
          <DateItem name="signedOn" label="签订日期" />
          <NameField name="signer" label="部门负责人" source="persons" required />
        </ActionModal>
      ) : null}
    </div>
  );
}
