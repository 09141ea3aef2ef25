// What goes back up of the supervisor's notices (issue 25, point 6): which notices the unit imported and when,
// so the bureau sees an 意见 or a 备案 arrive. A 整改通知's closure travels in the findings part (its `notice`
// column names the notice item each finding came from). The notices' texts stay at the unit: the bureau wrote them.
import { tablePart } from './table-part';

export const NOTICE_PARTS = [
  tablePart({
    id: 'notices',
    label: '上级单位通知',
    table: 'notices_received',
    columns: ['id', 'supervisor_code', 'seq', 'kind', 'issued_at', 'imported_at'],
    changed: 'imported_at >= @since',
    neverDeleted: true,
  }),
];
