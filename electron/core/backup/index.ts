// The backup domain's public entry: all that other domains may use of it (the fence test enforces this).
export { LAST_BACKUP_KEY } from './last-backup';
export { finishInterruptedRestore } from './restore-swap';
