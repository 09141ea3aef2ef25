// The 24-hour clock of art. 61 as the core read it (deadline, state, each report late or not); while it runs,
// the minutes left are counted down on screen from the core's deadline.
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportClock as Clock } from '../../../electron/ipc/contract';
import { REPORT_CLOCK_LABELS } from '../../../db/domain/labels';
import { tableDateTime } from '../../i18n/format';

export function span(ms: number): string {
  const m = Math.floor(Math.abs(ms) / 60_000);
  return `${Math.floor(m / 60)} 小时 ${String(m % 60).padStart(2, '0')} 分`;
}

/** Milliseconds left to the deadline, refreshed each half minute while the clock runs. */
function useLeft(clock: Clock): number {
  // The core's reading is the truth (its clock may not be this machine's: a test's, or one being corrected);
  // from the moment it arrives, the time left runs down by the time that passes here.
  const live = clock.state === 'running' || clock.state === 'overdue';
  const [passed, setPassed] = useState({ clock, ms: 0 });
  useEffect(() => {
    if (!live) return;
    const from = Date.now();
    const t = setInterval(() => setPassed({ clock, ms: Date.now() - from }), 30_000);
    return () => clearInterval(t);
  }, [clock, live]);
  return live && passed.clock === clock ? clock.msLeft - passed.ms : clock.msLeft;
}

export function ClockText({ clock }: { clock: Clock }) {
  const left = useLeft(clock);
  if (clock.state === 'running' && left >= 0)
    return (
      <span className="incident-clock" style={{ color: '#d4380d' }}>
        距24小时报告时限还剩 {span(left)}（{tableDateTime(clock.deadlineAt)} 前）
      </span>
    );
  if (clock.state === 'running' || clock.state === 'overdue')
    return (
      <span className="incident-clock" style={{ color: '#cf1322' }}>
        已超过24小时报告时限 {span(left)}，尚未报告完毕
      </span>
    );
  if (clock.state === 'late') {
    const late = Object.values(clock.reports).reduce((m, r) => Math.max(m, r?.lateByMs ?? 0), 0);
    return <span style={{ color: '#cf1322' }}>迟报：超过24小时时限 {span(late)}</span>;
  }
  return <span style={{ color: '#389e0d' }}>已在24小时内报告</span>;
}

export function ClockTag({ clock }: { clock: Clock }) {
  const color = clock.state === 'on_time' ? 'green' : clock.state === 'running' ? 'orange' : 'red';
  return <Tag color={color}>{REPORT_CLOCK_LABELS[clock.state]}</Tag>;
}
