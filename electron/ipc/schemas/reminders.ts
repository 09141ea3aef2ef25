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
  /**
   * The view of that page that resolves it: a tab and the register's filters (its list input's `filters`
   * keys), which replace whatever the clerk had set there (search cleared), so the rows are the count's.
   */
  view?: ReminderView;
}

export interface ReminderView {
  tab?: string;
  filters?: Record<string, string>;
}
