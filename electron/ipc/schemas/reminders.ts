import type { PageId } from '../../../db/domain/vocab';

export type ReminderSeverity = 'info' | 'warning' | 'danger';

export interface Reminder {
  /** Stable id, e.g. `backup_overdue`; registers add their own. */
  id: string;
  severity: ReminderSeverity;
  title: string;
  detail: string;
  /** The page where the clerk acts on it (前往处理), if any: only a page that exists compiles. */
  target?: PageId;
}
