// The committee domain's public entry: what other domains (reminders, stats, demo) may use of it.
export { missingHalfYear } from './committee.service';
export { meetingsWithMaterialsOut } from './meetings';
export { overdueTasks } from './tasks';
export { committeeReminders } from './reminders';
export { seedCommittee } from './demo';
export { seedRuleDocuments } from './demo-rules';
export { listCommitteeMeetings } from './committee.service';
export { listMeetings } from './meetings';
export { listLeaderChecks } from './leader-checks';
