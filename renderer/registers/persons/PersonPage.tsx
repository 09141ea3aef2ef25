// One person's page: the basic facts, then a tab per part of the personnel file (posts, clearance chain,
// vetting/training/pledges and 上岗, leaving, travel, history). Everything comes from persons:dossier, read
// again after every write to what it shows, so the page always shows what the core recorded.
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { PersonDossier } from '../../../electron/ipc/contract';
import { ErrorNote } from '../../components/ErrorNote';
import { tableDate } from '../../i18n/format';
import { navigate } from '../../shell/route';
import { useLoad } from '../../stores/load';
import { LeavingPanel } from '../leaving/LeavingPanel';
import { PersonTravelPanel } from '../travel/PersonTravelPanel';
import { ClearancePanel } from './ClearancePanel';
import { HistoryTimeline } from './HistoryTimeline';
import { PersonFormButtons } from './PersonFormButtons';
import { ClearanceTag, StatusTag } from './personColumns';
import { PersonFormModal } from './PersonFormModal';
import { GENDER_LABELS, LEAVING_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import { PostsPanel } from './PostsPanel';
import { RecordsPanel } from './RecordsPanel';
import './persons.css';

function facts(d: PersonDossier) {
  const p = d.person;
  return [
    { key: 'g', label: '性别', children: GENDER_LABELS[p.gender] },
    { key: 'id', label: '证件号', children: p.idNumber },
    { key: 'd', label: '部门', children: p.department },
    { key: 'ps', label: '政治面貌', children: p.politicalStatus ?? '' },
    { key: 'c', label: '涉密等级', children: <ClearanceTag clearance={p.clearance} /> },
    { key: 'co', label: '确定时间', children: tableDate(p.clearedOn) },
    {
      key: 'hl',
      label: '接触最高密级',
      children: p.highestLevel ? LEVEL_LABELS[p.highestLevel] : '',
    },
    { key: 'cert', label: '上岗证', children: p.postCertNo ?? '' },
    { key: 'po', label: '上岗日期', children: tableDate(p.postedOn) },
    { key: 'nv', label: '下次复审', children: tableDate(p.nextVettingOn) },
    {
      key: 'sep',
      label: '脱密期',
      children: p.separationEndsOn
        ? `${tableDate(p.leftOn)} 至 ${tableDate(p.separationEndsOn)}（${p.leavingKind ? LEAVING_KIND_LABELS[p.leavingKind] : ''}${p.separationExtraMonths ? `，延长 ${p.separationExtraMonths} 个月` : ''}）`
        : '',
    },
    {
      key: 'f',
      label: '定密责任人/要害部门',
      children: [p.isClassifier ? '定密责任人' : '', p.isKeyDeptStaff ? '要害部门人员' : ''].join(' '),
    },
  ];
}

/** What a person's file shows: the person, their department, leaving, travel and the carriers they hold. */
const SHOWS = ['persons', 'leaving', 'travel', 'departments', 'carriers'] as const;

export function PersonPage({ id }: { id: number }) {
  const { value: d, error } = useLoad('persons:dossier', { id }, SHOWS);
  const [editing, setEditing] = useState(false);
  if (!d) return error ? <ErrorNote message={error} /> : <Spin />;
  const p = d.person;
  return (
    <div className="page person-page">
      <div className="person-head">
        <Space align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('reg/persons')}>
            返回台账
          </Button>
          <Typography.Title level={4} className="page-title person-name" style={{ margin: 0 }}>
            {p.name}
          </Typography.Title>
          <ClearanceTag clearance={p.clearance} />
          <StatusTag status={p.status} />
        </Space>
        <Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改
          </Button>
          <PersonFormButtons personId={p.id} />
        </Space>
      </div>
      <ErrorNote message={error} />
      {p.status === 'proposed' && p.readiness.missing.length ? (
        <Alert
          type="warning"
          showIcon
          className="person-section"
          title={`先培训后上岗：上岗前还缺 ${p.readiness.missing.join('、')}。`}
        />
      ) : null}
      {p.separationEndsOn && p.inSeparation ? (
        <Alert
          type="info"
          showIcon
          className="person-section"
          title={`脱密期至 ${tableDate(p.separationEndsOn)}（${p.separationYears ?? ''} 年）`}
        />
      ) : null}
      <Descriptions size="small" bordered column={3} items={facts(d)} className="person-section" />
      <Tabs
        className="person-tabs"
        destroyOnHidden
        items={[
          { key: 'posts', label: '岗位', children: <PostsPanel person={p} /> },
          { key: 'clearance', label: '涉密等级', children: <ClearancePanel d={d} /> },
          { key: 'records', label: '审查·培训·承诺书', children: <RecordsPanel d={d} /> },
          { key: 'leaving', label: '离岗', children: <LeavingPanel d={d} /> },
          { key: 'travel', label: '因私出国(境)', children: <PersonTravelPanel d={d} /> },
          { key: 'history', label: '历史记录', children: <HistoryTimeline events={d.history} /> },
        ]}
      />
      <PersonFormModal open={editing} person={p} onClose={() => setEditing(false)} />
    </div>
  );
}
