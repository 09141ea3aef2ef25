// The exchange's public entry: what other domains use of it (the reminders list the supervisor's alerts).
export { supervisorAlerts, ALERT_PARTS, type AlertPart } from './supervisor-alerts';
