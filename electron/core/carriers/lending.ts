// 借阅, 外出携带 and their 归还: a copy goes to a person until a due date, then comes back to whoever held it.
// Each action is one audited write with a history row per copy, the approval it rests on, and the carrier's
// status re-derived.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { MovementKind } from '../../../db/domain/vocab';
import { LEVEL_LABELS } from '../../../db/domain/labels';
import { carrierMovements } from '../../../db/schema';
import type { BorrowInput, CarryOutInput, ReturnInput } from '../../ipc/schemas/carriers-actions';
import type { CarrierDetail } from '../../ipc/schemas/carriers';
import type { AppCore, WriteCtx } from '../app-core';
import { approve } from '../approvals/approve';
import { personKey } from '../util/person-key';
import { refuse } from '../util/refuse';
import { checkBorrower, type LendException } from './borrower-checks';
import { getCarrier } from './carriers.service';
import { recordKnower } from './knowers';
import { checkCopyStatus, checkNotLentOutside, checkTopSecretCompanions, requireApproval } from './rules';
import {
  addEvent,
  isControlled,
  loadCarrier,
  loadCopies,
  personLabel,
  refreshCarrier,
  setCopy,
  type CarrierRecord,
  type Person,
  type Tx,
} from './store';

type In<T extends z.ZodType> = z.output<T>;

interface MovementSpec {
  kind: MovementKind;
  person: Person;
  startedOn: string;
  dueOn: string;
  outside: boolean;
  companions: string[] | null;
  destination: string | null;
  purpose: string | null;
  approvalId: number | null;
  /** The approver's exception to the borrower checks, kept in each copy's history row. */
  exception?: LendException | null;
}

/** 借阅 and 外出携带 share their shape: the copy goes to a person until a due date, then comes back. */
function moveOut(
  tx: Tx,
  ctx: WriteCtx,
  c: CarrierRecord,
  copyNos: number[],
  m: MovementSpec,
): { copies: number[]; dueOn: string; approvalId: number | null } {
  const { approvalId } = m;
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
      detail: {
        dueOn: m.dueOn,
        outside: m.outside,
        destination: m.destination,
        companions: m.companions,
        ...(m.exception ? { exception: m.exception } : {}),
      },
    });
  }
  return { copies: copyNos, dueOn: m.dueOn, approvalId };
}

export function borrow(core: AppCore, input: In<typeof BorrowInput>): CarrierDetail {
  core.write(
    'carrier_borrow',
    'carrier',
    (tx, ctx) => {
      const c = loadCarrier(tx, input.carrierId);
      checkNotLentOutside(c.level, input.outside);
      const approval = isControlled(c)
        ? requireApproval(
            input.approval,
            'borrow_needs_approval',
            `借阅${LEVEL_LABELS[c.level]}级载体须经审批，请登记审批人和审批日期。`,
          )
        : input.approval;
      const approvalId = approval
        ? approve(tx, approval, 'borrow', { type: 'carrier', id: c.id }, ctx, { notAfter: input.lentOn })
        : null;
      // After the approval, so a missing or refused approval is what the clerk hears of first.
      const exception = checkBorrower(tx, c, input.borrower, input.outside, input.exception);
      const detail = moveOut(tx, ctx, c, input.copyNos, {
        kind: 'borrow',
        person: input.borrower,
        startedOn: input.lentOn,
        dueOn: input.dueOn,
        outside: input.outside,
        companions: null,
        destination: null,
        purpose: input.purpose ?? null,
        approvalId,
        exception,
      });
      const withinRange = exception?.withinRange ?? true;
      recordKnower(tx, ctx, c, input.borrower, input.lentOn, '借阅', approvalId, withinRange);
      refreshCarrier(tx, ctx, c.id);
      return exception ? { ...detail, exception } : detail;
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}

export function carryOut(core: AppCore, input: In<typeof CarryOutInput>): CarrierDetail {
  core.write(
    'carrier_carry_out',
    'carrier',
    (tx, ctx) => {
      const c = loadCarrier(tx, input.carrierId);
      checkTopSecretCompanions(c.level, input.companions);
      const approval = isControlled(c)
        ? requireApproval(
            input.approval,
            'carry_out_needs_approval',
            `携带${LEVEL_LABELS[c.level]}级载体外出须经审批，请登记审批人和审批日期。`,
          )
        : input.approval;
      const approvalId = approval
        ? approve(tx, approval, 'carry_out', { type: 'carrier', id: c.id }, ctx, {
            notAfter: input.startedOn,
          })
        : null;
      const detail = moveOut(tx, ctx, c, input.copyNos, {
        kind: 'carry_out',
        person: input.carrier,
        startedOn: input.startedOn,
        dueOn: input.dueOn,
        outside: true,
        companions: input.companions,
        destination: input.destination,
        purpose: input.purpose,
        approvalId,
      });
      refreshCarrier(tx, ctx, c.id);
      return detail;
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
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
export function returnInTx(tx: Tx, ctx: WriteCtx, c: CarrierRecord, r: ReturnSpec): void {
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
  core.write(
    'carrier_return',
    'carrier',
    (tx, ctx) => {
      const c = loadCarrier(tx, input.carrierId);
      returnInTx(tx, ctx, c, input);
      refreshCarrier(tx, ctx, c.id);
      return { copies: input.copyNos };
    },
    (detail) => ({ entityId: input.carrierId, detail }),
  );
  return getCarrier(core, input.carrierId);
}
