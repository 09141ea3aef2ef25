// The attachments domain's handlers: one function per channel of attachments.channels.ts, each calling the domain's code.
import { getAttachment, uploadAttachment } from './attachments.service';
import type { DomainHandlers } from '../../ipc/dispatch';

export const attachmentsHandlers: DomainHandlers<'attachments'> = {
  'attachments:upload': (core, input) => uploadAttachment(core, input),
  'attachments:get': (core, input) => getAttachment(core, input),
};
