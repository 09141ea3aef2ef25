// 国家秘密事项一览表 (regulation art. 13) as a register, and 知悉人员登记 (regulation art. 20, law art. 21).
import { asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { carrierKnowers, carriers, classificationItems } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { KnowerInput } from '../../ipc/schemas/carriers-actions';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type {
  ClassificationItemInput,
  ClassificationItemUpdateInput,
  ClassificationItemView,
  ClassificationListInput,
} from '../../ipc/schemas/classification';
import type { AppCore } from '../app-core';
import { personKey } from '../util/person-key';
import { act, personLabel } from './lifecycle';
import { checkLevelAllowed, checkTermWithinMax, requireApproval } from './rules';
import { refuse } from '../util/refuse';
import { carrierSettings } from './settings';
import { addEvent, ctxOf, loadCarrier } from './store';
import { approve } from '../approvals/approve';
import { termFromInput, termFromRow, type Term } from './terms';

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

export function createItem(
  core: AppCore,
  input: z.output<typeof ClassificationItemInput>,
): ClassificationItemView {
  const ctx = ctxOf(core);
  checkLevelAllowed(input.level, carrierSettings(core.session().db).commercialLevels);
  checkItemTerm(input.level, termFromInput(input.term));
  const id = core.write(
    (tx) =>
      tx
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
        .get().id,
    (id) => ({
      action: 'classification_item_create',
      entity: 'classification_item',
      entityId: id,
      detail: { level: input.level },
    }),
  );
  return itemView(loadItem(core.session().db, id), 0);
}

export function updateItem(
  core: AppCore,
  input: z.output<typeof ClassificationItemUpdateInput>,
): ClassificationItemView {
  const ctx = ctxOf(core);
  const { db } = core.session();
  const before = loadItem(db, input.id);
  const level = input.patch.level ?? before.level;
  if (input.patch.level) checkLevelAllowed(level, carrierSettings(db).commercialLevels);
  checkItemTerm(
    level,
    input.patch.term ? termFromInput(input.patch.term) : termFromRow({ ...before, termUntil: null }),
  );
  core.write(
    (tx) =>
      tx
        .update(classificationItems)
        .set({
          ...itemColumns(input.patch),
          ...(input.patch.active !== undefined ? { active: input.patch.active ? 1 : 0 } : {}),
          updatedAt: ctx.now,
        })
        .where(eq(classificationItems.id, input.id))
        .run(),
    () => ({
      action: 'classification_item_update',
      entity: 'classification_item',
      entityId: input.id,
      detail: { fields: Object.keys(input.patch) },
    }),
  );
  return itemView(loadItem(db, input.id), carriersUsing(db, input.id));
}

export function listItems(
  db: Reader,
  input: z.output<typeof ClassificationListInput>,
): Page<ClassificationItemView> {
  const where = input.activeOnly ? eq(classificationItems.active, 1) : undefined;
  const total = db.select({ n: count() }).from(classificationItems).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      r: classificationItems,
      n: sql<number>`(SELECT count(*) FROM carriers WHERE carriers.classification_item_id = ${classificationItems.id})`,
    })
    .from(classificationItems)
    .where(where)
    .orderBy(asc(classificationItems.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  return { total, rows: rows.map(({ r, n }) => itemView(r, n)) };
}

/** 知悉人员登记; someone outside the 知悉范围 needs the approval of the head or a designee (law art. 21). */
export function addKnower(core: AppCore, input: z.output<typeof KnowerInput>): CarrierDetail {
  return act(core, 'carrier_knower', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    const approval = input.withinRange
      ? input.approval
      : requireApproval(
          input.approval,
          'outside_range_needs_approval',
          '知悉范围以外的人员知悉国家秘密，须经单位主要负责人或其指定的人员批准（保密法第二十一条），请登记审批。',
        );
    const approvalId = approval ? approve(tx, approval, 'other', { type: 'carrier', id: c.id }, ctx) : null;
    tx.insert(carrierKnowers)
      .values({
        carrierId: c.id,
        name: input.person.name,
        department: input.person.department ?? null,
        personKey: personKey(input.person.name, input.person.department),
        knownOn: input.knownOn,
        how: input.how,
        withinRange: input.withinRange ? 1 : 0,
        approvalId,
        createdAt: ctx.now,
      })
      .run();
    addEvent(tx, ctx, {
      carrierId: c.id,
      kind: 'knower',
      on: input.knownOn,
      counterpart: personLabel(input.person),
      approvalId,
      detail: { how: input.how, withinRange: input.withinRange },
    });
    return { withinRange: input.withinRange, approvalId };
  });
}
