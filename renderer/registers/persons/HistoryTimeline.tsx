import { Empty, Timeline, Typography } from 'antd';
import type { PersonEventView } from '../../../electron/ipc/contract';
import { tableDate } from '../../i18n/format';
import { PERSON_EVENT_LABELS } from '../../../db/domain/labels';

/** The personnel file's history, newest first (the core sends them so), kept permanently. */
export function HistoryTimeline({ events }: { events: PersonEventView[] }) {
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无历史记录" />;
  return (
    <Timeline
      className="person-history"
      items={events.map((e) => ({
        key: e.id,
        color: e.kind === 'leaving' || e.kind === 'departure' ? 'orange' : 'blue',
        content: (
          <div>
            <span className="timeline-date">{tableDate(e.on)}</span>
            <Typography.Text strong>{PERSON_EVENT_LABELS[e.kind]}</Typography.Text> <span>{e.summary}</span>
            {e.actor ? <Typography.Text type="secondary"> 经办：{e.actor}</Typography.Text> : null}
          </div>
        ),
      }))}
    />
  );
}
