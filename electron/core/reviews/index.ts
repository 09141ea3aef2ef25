// The reviews domain's public entry: what other domains (reminders, stats, demo) may use of it.
export { reviewsWaiting } from './views';
export { reviewReminders } from './reminders';
export { seedReviews } from './demo';
export { listReviews } from './views';
