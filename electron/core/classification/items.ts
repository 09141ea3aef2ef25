// 国家秘密事项一览表 (regulation art. 13) as a register: the unit's 定密 items, each the basis a carrier cites.
import { asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { carriers, classificationItems } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type {
  ClassificationItemInput,
  ClassificationItemOption,
  ClassificationItemUpdateInput,
  ClassificationItemView,
  ClassificationListInput,
} from '../../ipc/schemas/classification';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import {
  carrierSettings,
  checkLevelAllowed,
  checkTermWithinMax,
  termFromInput,
  termFromRow,
  type Term,
} from '../carriers';
import { pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { keptTotal } from '../util/count-cache';
import { statement } from '../util/statements';

type Reader = Pick<Db, 'select'>;
type ItemRow = typeof classificationItems.$inferSelect;

// An entry's term is a rule for future items, not one item: check it against an issue date of "today"
// (the maximum is a length, so any date gives the same answer).
const checkItemTerm = (level: ItemRow['level'], term: Term) => checkTermWithinMax(level, term, '2000-01-01');

function itemView(r: ItemRow, n: number): ClassificationItemView {
  return {
    id: r.id,
    name: r.name,
    level: r.level,
    term: termFromRow({ ...r, termUntil: null }),
    classifierName: r.classifierName,
    department: r.department,
    basis: r.basis,
    keyDepartment: r.keyDepartment === 1,
    active: r.active === 1,
    notes: r.notes,
    carriers: n,
  };
}

function loadItem(db: Reader, id: number): ItemRow {
  const r = db.select().from(classificationItems).where(eq(classificationItems.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该国家秘密事项。');
  return r;
}

function carriersUsing(db: Reader, id: number): number {
  return db.select({ n: count() }).from(carriers).where(eq(carriers.classificationItemId, id)).get()?.n ?? 0;
}

function itemColumns(input: Partial<z.output<typeof ClassificationItemInput>>) {
  const term = input.term ? termFromInput(input.term) : undefined;
  if (term?.kind === 'until_date') {
    refuse('item_term_kind', '一览表条目的保密期限应写年限或解密条件，不能写具体解密日期。', 'term');
  }
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.level !== undefined ? { level: input.level } : {}),
    ...(term
      ? {
          termKind: term.kind,
          termYears: term.years,
          termMonths: term.months,
          declassifyCondition: term.condition,
        }
      : {}),
    ...(input.classifierName !== undefined ? { classifierName: input.classifierName } : {}),
    ...(input.department !== undefined ? { department: input.department } : {}),
    ...(input.basis !== undefined ? { basis: input.basis } : {}),
    ...(input.keyDepartment !== undefined ? { keyDepartment: input.keyDepartment ? 1 : 0 } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
}

/** A new entry inside the caller's transaction (the form's write, and the xlsx import of a unit's 一览表). */
export function createItemInTx(
  tx: Tx,
  ctx: WriteCtx,
  input: z.output<typeof ClassificationItemInput>,
): number {
  checkLevelAllowed(input.level, carrierSettings(tx).commercialLevels);
  checkItemTerm(input.level, termFromInput(input.term));
  return tx
    .insert(classificationItems)
    .values({
      ...itemColumns(input),
      name: input.name,
      level: input.level,
      termKind: input.term.kind,
      classifierName: input.classifierName,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      createdBy: ctx.accountId,
    })
    .returning({ id: classificationItems.id })
    .get().id;
}

export function createItem(
  core: AppCore,
  input: z.output<typeof ClassificationItemInput>,
): ClassificationItemView {
  const id = core.write(
    'classification_item_create',
    'classification_item',
    (tx, ctx) => createItemInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: { level: input.level } }),
  );
  return itemView(loadItem(core.session().db, id), 0);
}

export function updateItem(
  core: AppCore,
  input: z.output<typeof ClassificationItemUpdateInput>,
): ClassificationItemView {
  const { db } = core.session();
  const before = loadItem(db, input.id);
  const level = input.patch.level ?? before.level;
  if (input.patch.level) checkLevelAllowed(level, carrierSettings(db).commercialLevels);
  checkItemTerm(
    level,
    input.patch.term ? termFromInput(input.patch.term) : termFromRow({ ...before, termUntil: null }),
  );
  core.write(
    'classification_item_update',
    'classification_item',
    (tx, ctx) =>
      tx
        .update(classificationItems)
        .set({
          ...itemColumns(input.patch),
          ...(input.patch.active !== undefined ? { active: input.patch.active ? 1 : 0 } : {}),
          updatedAt: ctx.now,
        })
        .where(eq(classificationItems.id, input.id))
        .run(),
    () => ({ entityId: input.id, detail: { fields: Object.keys(input.patch) } }),
  );
  return itemView(loadItem(db, input.id), carriersUsing(db, input.id));
}

const activeWhere = (input: z.output<typeof ClassificationListInput>) =>
  input.activeOnly ? eq(classificationItems.active, 1) : undefined;

/** One page of the 一览表 with each item's carriers counted (exported so a test can pin its query plan). */
export function itemPageQuery(db: Reader, input: z.output<typeof ClassificationListInput>) {
  return pageOf(
    db
      .select({
        r: classificationItems,
        // Named in full: drizzle writes a one-table select's columns bare, and a bare "id" inside the subquery is
        // the carrier's own id (every item then counted 0 carriers). Counted from carriers_classification_item_idx.
        n: sql<number>`(SELECT count(*) FROM carriers WHERE carriers.classification_item_id = classification_items.id)`,
      })
      .from(classificationItems)
      .where(activeWhere(input))
      .orderBy(asc(classificationItems.id)),
    input,
  );
}

/**
 * The active items as the carrier form's picker offers them, in the 一览表's order: their names and levels only.
 * The register's page of 500 full rows with their carriers counted took 6 ms at 100k carriers for a list that
 * shows names.
 */
export function itemOptions(db: Reader): ClassificationItemOption[] {
  const q = statement(db, 'classification:options', () =>
    db
      .select({
        id: classificationItems.id,
        name: classificationItems.name,
        level: classificationItems.level,
      })
      .from(classificationItems)
      .where(eq(classificationItems.active, 1))
      .orderBy(asc(classificationItems.id))
      .prepare(),
  );
  return q.all();
}

export function listItems(
  db: Reader,
  input: z.output<typeof ClassificationListInput>,
): Page<ClassificationItemView> {
  const total = keptTotal(db, db.select({ n: count() }).from(classificationItems).where(activeWhere(input)));
  return {
    total,
    rows: itemPageQuery(db, input)
      .all()
      .map(({ r, n }) => itemView(r, n)),
  };
}
