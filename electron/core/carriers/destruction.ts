// 销毁 (regulation art. 28): a batch with 清点、登记、审批, two or more different 监销人, time, place, method and
// reason. The batch, its witnesses and its list are kept forever; nothing is destroyed privately.
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import {
  accounts,
  approvals,
  carrierCopies,
  carriers,
  destructionBatches,
  destructionItems,
  destructionWitnesses,
} from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  DestroyInput,
  DestructionBatchView,
  DestructionListInput,
} from '../../ipc/schemas/carriers-actions';
import type { AppCore } from '../app-core';
import { yearOf } from '../util/dates';
import { checkCopyStatus, checkWitnesses, requireApproval } from './rules';
import { addEvent, loadCarrier, loadCopies, refreshCarrier, setCopy } from './store';
import { pageOf } from '../util/paging';
import { nextSerial } from '../util/serial';
import { approve } from '../approvals/approve';
import { inList } from '../util/in-list';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

const nextBatchNo = (tx: Reader, on: string) =>
  nextSerial(tx, destructionBatches, destructionBatches.batchNo, `销${yearOf(on)}-`, 3);

export function destroyCopies(core: AppCore, input: z.output<typeof DestroyInput>): DestructionBatchView {
  const on = input.destroyedAt.slice(0, 10);
  const batchId = core.write(
    'carrier_destroy',
    'destruction',
    (tx, ctx) => {
      const approval = requireApproval(
        input.approval,
        'destruction_needs_approval',
        '销毁涉密载体须经单位领导审批，请登记审批人和审批日期。',
      );
      checkWitnesses(input.witnesses);
      const batchNo = input.batchNo ?? nextBatchNo(tx, on);
      const approvalId = approve(tx, approval, 'destroy', { type: 'destruction', id: batchNo }, ctx, {
        notAfter: on,
      });
      const batch = tx
        .insert(destructionBatches)
        .values({
          batchNo,
          destroyedAt: input.destroyedAt,
          place: input.place,
          method: input.method,
          reason: input.reason,
          responsibleName: input.responsibleName,
          receiverName: input.receiverName ?? null,
          approvalId,
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: destructionBatches.id })
        .get();
      for (const w of input.witnesses) {
        tx.insert(destructionWitnesses)
          .values({
            batchId: batch.id,
            name: w.name,
            title: w.title ?? null,
            department: w.department ?? null,
          })
          .run();
      }
      const witnesses = input.witnesses.map((w) => w.name).join('、');
      for (const item of input.items) {
        const c = loadCarrier(tx, item.carrierId);
        for (const cp of loadCopies(tx, c.id, item.copyNos)) {
          checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], '销毁');
          tx.insert(destructionItems).values({ copyId: cp.id, batchId: batch.id, carrierId: c.id }).run();
          setCopy(tx, ctx, cp.id, { status: 'destroyed' });
          addEvent(tx, ctx, {
            carrierId: c.id,
            copyId: cp.id,
            kind: 'destroy',
            on,
            counterpart: `监销：${witnesses}`,
            approvalId,
            detail: { batchNo, place: input.place, method: input.method, at: input.destroyedAt },
          });
        }
        refreshCarrier(tx, ctx, c.id);
      }
      return batch.id;
    },
    (id) => ({
      entityId: id,
      detail: {
        items: input.items.map((i) => ({ carrierId: i.carrierId, copyNos: i.copyNos })),
        witnesses: input.witnesses.length,
      },
    }),
  );
  const view = batchViews(core.session().db, [batchId])[0];
  if (!view) throw new Error('destruction batch vanished after commit');
  return view;
}

function batchViews(db: Reader, ids: number[]): DestructionBatchView[] {
  if (!ids.length) return [];
  const batches = db
    .select({
      b: destructionBatches,
      approverName: sql<string>`coalesce(${accounts.displayName}, ${approvals.approverName}, '')`,
    })
    .from(destructionBatches)
    .innerJoin(approvals, eq(approvals.id, destructionBatches.approvalId))
    .leftJoin(accounts, eq(accounts.id, approvals.approverAccountId))
    .where(inList(destructionBatches.id, ids))
    .orderBy(desc(destructionBatches.destroyedAt), desc(destructionBatches.id))
    .all();
  const witnesses = db
    .select()
    .from(destructionWitnesses)
    .where(inList(destructionWitnesses.batchId, ids))
    .all();
  const items = db
    .select({
      batchId: destructionItems.batchId,
      carrierId: carriers.id,
      carrierNo: carriers.carrierNo,
      name: carriers.name,
      level: carriers.level,
      copyNo: carrierCopies.copyNo,
      copyText: sql<string>`coalesce(${carrierCopies.copyLabel}, cast(${carrierCopies.copyNo} as text))`,
    })
    .from(destructionItems)
    .innerJoin(carrierCopies, eq(carrierCopies.id, destructionItems.copyId))
    .innerJoin(carriers, eq(carriers.id, destructionItems.carrierId))
    .where(inList(destructionItems.batchId, ids))
    .orderBy(asc(carriers.carrierNo), asc(carrierCopies.copyNo))
    .all();
  return batches.map(({ b, approverName }) => ({
    id: b.id,
    batchNo: b.batchNo,
    destroyedAt: b.destroyedAt,
    place: b.place,
    method: b.method,
    reason: b.reason,
    responsibleName: b.responsibleName,
    receiverName: b.receiverName,
    approvalId: b.approvalId,
    approverName,
    witnesses: witnesses
      .filter((w) => w.batchId === b.id)
      .map((w) => ({ name: w.name, title: w.title, department: w.department })),
    items: items.filter((i) => i.batchId === b.id).map(({ batchId: _b, ...rest }) => rest),
  }));
}

/** 销毁登记: newest first. */
export function listDestructions(
  db: Reader,
  input: z.output<typeof DestructionListInput>,
): Page<DestructionBatchView> {
  const total = keptTotal(db, db.select({ n: count() }).from(destructionBatches));
  const ids = pageOf(
    db
      .select({ id: destructionBatches.id })
      .from(destructionBatches)
      .orderBy(desc(destructionBatches.destroyedAt), desc(destructionBatches.id)),
    input,
  )
    .all()
    .map((r) => r.id);
  return { total, rows: batchViews(db, ids) };
}
