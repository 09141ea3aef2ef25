// 问题整改 as a board by state (逾期 its own red column), filtered by department and deadline.
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FindingState } from '../../../electron/ipc/contract';
import { FINDING_STATE_LABELS } from '../../../db/domain/labels';
import { DepartmentSelect } from '../../components/forms';
import { tableDate } from '../../i18n/format';
import { useLoad } from '../../stores/load';
import { ExportFindings } from './ExportFindings';
import { FindingDrawer } from './FindingDrawer';
import { DateInput } from '../../components/forms';

const COLUMNS: FindingState[] = ['pending', 'rectifying', 'to_verify', 'overdue', 'closed'];
const SHOWS = ['inspections', 'persons', 'departments'] as const;

function Column({
  state,
  departmentId,
  deadlineBy,
  onOpen,
}: {
  state: FindingState;
  departmentId?: number;
  deadlineBy?: string;
  onOpen: (id: number) => void;
}) {
  const r = useLoad(
    'inspections:findings',
    {
      state,
      pageSize: 200,
      ...(departmentId ? { departmentId } : {}),
      ...(deadlineBy ? { deadlineBy } : {}),
    },
    SHOWS,
    true,
  );
  const rows = r.value?.rows ?? [];
  return (
    <Card
      size="small"
      title={`${FINDING_STATE_LABELS[state]}（${r.value?.total ?? 0}）`}
      styles={state === 'overdue' ? { header: { color: '#cf1322' } } : undefined}
      data-state={state}
    >
      {rows.length === 0 ? <Typography.Text type="secondary">无</Typography.Text> : null}
      {rows.map((f) => (
        <div
          key={f.id}
          className={`finding-card${f.overdue ? ' overdue' : ''}`}
          role="button"
          tabIndex={0}
          onClick={() => onOpen(f.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onOpen(f.id);
          }}
        >
          <div>
            {f.what}
            {/* Carried over when its check closed: still to be rectified, here until it is verified. */}
            {f.carryOverReason ? <Tag style={{ marginLeft: 4 }}>已结转</Tag> : null}
          </div>
          <Typography.Text type="secondary">
            {f.department ?? ''} {f.responsible ?? '未下达'}
            {f.deadline ? ` · ${tableDate(f.deadline)}` : ''}
            {f.overdue ? ` · 逾期 ${f.overdueDays} 天` : ''}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}

export function FindingsBoard() {
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [deadlineBy, setDeadlineBy] = useState<string | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <DepartmentSelect
          allowClear
          placeholder="全部部门"
          value={departmentId}
          onChange={setDepartmentId}
          aria-label="责任部门"
        />
        <DateInput
          aria-label="整改期限不晚于"
          style={{ width: 170 }}
          value={deadlineBy ?? ''}
          onChange={(v) => setDeadlineBy(v || undefined)}
        />
        <Typography.Text type="secondary">整改期限不晚于所选日期</Typography.Text>
        <Button onClick={() => setExporting(true)}>导出整改台账</Button>
      </Space>
      <div className="findings-board">
        {COLUMNS.map((s) => (
          <Column key={s} state={s} departmentId={departmentId} deadlineBy={deadlineBy} onOpen={setOpen} />
        ))}
      </div>
      <FindingDrawer findingId={open} onClose={() => setOpen(null)} />
      {exporting ? (
        <ExportFindings
          view={{ ...(departmentId ? { departmentId } : {}), ...(deadlineBy ? { deadlineBy } : {}) }}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </div>
  );
}
