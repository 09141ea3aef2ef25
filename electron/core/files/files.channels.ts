// The files domain's channels: the drives mounted now, a folder's view for the in-app picker, and the
// system's own dialog where the shell has one. Any signed-in role picks files (the auditor exports the log,
// the system administrator writes backups); nothing here reads a file's content.
import { channel, channels } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import {
  type BrowseView,
  type Drive,
  FilesBrowseInput,
  FilesPickInput,
  type PickView,
} from '../../ipc/schemas/files';

export const filesChannels = channels('files', {
  'files:drives': channel<Drive[]>()(empty, 'self'),
  'files:browse': channel<BrowseView>()(FilesBrowseInput, 'self'),
  'files:pick': channel<PickView>()(FilesPickInput, 'self'),
});
