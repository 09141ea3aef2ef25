// The backup domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { JobInput, type JobProgressView } from '../../ipc/schemas/common';
import { BackupInput, type BackupView, RestoreInput, type RestoreView } from '../../ipc/schemas/backup';

export const backupChannels = channels('backup', {
  'backup:create': channel<BackupView>()(BackupInput, 'system:manage'),
  'backup:restore': channel<RestoreView>()(RestoreInput, 'system:manage'),
  'backup:progress': channel<JobProgressView>()(JobInput, 'system:manage'),
  'backup:cancel': channel<boolean>()(JobInput, 'system:manage'),
  // A restore ends the session before it starts (the database is replaced under it): its progress and cancel
  // are asked without one, and answer only for a restore's own job.
  'backup:restoreProgress': channel<JobProgressView>()(JobInput, 'public'),
  'backup:restoreCancel': channel<boolean>()(JobInput, 'public'),
});
