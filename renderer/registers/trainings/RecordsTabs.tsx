// The year's 考核 results (a 不合格 is reviewed here) and 保密协议: lists read a page at a time, each with its
// form (奖惩: SanctionsTab.tsx).
import { Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AgreementView, AppraisalView } from '../../../electron/ipc/contract';
import {
  AGREEMENT_KIND_LABELS,
  APPRAISAL_KIND_LABELS,
  APPRAISAL_RESULT_LABELS,
} from '../../../db/domain/labels';
import {
  ActionModal,
  clean,
  DateItem,
  PersonPicker,
  ScanField,
  TextField,
  today,
} from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { ImportButton } from '../xlsx/ImportButton';
import { StaffPicker } from './StaffPicker';

const PAGE = 50;

export function AppraisalsList({ year }: { year: number }) {
  const [page, setPage] = useState(1);
  const [review, setReview] = useState<AppraisalView | null>(null);
  const list = useLoad('trainings:appraisals', { year, page, pageSize: PAGE }, ['trainings'], true).value;
  return (
    <>
      <div>
        <Button style={{ marginBottom: 8 }} onClick={() => navigate(`print/training-appraisals/${year}`)}>
          打印涉密人员年度考核表
        </Button>
      </div>
      <Table<AppraisalView>
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
        scroll={{ y: 'calc(100vh - 330px)' }}
        columns={[
          { key: 'n', title: '姓名', width: 90, render: (_, a) => a.name },
          { key: 'd', title: '部门', width: 110, render: (_, a) => a.department },
          { key: 'k', title: '类别', width: 140, render: (_, a) => APPRAISAL_KIND_LABELS[a.kind] },
          { key: 'y', title: '年度', width: 60, render: (_, a) => a.year },
          { key: 'on', title: '考核日期', width: 100, render: (_, a) => tableDate(a.appraisedOn) },
          {
            key: 'r',
            title: '结果',
            width: 90,
            render: (_, a) => (
              <Tag color={a.result === 'fail' ? 'red' : 'default'}>{APPRAISAL_RESULT_LABELS[a.result]}</Tag>
            ),
          },
          { key: 's', title: '成绩', width: 60, render: (_, a) => a.score ?? '' },
          { key: 'by', title: '考核人', width: 100, render: (_, a) => a.appraiser },
          {
            key: 'rv',
            title: '资格复核',
            render: (_, a) =>
              a.result !== 'fail' ? null : a.reviewedOn ? (
                `${tableDate(a.reviewedOn)} ${a.reviewNote ?? ''}`
              ) : (
                <Button size="small" danger onClick={() => setReview(a)}>
                  登记复核
                </Button>
              ),
          },
        ]}
      />
      {review ? (
        <ActionModal
          title={`${review.name}：考核不合格后复核涉密资格`}
          channel="trainings:reviewAppraisal"
          onClose={() => setReview(null)}
          fixed={{ appraisalId: review.id }}
          initialValues={{ reviewedOn: today() }}
          intro="涉密等级不因考核结果自动调整；如需调整，请在涉密人员页面按程序办理密级审定。"
        >
          <DateItem name="reviewedOn" label="复核日期" />
          <TextField name="reviewNote" label="复核意见" required area />
        </ActionModal>
      ) : null}
    </>
  );
}

export function AgreementsList() {
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useLoad('trainings:agreements', { page, pageSize: PAGE }, ['trainings'], true).value;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" onClick={() => setAdding(true)}>
          登记保密协议
        </Button>
        <ImportButton register="agreements" title="保密协议台账" />
      </Space>
      <Table<AgreementView>
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
          { key: 'k', title: '协议', width: 130, render: (_, a) => AGREEMENT_KIND_LABELS[a.kind] },
          { key: 'who', title: '签订人/合作方', width: 150, render: (_, a) => a.subject },
          { key: 's', title: '签订日期', width: 100, render: (_, a) => tableDate(a.signedOn) },
          { key: 't', title: '期满', width: 100, render: (_, a) => tableDate(a.termEndsOn) },
          {
            key: 'nc',
            title: '竞业限制',
            render: (_, a) =>
              a.nonCompeteFrom ? `${tableDate(a.nonCompeteFrom)} 至 ${tableDate(a.nonCompeteEndsOn)}` : '',
          },
          {
            key: 'print',
            title: '',
            width: 90,
            // A 涉密人员's agreement is filled from their file; a 在职人员's or a partner's from the agreement.
            render: (_, a) => (
              <Button
                size="small"
                onClick={() => navigate(`print/training-agreement/${a.personId ?? '-'}/${a.id}`)}
              >
                打印协议
              </Button>
            ),
          },
        ]}
      />
      <ActionModal
        title="登记保密协议"
        channel="trainings:agree"
        open={adding}
        onClose={() => setAdding(false)}
        toInput={clean}
        initialValues={{ kind: 'tech_secrecy', signedOn: today() }}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="协议类别">
            <Select options={optionsOf(AGREEMENT_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="personId" label="签订人员（涉密人员）">
            <PersonPicker allowClear />
          </Form.Item>
          <Form.Item name="staffId" label="签订人员（在职人员）">
            <StaffPicker />
          </Form.Item>
          <TextField name="partner" label="合作方（合作方协议）" />
          <DateItem name="signedOn" label="签订日期" />
          <DateItem name="termEndsOn" label="期满日期" />
          <DateItem name="nonCompeteFrom" label="竞业限制起始日期" />
          <DateItem name="nonCompeteEndsOn" label="竞业限制截止日期" />
        </div>
        <Form.Item name="notes" label="备注">
          <Input />
        </Form.Item>
        <Form.Item name="scanAttachmentId" label="协议扫描件">
          <ScanField label="上传签字的协议" />
        </Form.Item>
        <Space />
      </ActionModal>
    </>
  );
}
