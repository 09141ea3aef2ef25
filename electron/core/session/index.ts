// The session domain's public entry: all that other domains may use of it (the fence test enforces this).
export { liftLockout } from './lockout';
export { unitInfo } from './unit-info';
export { countedAttempt } from './counted-attempt';
