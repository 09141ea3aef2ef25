// Lifecycle actions by copy: 分发, 收回, 借阅, 外出携带, 归还, 清退, 移交. Each is one transaction with its audit
// entry, a history row per copy, the approval it rests on, and the carrier's status re-derived.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { MovementKind } from '../../../db/domain/vocab';
import { LEVEL_LABELS as LEVEL_NAMES } from '../../../db/domain/labels';
import { carrierCopies, carrierKnowers, carrierMovements, carriers } from '../../../db/schema';
import type {
  BorrowInput,
  CarryOutInput,
  DistributeInput,
  HandOverInput,
  RecallInput,
  ReturnInput,
  ReturnToIssuerInput,
} from '../../ipc/schemas/carriers-actions';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import type { AppCore } from '../app-core';
import { getCarrier } from './carriers.service';
import { personKey } from '../util/person-key';
import {
  checkCopyStatus,
  checkNotLentOutside,
  checkTopSecretCompanions,
  isNational,
  needsKnowerRecord,
  requireApproval,
} from './rules';
import { refuse } from '../util/refuse';
import {
  addEvent,
  ctxOf,
  LIVE_STATUSES,
  loadCarrier,
  loadCopies,
  refreshCarrier,
  setCopy,
  type CarrierRecord,
  type Ctx,
  type Tx,
} from './store';
import { approve } from '../approvals/approve';

type In<T extends z.ZodType> = z.output<T>;
interface Person {
  name: string;
  department?: string | undefined;
}

export const personLabel = (p: Person) => (p.department ? `${p.department} ${p.name}` : p.name);

/**
 * Run one carrier action: the change, the status refresh and the audit entry in one transaction; the
 * carrier's detail (with its new history) comes back for the drawer.
 */
export function act(
  core: AppCore,
  action: string,
  carrierId: number,
  fn: (tx: Tx, ctx: Ctx) => Record<string, unknown>,
): CarrierDetail {
  const ctx = ctxOf(core);
  core.write(
    (tx) => {
      const detail = fn(tx, ctx);
      refreshCarrier(tx, ctx, carrierId);
      return detail;
    },
    (detail) => ({ action, entity: 'carrier', entityId: carrierId, detail }),
  );
  return getCarrier(core, carrierId);
}

/** National-level secrets still classified need the approvals the regulations ask for. */
export function isControlled(c: CarrierRecord): boolean {
  return isNational(c.level) && c.classState === 'classified';
}

/** 知悉人员登记 for 机密 and above (regulation art. 20), written by the action that let them know. */
export function recordKnower(
  tx: Tx,
  ctx: Ctx,
  c: CarrierRecord,
  person: Person,
  on: string,
  how: string,
  approvalId: number | null,
  withinRange = true,
): void {
  if (!needsKnowerRecord(c.level) || c.classState !== 'classified') return;
  tx.insert(carrierKnowers)
    .values({
      carrierId: c.id,
      name: person.name,
      department: person.department ?? null,
      personKey: personKey(person.name, person.department),
      knownOn: on,
      how,
      withinRange: withinRange ? 1 : 0,
      approvalId,
      createdAt: ctx.now,
    })
    .run();
}

export function distribute(core: AppCore, input: In<typeof DistributeInput>): CarrierDetail {
  return act(core, 'carrier_distribute', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    const copies = loadCopies(
      tx,
      c.id,
      input.items.map((i) => i.copyNo),
    );
    copies.forEach((cp, i) => {
      const { recipient } = input.items[i] as (typeof input.items)[number];
      checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], '分发');
      if (cp.holderKey !== c.custodianKey) {
        refuse('copy_state', `第 ${cp.copyNo} 份已分发给 ${cp.holderName}，请先收回再分发。`, 'items');
      }
      setCopy(tx, ctx, cp.id, {
        holderName: recipient.name,
        holderDept: recipient.department ?? null,
        holderKey: personKey(recipient.name, recipient.department),
      });
      addEvent(tx, ctx, {
        carrierId: c.id,
        copyId: cp.id,
        kind: 'distribute',
        on: input.distributedOn,
        counterpart: personLabel(recipient),
      });
      recordKnower(tx, ctx, c, recipient, input.distributedOn, '分发', null);
    });
    return { copies: input.items.map((i) => i.copyNo) };
  });
}

