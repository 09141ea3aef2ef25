// Bench questions of the registers the demo filled last (issue 20 point 1): the 国家秘密事项一览表 (its page and the
// carrier form's picker), 维修登记 (its page and 只看维修中), and the 审批 page (its requests by state, the approval
// form's approved requests, and the table of approvals by kind); each through the core, as its handler calls it, and
// as plain SQL (bench-raw.ts). At the demo's large scale: 300 items, 2,808 repairs, 3,000 requests, 61k approvals.
import type { Db } from '../../../db/open';
import { listApprovals } from '../../../electron/core/approvals/approvals.service';
import { seedApprovalRequests } from '../../../electron/core/approvals/demo';
import { listRequests } from '../../../electron/core/approvals/requests.service';
import { seedClassificationItems } from '../../../electron/core/classification';
import { itemOptions, listItems } from '../../../electron/core/classification/items';
import { seedRepairs } from '../../../electron/core/devices';
import { listRepairs } from '../../../electron/core/devices/usage';
import { ApprovalListInput, RequestListInput } from '../../../electron/ipc/schemas/approvals';
import { ClassificationListInput } from '../../../electron/ipc/schemas/classification';
import { empty } from '../../../electron/ipc/schemas/common';
import { DeviceRepairListInput } from '../../../electron/ipc/schemas/devices-usage';
import { counted, registerBench } from './bench-raw';
import { seededRng } from './demo';

/**
 * Fills the bench database's repairs, 一览表 and requests as the demo does (same seeds), after the devices, the
 * carriers and the persons; `requesterId` is the account that files the requests (the bench's own).
 */
export function seedItemsBench(db: Db, scale: 'small' | 'large', now: Date, requesterId: number): string {
  const r = seedRepairs(db, seededRng(20261208), now);
  const i = seedClassificationItems(db, scale, seededRng(20261209), now.toISOString());
  const a = seedApprovalRequests(db, scale, seededRng(20261210), now, requesterId);
  return `已生成 ${r.repairs} 条维修登记、${i.items} 个国家秘密事项（${i.citingCarriers} 件载体引用）、${a.requests} 条审批申请`;
}

/** The subject a page names, as subject-label.ts reads it for the carriers and devices the demo's approvals are about. */
const SUBJECTS = `LEFT JOIN carriers c ON a.subject_type = 'carrier' AND c.id = a.subject_id
  LEFT JOIN devices d ON a.subject_type = 'device' AND d.id = a.subject_id`;

const itemsPage = registerBench({
  name: 'classification_items_page',
  questions: [
    // The register's store: every item, retired ones too, a block of 100 rows at a time.
    { activeOnly: false, pageSize: 100 },
    { activeOnly: false, pageSize: 100, page: 2 },
    // The active items only, as the register's 只看在用 asks.
    { pageSize: 100 },
  ],
  parse: (x) => ClassificationListInput.parse(x),
  app: (db, q) => counted(listItems(db, q)),
  raw: (q) => [
    {
      table: 'classification_items i',
      cols: 'i.*, (SELECT count(*) FROM carriers c WHERE c.classification_item_id = i.id)',
      where: [q.activeOnly && ['i.active = 1']],
      order: 'i.id',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

/** The carrier form's picker of 定密依据: every active item's name and level, in the 一览表's order. */
const itemsPicker = registerBench({
  name: 'classification_picker',
  questions: [{}],
  parse: (x) => empty.parse(x),
  app: (db) => {
    const rows = itemOptions(db);
    return counted({ rows, total: rows.length });
  },
  raw: () => [
    {
      table: 'classification_items i',
      cols: 'i.id, i.name, i.level',
      where: [['i.active = 1']],
      order: 'i.id',
      page: 1,
      pageSize: 10_000,
    },
  ],
});

const repairsPage = registerBench({
  name: 'device_repairs_page',
  questions: [{}, { open: true }, { page: 3 }, {}, { page: 20 }].map((q) => ({ ...q, pageSize: 50 })),
  parse: (x) => DeviceRepairListInput.parse(x),
  app: (db, q) => counted(listRepairs(db, q)),
  raw: (q) => [
    {
      table: 'device_repairs r',
      joins: 'JOIN devices v ON v.id = r.device_id',
      cols: 'r.*, v.device_no',
      where: [q.open && ['r.returned_on IS NULL']],
      order: 'r.started_on DESC, r.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const requestsPage = registerBench({
  name: 'approval_requests_page',
  questions: [
    // The page opens on what waits for a decision, ten at a time; then the clerk's other filters.
    { status: 'pending', pageSize: 10 },
    { pageSize: 10 },
    { status: 'used', pageSize: 10, page: 5 },
    { status: 'rejected', pageSize: 10 },
    // The approval form of an action: the approved requests of its kind not used yet (ApprovalFields).
    { status: 'approved', kind: 'borrow', pageSize: 200 },
  ],
  parse: (x) => RequestListInput.parse(x),
  app: (db, q) => counted(listRequests(db, q)),
  raw: (q) => [
    {
      table: 'approval_requests r',
      joins: `JOIN accounts u ON u.id = r.requested_by LEFT JOIN approvals a ON a.id = r.approval_id
        LEFT JOIN accounts au ON au.id = a.approver_account_id ${SUBJECTS}`,
      cols: 'r.*, u.display_name, a.*, au.display_name, c.carrier_no, c.name, d.device_no',
      where: [q.status && ['r.status = ?', q.status], q.kind && ['r.kind = ?', q.kind]],
      order: 'r.requested_at DESC, r.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

const approvalsPage = registerBench({
  name: 'approvals_page',
  // The table scrolled a few blocks down, as the other registers' lines ask (a block 50 down walks its 4,900 rows
  // first: 13 ms through the core, 25 ms raw, at the large demo).
  questions: [{}, { kind: 'borrow' }, { kind: 'repair' }, { page: 5 }, { kind: 'classify', page: 3 }].map(
    (q) => ({ ...q, pageSize: 100 }),
  ),
  parse: (x) => ApprovalListInput.parse(x),
  app: (db, q) => counted(listApprovals(db, q)),
  raw: (q) => [
    {
      table: 'approvals a',
      joins: `LEFT JOIN accounts au ON au.id = a.approver_account_id ${SUBJECTS}`,
      cols: 'a.*, au.display_name, c.carrier_no, c.name, d.device_no',
      where: [q.kind && ['a.kind = ?', q.kind]],
      order: 'a.decided_at DESC, a.id DESC',
      page: q.page,
      pageSize: q.pageSize,
    },
  ],
});

export const ITEM_REGISTERS = [itemsPage, itemsPicker, repairsPage, requestsPage, approvalsPage];
