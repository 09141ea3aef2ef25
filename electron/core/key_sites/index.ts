// The key_sites domain's public entry: what other domains (reminders, stats, demo) may use of it.
export { sitesCheckDue } from './views';
export { keySiteReminders } from './reminders';
export { seedKeySites } from './demo';
export { listKeySites } from './views';