export function recall(core: AppCore, input: In<typeof RecallInput>): CarrierDetail {
  return act(core, 'carrier_recall', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    for (const cp of loadCopies(tx, c.id, input.copyNos)) {
      checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], '收回');
      if (cp.holderKey === c.custodianKey) {
        refuse('copy_state', `第 ${cp.copyNo} 份就在保管人 ${c.custodianName} 处，无需收回。`, 'copyNos');
      }
      setCopy(tx, ctx, cp.id, {
        holderName: c.custodianName,
        holderDept: c.department,
        holderKey: c.custodianKey,
      });
      addEvent(tx, ctx, {
        carrierId: c.id,
        copyId: cp.id,
        kind: 'recall',
        on: input.recalledOn,
        counterpart: cp.holderDept ? `${cp.holderDept} ${cp.holderName}` : cp.holderName,
      });
    }
    return { copies: input.copyNos };
  });
}

interface MovementSpec {
  kind: MovementKind;
  person: Person;
  startedOn: string;
  dueOn: string;
  outside: boolean;
  companions: string[] | null;
  destination: string | null;
  purpose: string | null;
  approval: ActionApprovalInput | undefined;
}

/** 借阅 and 外出携带 share their shape: the copy goes to a person until a due date, then comes back. */
function moveOut(
  tx: Tx,
  ctx: Ctx,
  c: CarrierRecord,
  copyNos: number[],
  m: MovementSpec,
): Record<string, unknown> {
  const approvalId = m.approval ? approve(tx, m.approval, m.kind, { type: 'carrier', id: c.id }, ctx) : null;
  const key = personKey(m.person.name, m.person.department);
  for (const cp of loadCopies(tx, c.id, copyNos)) {
    checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], m.kind === 'borrow' ? '借出' : '携带外出');
    tx.insert(carrierMovements)
      .values({
        kind: m.kind,
        carrierId: c.id,
        copyId: cp.id,
        personName: m.person.name,
        personDept: m.person.department ?? null,
        personKey: key,
        outside: m.outside ? 1 : 0,
        companions: m.companions ? JSON.stringify(m.companions) : null,
        destination: m.destination,
        purpose: m.purpose,
        startedOn: m.startedOn,
        dueOn: m.dueOn,
        prevHolderName: cp.holderName,
        prevHolderDept: cp.holderDept,
        approvalId,
        createdAt: ctx.now,
      })
      .run();
    setCopy(tx, ctx, cp.id, {
      status: m.kind === 'borrow' ? 'on_loan' : 'carried_out',
      holderName: m.person.name,
      holderDept: m.person.department ?? null,
      holderKey: key,
    });
    addEvent(tx, ctx, {
      carrierId: c.id,
      copyId: cp.id,
      kind: m.kind,
      on: m.startedOn,
      counterpart: personLabel(m.person),
      approvalId,
      detail: { dueOn: m.dueOn, outside: m.outside, destination: m.destination, companions: m.companions },
    });
  }
  return { copies: copyNos, dueOn: m.dueOn, approvalId };
}

export function borrow(core: AppCore, input: In<typeof BorrowInput>): CarrierDetail {
  return act(core, 'carrier_borrow', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    checkNotLentOutside(c.level, input.outside);
    const approval = isControlled(c)
      ? requireApproval(
          input.approval,
          'borrow_needs_approval',
          `借阅${LEVEL_NAMES[c.level]}级载体须经审批，请登记审批人和审批日期。`,
        )
      : input.approval;
    const detail = moveOut(tx, ctx, c, input.copyNos, {
      kind: 'borrow',
      person: input.borrower,
      startedOn: input.lentOn,
      dueOn: input.dueOn,
      outside: input.outside,
      companions: null,
      destination: null,
      purpose: input.purpose ?? null,
      approval,
    });
    recordKnower(
      tx,
      ctx,
      c,
      input.borrower,
      input.lentOn,
      '借阅',
      (detail.approvalId as number | null) ?? null,
    );
    return detail;
  });
}

export function carryOut(core: AppCore, input: In<typeof CarryOutInput>): CarrierDetail {
  return act(core, 'carrier_carry_out', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    checkTopSecretCompanions(c.level, input.companions);
    const approval = isControlled(c)
      ? requireApproval(
          input.approval,
          'carry_out_needs_approval',
          `携带${LEVEL_NAMES[c.level]}级载体外出须经审批，请登记审批人和审批日期。`,
        )
      : input.approval;
    return moveOut(tx, ctx, c, input.copyNos, {
      kind: 'carry_out',
      person: input.carrier,
      startedOn: input.startedOn,
      dueOn: input.dueOn,
      outside: true,
      companions: input.companions,
      destination: input.destination,
      purpose: input.purpose,
      approval,
    });
  });
}

/** What one 归还 names: the copies, the day, and an optional remark kept in each history row. */
export interface ReturnSpec {
  copyNos: number[];
  returnedOn: string;
  remark?: string | undefined;
}

/**
 * 归还 inside the caller's transaction: closes the open 借阅 or 外出携带 of each copy, and the copy goes back
 * to whoever held it before. The caller re-derives the carrier's status (once per carrier).
 */
