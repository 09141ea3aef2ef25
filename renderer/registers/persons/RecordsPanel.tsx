// 审查 / 复审, training, pledges and the yearly 保密责任书, and the 上岗 action (先培训后上岗 is the core's rule:
// its refusal names what is still missing).
import { Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PersonDossier, PledgeView, TrainingView, VettingView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { ActionModal, clean, DateItem, today } from '../../components/forms';
import {
  PLEDGE_KIND_LABELS,
  TRAINING_KIND_LABELS,
  VETTING_KIND_LABELS,
  VETTING_RESULT_LABELS,
} from '../../../db/domain/labels';
import { VettingModal } from './VettingModal';
import { PersonTrainingRecords } from '../trainings/PersonTrainingRecords';
import { AppraiseModal } from '../trainings/AppraiseModal';
import { PersonWorkRecords } from '../committee/PersonWorkRecords';

type Dialog = 'vet' | 'train' | 'pledge' | 'post' | 'appraise' | null;

/** Pledges the clerk records here; 出国(境) pledges belong to a trip and are recorded on the travel tab. */
const PLEDGE_OPTIONS = optionsOf(PLEDGE_KIND_LABELS).filter((o) => o.value !== 'travel');

export function RecordsPanel({ d }: { d: PersonDossier }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const p = d.person;
  const close = () => setDialog(null);
  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button onClick={() => setDialog('vet')}>记录审查/复审</Button>
        <Button onClick={() => setDialog('train')}>记录培训</Button>
        <Button onClick={() => setDialog('pledge')}>记录承诺书/责任书</Button>
        <Button onClick={() => setDialog('appraise')}>记录考核</Button>
        {p.status === 'proposed' ? (
          <Button type="primary" onClick={() => setDialog('post')}>
            上岗
          </Button>
        ) : null}
      </Space>
      <Typography.Title level={5}>审查</Typography.Title>
      <Table<VettingView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.vettings}
        locale={{ emptyText: '尚无审查记录。' }}
        columns={[
          { title: '类型', width: 70, render: (_, v) => VETTING_KIND_LABELS[v.kind] },
          { title: '审查日期', width: 110, render: (_, v) => tableDate(v.vettedOn) },
          {
            title: '结论',
            width: 80,
            render: (_, v) => (
              <Tag color={v.result === 'passed' ? 'green' : 'red'}>{VETTING_RESULT_LABELS[v.result]}</Tag>
            ),
          },
          { title: '与境外联系', render: (_, v) => v.form.foreignContacts ?? '' },
          { title: '下次复审', width: 110, render: (_, v) => tableDate(v.nextDueOn) },
        ]}
      />
      <Typography.Title level={5}>培训</Typography.Title>
      <Table<TrainingView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.trainings}
        locale={{ emptyText: '尚无培训记录。' }}
        columns={[
          { title: '类型', width: 100, render: (_, t) => TRAINING_KIND_LABELS[t.kind] },
          { title: '日期', width: 110, render: (_, t) => tableDate(t.trainedOn) },
          { title: '学时', width: 60, align: 'right', dataIndex: 'hours' },
          { title: '内容', dataIndex: 'content' },
          { title: '记录人', width: 90, render: (_, t) => t.recorder ?? '' },
        ]}
      />
      <Typography.Title level={5}>承诺书与责任书</Typography.Title>
      <Table<PledgeView>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        dataSource={d.pledges}
        locale={{ emptyText: '尚无承诺书。' }}
        columns={[
          { title: '类型', width: 160, render: (_, x) => PLEDGE_KIND_LABELS[x.kind] },
          { title: '签订日期', width: 110, render: (_, x) => tableDate(x.signedOn) },
          { title: '年度', width: 70, render: (_, x) => x.year ?? '' },
          { title: '备注', render: (_, x) => x.notes ?? '' },
        ]}
      />
      <PersonTrainingRecords d={d} />
      <PersonWorkRecords d={d} />
      <VettingModal person={p} open={dialog === 'vet'} onClose={close} />
      <AppraiseModal person={p} open={dialog === 'appraise'} onClose={close} />
      <ActionModal
        title={`记录培训：${p.name}`}
        channel="persons:train"
        open={dialog === 'train'}
        onClose={close}
        fixed={{ personId: p.id }}
        toInput={clean}
        initialValues={{
          kind: p.status === 'proposed' ? 'pre_post' : 'annual',
          trainedOn: today(),
          hours: 2,
        }}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="培训类型">
            <Select options={optionsOf(TRAINING_KIND_LABELS)} />
          </Form.Item>
          <DateItem name="trainedOn" label="培训日期" />
          <Form.Item name="hours" label="学时">
            <InputNumber min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="recorder" label="记录人">
            <Input />
          </Form.Item>
        </div>
        <Form.Item name="content" label="培训内容">
          <Input.TextArea rows={2} placeholder="法规、单位保密制度、岗位职责……" />
        </Form.Item>
      </ActionModal>
      <ActionModal
        title={`记录承诺书：${p.name}`}
        channel="persons:pledge"
        open={dialog === 'pledge'}
        onClose={close}
        fixed={{ personId: p.id }}
        toInput={clean}
        initialValues={{ kind: p.status === 'proposed' ? 'onboarding' : 'in_post', signedOn: today() }}
      >
        <div className="form-grid">
          <Form.Item name="kind" label="类型">
            <Select options={PLEDGE_OPTIONS} />
          </Form.Item>
          <DateItem name="signedOn" label="签订日期" />
          <Form.Item name="year" label="年度（保密责任书）">
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="notes" label="备注">
            <Input />
          </Form.Item>
        </div>
      </ActionModal>
      <ActionModal
        title={`上岗：${p.name}`}
        channel="persons:post"
        open={dialog === 'post'}
        onClose={close}
        fixed={{ personId: p.id }}
        toInput={clean}
        submitText="确认上岗"
        initialValues={{ postedOn: today() }}
        intro={
          <Typography.Paragraph type="secondary">
            先培训后上岗：须有通过的保密审查、岗前保密教育培训记录和上岗保密承诺书。
          </Typography.Paragraph>
        }
      >
        <div className="form-grid">
          <DateItem name="postedOn" label="上岗日期" />
          <span />
          <Form.Item name="postCertNo" label="上岗证号">
            <Input />
          </Form.Item>
          <DateItem name="postCertOn" label="上岗证取得日期" />
        </div>
      </ActionModal>
    </div>
  );
}
