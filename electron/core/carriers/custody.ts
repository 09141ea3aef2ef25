// Who holds a copy within the unit, and how it leaves for good: 分发, 收回, 移交, 清退. Each action is one
// audited write with a history row per copy and the carrier's status re-derived.
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { carrierCopies, carriers } from '../../../db/schema';
import type {
  DistributeInput,
  HandOverInput,
  RecallInput,
  ReturnToIssuerInput,
} from '../../ipc/schemas/carriers-actions';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type { AppCore } from '../app-core';
import { personKey } from '../util/person-key';
import { refuse } from '../util/refuse';
import { getCarrier } from './carriers.service';
import { recordKnower } from './knowers';
import { checkCopyStatus } from './rules';
import {
  addEvent,
  LIVE_STATUSES,
  loadCarrier,
  loadCopies,
  personLabel,
  refreshCarrier,
  setCopy,
} from './store';

type In<T extends z.ZodType> = z.output<T>;

export function distribute(core: AppCore, input: In<typeof DistributeInput>): CarrierDetail {
  core.write(
    'carrier_distribute',
    'carrier',
    (tx, ctx) => {
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
      refreshCarrier(tx, ctx, c.id);
      return { copies: input.items.map((i) => i.copyNo) };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}

export function recall(core: AppCore, input: In<typeof RecallInput>): CarrierDetail {
  core.write(
    'carrier_recall',
    'carrier',
    (tx, ctx) => {
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
      refreshCarrier(tx, ctx, c.id);
      return { copies: input.copyNos };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}

/** 清退 to the issuer: the copy leaves the register (its records stay forever). */
export function returnToIssuer(core: AppCore, input: In<typeof ReturnToIssuerInput>): CarrierDetail {
  core.write(
    'carrier_return_to_issuer',
    'carrier',
    (tx, ctx) => {
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
      refreshCarrier(tx, ctx, c.id);
      return { copies: input.copyNos, receiver: input.receiver };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}

/**
 * 移交: to another person in the unit (the copies change hands; once the receiver holds every copy still
 * in the unit, they become the carrier's custodian), or to another unit, when the copies leave the register.
 */
export function handOver(core: AppCore, input: In<typeof HandOverInput>): CarrierDetail {
  core.write(
    'carrier_hand_over',
    'carrier',
    (tx, ctx) => {
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
      refreshCarrier(tx, ctx, c.id);
      return { copies: input.copyNos, toUnit: input.toUnit ?? null, custodianChanged };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}
