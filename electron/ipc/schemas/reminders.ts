export type ReminderSeverity = 'info' | 'warning' | 'danger';

export interface Reminder {
  /** Stable id, e.g. `backup_overdue`; registers add their own. */
  id: string;
  severity: ReminderSeverity;
  title: string;
  detail: string;
  /** Where the UI should take the clerk to act on it (a route id), if anywhere. */
  target?: string;
}
