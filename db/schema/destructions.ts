import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DESTRUCTION_METHODS } from '../domain/vocab';
import { accounts } from './accounts';
import { approvals } from './approvals';
import { carrierCopies, carriers } from './carriers';

/**
 * 销毁: one batch per 销毁审批表, with its approval, time, place, method, reason and who was responsible.
 * Kept forever (regulation art. 28; a trigger refuses deletes); the carriers' copies it destroyed are its items.
 */
export const destructionBatches = sqliteTable(
  'destruction_batches',
  {
    id: integer('id').primaryKey(),
    batchNo: text('batch_no').notNull(),
    /** Date and time of the destruction, as stated (YYYY-MM-DDTHH:MM). */
    destroyedAt: text('destroyed_at').notNull(),
    place: text('place').notNull(),
    method: text('method', { enum: DESTRUCTION_METHODS }).notNull(),
    reason: text('reason').notNull(),
    /** 销毁人 / 经办人. */
    responsibleName: text('responsible_name').notNull(),
    /** 接收人 (the destruction facility) when sent out. */
    receiverName: text('receiver_name'),
    approvalId: integer('approval_id')
      .notNull()
      .references(() => approvals.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('destruction_batches_no_uq').on(t.batchNo),
    index('destruction_batches_at_idx').on(t.destroyedAt),
  ],
);

/** 监销人: at least two different people per batch. */
export const destructionWitnesses = sqliteTable(
  'destruction_witnesses',
  {
    id: integer('id').primaryKey(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => destructionBatches.id),
    name: text('name').notNull(),
    title: text('title'),
    department: text('department'),
  },
  (t) => [index('destruction_witnesses_batch_idx').on(t.batchId)],
);

/** The copies a batch destroyed (销毁清单); a copy is destroyed at most once. */
export const destructionItems = sqliteTable(
  'destruction_items',
  {
    copyId: integer('copy_id')
      .primaryKey()
      .references(() => carrierCopies.id),
    batchId: integer('batch_id')
      .notNull()
      .references(() => destructionBatches.id),
    carrierId: integer('carrier_id')
      .notNull()
      .references(() => carriers.id),
  },
  (t) => [index('destruction_items_batch_idx').on(t.batchId)],
);
