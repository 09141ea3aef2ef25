// The persons domain's public entry: all that other domains may use of it (the fence test enforces this).
export { personnelReminders } from './reminders';
export { DEFAULT_PERSONNEL_SETTINGS } from './settings';
