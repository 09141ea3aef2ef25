// The attachments domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import {
  type AttachmentData,
  AttachmentIdInput,
  AttachmentUploadInput,
  type AttachmentView,
} from '../../ipc/schemas/attachments';

export const attachmentsChannels = channels('attachments', {
  'attachments:upload': channel<AttachmentView>()(AttachmentUploadInput, 'register:write'),
  'attachments:get': channel<AttachmentData>()(AttachmentIdInput, 'register:read'),
});