export function returnInTx(tx: Tx, ctx: Ctx, c: CarrierRecord, r: ReturnSpec): void {
  for (const cp of loadCopies(tx, c.id, r.copyNos)) {
    const open = tx
      .select()
      .from(carrierMovements)
      .where(and(eq(carrierMovements.copyId, cp.id), isNull(carrierMovements.returnedOn)))
      .get();
    if (!open) refuse('copy_state', `第 ${cp.copyNo} 份没有借出或外出携带，无需归还。`, 'copyNos');
    if (r.returnedOn < open.startedOn) {
      refuse('copy_state', `第 ${cp.copyNo} 份的归还日期早于借出日期（${open.startedOn}）。`, 'returnedOn');
    }
    tx.update(carrierMovements)
      .set({ returnedOn: r.returnedOn })
      .where(eq(carrierMovements.id, open.id))
      .run();
    setCopy(tx, ctx, cp.id, {
      status: 'in_custody',
      holderName: open.prevHolderName,
      holderDept: open.prevHolderDept,
      holderKey: personKey(open.prevHolderName, open.prevHolderDept),
    });
    addEvent(tx, ctx, {
      carrierId: c.id,
      copyId: cp.id,
      kind: 'return',
      on: r.returnedOn,
      counterpart: open.personDept ? `${open.personDept} ${open.personName}` : open.personName,
      detail: {
        movement: open.kind,
        dueOn: open.dueOn,
        late: r.returnedOn > open.dueOn,
        ...(r.remark ? { remark: r.remark } : {}),
      },
    });
  }
}

export function returnCopies(core: AppCore, input: In<typeof ReturnInput>): CarrierDetail {
  return act(core, 'carrier_return', input.carrierId, (tx, ctx) => {
    returnInTx(tx, ctx, loadCarrier(tx, input.carrierId), input);
    return { copies: input.copyNos };
  });
}

/** 清退 to the issuer: the copy leaves the register (its records stay forever). */
export function returnToIssuer(core: AppCore, input: In<typeof ReturnToIssuerInput>): CarrierDetail {
  return act(core, 'carrier_return_to_issuer', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    for (const cp of loadCopies(tx, c.id, input.copyNos)) {
      checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], '清退');
      setCopy(tx, ctx, cp.id, { status: 'returned_to_issuer' });
      addEvent(tx, ctx, {
        carrierId: c.id,
        copyId: cp.id,
        kind: 'return_to_issuer',
        on: input.returnedOn,
        counterpart: input.receiver,
        detail: { note: input.note ?? null },
      });
    }
    return { copies: input.copyNos, receiver: input.receiver };
  });
}

/**
 * 移交: to another person in the unit (the copies change hands; once the receiver holds every copy still
 * in the unit, they become the carrier's custodian), or to another unit, when the copies leave the register.
 */
export function handOver(core: AppCore, input: In<typeof HandOverInput>): CarrierDetail {
  return act(core, 'carrier_hand_over', input.carrierId, (tx, ctx) => {
    const c = loadCarrier(tx, input.carrierId);
    const copies = loadCopies(tx, c.id, input.copyNos);
    const dept = input.to.department ?? c.department;
    const key = personKey(input.to.name, dept);
    for (const cp of copies) {
      checkCopyStatus(cp.copyNo, cp.status, ['in_custody'], '移交');
      setCopy(tx, ctx, cp.id, {
        status: input.toUnit ? 'handed_over' : 'in_custody',
        holderName: input.to.name,
        holderDept: input.toUnit ?? dept,
        holderKey: input.toUnit ? personKey(input.to.name, input.toUnit) : key,
      });
      addEvent(tx, ctx, {
        carrierId: c.id,
        copyId: cp.id,
        kind: 'hand_over',
        on: input.handedOn,
        counterpart: `${input.toUnit ?? dept} ${input.to.name}`,
        detail: { toUnit: input.toUnit ?? null, note: input.note ?? null },
      });
    }
    // The receiver becomes the custodian once every copy still held in the unit is in their hands.
    const holders = tx
      .selectDistinct({ key: carrierCopies.holderKey })
      .from(carrierCopies)
      .where(and(eq(carrierCopies.carrierId, c.id), inArray(carrierCopies.status, [...LIVE_STATUSES])))
      .all();
    const custodianChanged = !input.toUnit && holders.length === 1 && holders[0]?.key === key;
    if (custodianChanged) {
      tx.update(carriers)
        .set({ custodianName: input.to.name, custodianKey: key, department: dept })
        .where(eq(carriers.id, c.id))
        .run();
    }
    return { copies: input.copyNos, toUnit: input.toUnit ?? null, custodianChanged };
  });
}
