import { Descriptions, Drawer, Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { tableDate, tableDateTime } from '../i18n/format';
import { ErrorNote } from './ErrorNote';

export interface DetailField {
  label: string;
  value: ReactNode;
  /** Spans the whole row (long text). */
  wide?: boolean;
}

export interface HistoryEntry {
  key: string | number;
  /** A date (`YYYY-MM-DD`, the business date) or an ISO timestamp (when it was recorded). */
  at: string;
  title: string;
  actor?: string | null;
  detail?: ReactNode;
  /** Red for refusals and destruction, green for returns; grey otherwise. */
  tone?: 'red' | 'green' | 'gray' | 'blue';
}

/** One record: its fields, then its history, newest first, as kept permanently by the core. */
export function DetailDrawer({
  open,
  title,
  loading,
  error,
  fields,
  history,
  extra,
  children,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  loading?: boolean;
  error?: string | null;
  fields: DetailField[];
  history: HistoryEntry[];
  extra?: ReactNode;
  /** Sections between the fields and the history (copies, people, approvals …). */
  children?: ReactNode;
  onClose: () => void;
}) {
  return (
    <Drawer open={open} title={title} size={720} onClose={onClose} extra={extra} loading={loading}>
      <ErrorNote message={error} />
      <Descriptions
        size="small"
        bordered
        column={2}
        items={fields.map((f, i) => ({ key: i, label: f.label, children: f.value, span: f.wide ? 2 : 1 }))}
      />
      {children}
      <Typography.Title level={5} className="drawer-section">
        历史记录
      </Typography.Title>
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无历史记录" />
      ) : (
        <Timeline
          items={history.map((h) => ({
            key: h.key,
            color: h.tone ?? 'gray',
            content: (
              <div>
                <span className="timeline-date">
                  {h.at.length > 10 ? tableDateTime(h.at) : tableDate(h.at)}
                </span>
                <Typography.Text strong>{h.title}</Typography.Text>
                {h.actor ? <Typography.Text type="secondary"> 经办：{h.actor}</Typography.Text> : null}
                {h.detail ? <div className="timeline-detail">{h.detail}</div> : null}
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
