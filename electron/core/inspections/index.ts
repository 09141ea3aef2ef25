// The inspections domain's public entry: all that other domains may use of it (the fence test enforces this).
export { inspectionReminders } from './reminders';
export { seedInspections } from './demo';
export { listInspections } from './views';
export { listFindings } from './findings-views';
export { findingEvent } from './store';
export { findCheckInTx, findingInCheck, recordCheckInTx, recordFindingInTx } from './history';
