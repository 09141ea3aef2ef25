// On the person page: the person's 考核, 奖惩 and 保密协议 from the trainings register (a 竞业限制 stays on a
// person who has left, for its whole term).
import { Button, Table, Tag, Typography } from 'antd';
import type {
  AgreementView,
  AppraisalView,
  PersonDossier,
  SanctionView,
} from '../../../electron/ipc/contract';
import {
  AGREEMENT_KIND_LABELS,
  APPRAISAL_KIND_LABELS,
  APPRAISAL_RESULT_LABELS,
  SANCTION_APPROVER_LABELS,
  SANCTION_KIND_LABELS,
} from '../../../db/domain/labels';
import { tableDate } from '../../i18n/format';
import { navigate } from '../../shell/route';

export function PersonTrainingRecords({ d }: { d: PersonDossier }) {
  return (
    <>
      <Typography.Title level={5}>保密考核</Typography.Title>
      <Table<AppraisalView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.appraisals}
        locale={{ emptyText: '尚无考核记录。' }}
        columns={[
          { title: '类别', width: 150, render: (_, a) => APPRAISAL_KIND_LABELS[a.kind] },
          { title: '年度', width: 60, render: (_, a) => a.year },
          { title: '日期', width: 110, render: (_, a) => tableDate(a.appraisedOn) },
          {
            title: '结果',
            width: 90,
            render: (_, a) => (
              <Tag color={a.result === 'fail' ? 'red' : 'default'}>{APPRAISAL_RESULT_LABELS[a.result]}</Tag>
            ),
          },
          { title: '成绩', width: 60, render: (_, a) => a.score ?? '' },
          { title: '考核人', render: (_, a) => a.appraiser },
        ]}
      />
      <Typography.Title level={5}>奖惩</Typography.Title>
      <Table<SanctionView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.sanctions}
        locale={{ emptyText: '无奖惩记录。' }}
        columns={[
          { title: '时间', width: 110, render: (_, s) => tableDate(s.on) },
          { title: '奖惩', width: 70, render: (_, s) => SANCTION_KIND_LABELS[s.kind] },
          { title: '类别', width: 100, render: (_, s) => s.category },
          { title: '事项', render: (_, s) => s.matter },
          {
            title: '审批',
            width: 200,
            render: (_, s) => `${SANCTION_APPROVER_LABELS[s.approver]} ${tableDate(s.approvedOn)}`,
          },
        ]}
      />
      <Typography.Title level={5}>保密协议</Typography.Title>
      <Table<AgreementView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.agreements}
        locale={{ emptyText: '尚无保密协议。' }}
        columns={[
          { title: '协议', width: 140, render: (_, a) => AGREEMENT_KIND_LABELS[a.kind] },
          { title: '签订日期', width: 110, render: (_, a) => tableDate(a.signedOn) },
          { title: '期满', width: 110, render: (_, a) => tableDate(a.termEndsOn) },
          {
            title: '竞业限制',
            render: (_, a) =>
              a.nonCompeteFrom ? `${tableDate(a.nonCompeteFrom)} 至 ${tableDate(a.nonCompeteEndsOn)}` : '',
          },
          {
            title: '',
            width: 90,
            render: (_, a) => (
              <Button
                size="small"
                onClick={() => navigate(`print/training-agreement/${d.person.id}/${a.id}`)}
              >
                打印协议
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
