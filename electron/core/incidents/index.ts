// The incidents domain's public entry: all that other domains may use of it (the fence test enforces this).
export { incidentReminders } from './reminders';
export { seedIncidents } from './demo';
export { incidentFigures } from './annual-figures';
export { listIncidents } from './views';
