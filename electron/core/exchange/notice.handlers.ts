// The handlers of notice.channels.ts (merged into exchange.handlers.ts).
import type { DomainHandlers } from '../../ipc/dispatch';
import { importNotice, listReceivedNotices } from './notice-import';
import { listSentNotices, writeNotice } from './notice-write';

export const noticeHandlers: Pick<
  DomainHandlers<'exchange'>,
  'exchange:writeNotice' | 'exchange:sentNotices' | 'exchange:importNotice' | 'exchange:notices'
> = {
  'exchange:writeNotice': (core, input) => writeNotice(core, input),
  'exchange:sentNotices': (core, input) => listSentNotices(core, input.unitCode),
  'exchange:importNotice': (core, input) => importNotice(core, input.path),
  'exchange:notices': (core) => listReceivedNotices(core.session().db),
};
