// Notices (issue 25, point 6; merged into exchange.channels.ts): the bureau writes and follows them, the unit
// imports and reads them.
import { channel } from '../../ipc/channel';
import { empty } from '../../ipc/schemas/common';
import { PathInput } from '../../ipc/schemas/exchange';
import {
  NoticeListInput,
  NoticeWriteInput,
  type NoticeWriteView,
  type ReceivedNoticeView,
  type SentNoticeView,
} from '../../ipc/schemas/notices';

export const noticeChannels = {
  'exchange:writeNotice': channel<NoticeWriteView>()(NoticeWriteInput, 'register:write'),
  'exchange:sentNotices': channel<SentNoticeView[]>()(NoticeListInput, 'register:read'),
  'exchange:importNotice': channel<ReceivedNoticeView>()(PathInput, 'register:write'),
  'exchange:notices': channel<ReceivedNoticeView[]>()(empty, 'register:read'),
} as const;
