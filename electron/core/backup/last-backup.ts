// When the last backup was written: a settings row the backup writes and the backup reminder reads.
export const LAST_BACKUP_KEY = 'lastBackupAt';
