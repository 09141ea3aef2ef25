// 保密检查与整改: the checks (with their checklist in a drawer) and the findings board.
import { Button, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { InspectionRow } from '../../../electron/ipc/contract';
import { CHECK_KIND_LABELS, CHECK_STATUS_LABELS } from '../../../db/domain/labels';
import { RegisterTable, type RegisterColumn } from '../../components/RegisterTable';
import { tableDate } from '../../i18n/format';
import { optionsOf } from '../../i18n/labels';
import { useInspections } from '../../stores/inspections.store';
import { FindingsBoard } from './FindingsBoard';
import { InspectionDrawer } from './InspectionDrawer';
import { OpenCheckModal } from './OpenCheckModal';
import { scopeText } from './scope';
import { SettingsTabs } from './SettingsModal';
import { ImportButton } from '../xlsx/ImportButton';
import { Chip } from '../../components/Chip';

const COLUMNS: RegisterColumn<InspectionRow>[] = [
  { key: 'checkedOn', title: '检查日期', width: 105, render: (c) => tableDate(c.checkedOn) },
  {
    key: 'kind',
    title: '类型',
    width: 110,
    render: (c) => CHECK_KIND_LABELS[c.kind],
    filterOptions: optionsOf(CHECK_KIND_LABELS),
  },
  { key: 'title', title: '检查名称', width: 220, render: (c) => c.title },
  { key: 'period', title: '期间', width: 80, render: (c) => c.period },
  {
    key: 'department',
    title: '被查部门/人员',
    width: 120,
    render: (c) => scopeText(c),
  },
  { key: 'progress', title: '检查表', width: 90, render: (c) => `${c.answered}/${c.items}` },
  {
    key: 'findings',
    title: '问题',
    width: 130,
    render: (c) => (
      <span>
        {c.failed} 项不符合
        {c.overdueFindings ? <Chip color="red">{c.overdueFindings} 逾期</Chip> : null}
      </span>
    ),
  },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (c) => (
      <Chip color={c.status === 'closed' ? 'green' : c.openFindings ? 'orange' : undefined}>
        {CHECK_STATUS_LABELS[c.status]}
      </Chip>
    ),
    filterOptions: optionsOf(CHECK_STATUS_LABELS),
  },
];

export function InspectionsRegister() {
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState<'schedules' | 'template' | null>(null);
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        保密检查与整改
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'checks',
            label: '检查',
            children: (
              <div style={{ height: 'calc(100vh - 190px)', display: 'flex' }}>
                <RegisterTable<InspectionRow>
                  registerId="inspections"
                  columns={COLUMNS}
                  rowKey={(c) => c.id}
                  store={useInspections}
                  searchPlaceholder="检查名称、检查人员"
                  emptyText="尚无保密检查记录。每月开展部门自查，按季度集中检查或抽查。"
                  onOpen={(c) => setOpen(c.id)}
                  toolbar={
                    <Space>
                      <Button type="primary" onClick={() => setCreating(true)}>
                        新建检查
                      </Button>
                      <Button onClick={() => setSettings('schedules')}>检查周期</Button>
                      <Button onClick={() => setSettings('template')}>检查表模板</Button>
                      <ImportButton register="inspections" title="保密检查台账" />
                    </Space>
                  }
                />
              </div>
            ),
          },
          { key: 'findings', label: '问题整改', children: <FindingsBoard /> },
        ]}
      />
      <InspectionDrawer inspectionId={open} onClose={() => setOpen(null)} />
      <SettingsTabs open={settings} onClose={() => setSettings(null)} />
      {creating ? <OpenCheckModal onClose={() => setCreating(false)} onDone={(c) => setOpen(c.id)} /> : null}
    </div>
  );
}
