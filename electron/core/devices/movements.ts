// 借用 and 携带外出 of a device or medium, and its return with the 信息清除/返回检查 by a named checker.
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { DEVICE_EVENT_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import type { DeviceMovementKind, NationalLevel } from '../../../db/domain/vocab';
import { deviceMovements } from '../../../db/schema';
import type { ActionApprovalInput } from '../../ipc/schemas/approvals';
import type {
  DeviceBorrowInput,
  DeviceCarryOutInput,
  DeviceReturnInput,
} from '../../ipc/schemas/devices-actions';
import type { DeviceDetail } from '../../ipc/schemas/devices';
import type { AppCore, WriteCtx } from '../app-core';
import { approve } from '../approvals/approve';
import { refuse } from '../util/refuse';
import {
  checkCheckerNotBorrower,
  checkDueAfterStart,
  checkMediumCoversWritten,
  checkNeverOnline,
  checkNoClassifiedMediumOnUnclassified,
  checkStatus,
  rankOf,
  requireApproval,
} from './rules';
import {
  addEvent,
  isClassified,
  loadDevice,
  personLabel,
  personRef,
  setDevice,
  type DeviceRecord,
  type Tx,
} from './store';
import { getDevice } from './views';

type In<T extends z.ZodType> = z.output<T>;

interface MoveSpec {
  kind: DeviceMovementKind;
  personId: number;
  reason: string;
  startedOn: string;
  dueOn: string;
  destination: string | null;
  connectDeviceId: number | null;
  contentLevel: NationalLevel | null;
  approval: ActionApprovalInput | undefined;
}

const WHAT = DEVICE_EVENT_KIND_LABELS;

function moveOut(tx: Tx, ctx: WriteCtx, d: DeviceRecord, m: MoveSpec): void {
  checkStatus(d.status, ['in_stock', 'in_use'], WHAT[m.kind]);
  checkDueAfterStart(m.startedOn, m.dueOn);
  const approval = isClassified(d)
    ? requireApproval(
        m.approval,
        m.kind === 'borrow' ? 'borrow_needs_approval' : 'carry_out_needs_approval',
        `${WHAT[m.kind]}${d.level ? LEVEL_LABELS[d.level] : '涉密'}级设备、介质须经审批，请登记审批人和审批日期。`,
      )
    : m.approval;
  const approvalId = approval
    ? approve(tx, approval, m.kind, { type: 'device', id: d.id }, ctx, { notAfter: m.startedOn })
    : null;
  const p = personRef(tx, m.personId);
  tx.insert(deviceMovements)
    .values({
      kind: m.kind,
      deviceId: d.id,
      personId: p.id,
      personName: p.name,
      reason: m.reason,
      connectDeviceId: m.connectDeviceId,
      contentLevel: m.contentLevel,
      destination: m.destination,
      startedOn: m.startedOn,
      dueOn: m.dueOn,
      prevStatus: d.status,
      approvalId,
      createdAt: ctx.now,
    })
    .run();
  setDevice(tx, ctx, d.id, {
    status: m.kind === 'borrow' ? 'on_loan' : 'carried_out',
    holderPersonId: p.id,
    holderName: p.name,
    dueOn: m.dueOn,
    ...(m.contentLevel ? { maxWrittenRank: Math.max(d.maxWrittenRank, rankOf(m.contentLevel)) } : {}),
  });
  addEvent(tx, ctx, {
    deviceId: d.id,
    kind: m.kind,
    on: m.startedOn,
    counterpart: personLabel(p),
    approvalId,
    detail: {
      reason: m.reason,
      dueOn: m.dueOn,
      destination: m.destination,
      connectDeviceId: m.connectDeviceId,
      contentLevel: m.contentLevel,
    },
  });
}

export function borrowDevice(core: AppCore, input: In<typeof DeviceBorrowInput>): DeviceDetail {
  core.write(
    'device_borrow',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      if (input.connectDeviceId) {
        const host = loadDevice(tx, input.connectDeviceId, 'connectDeviceId');
        if (d.family === 'medium') checkNoClassifiedMediumOnUnclassified(d, host);
        checkNeverOnline(d.class, !!host.onInternet);
      }
      if (input.contentLevel) {
        checkMediumCoversWritten(d.deviceNo, d.level, rankOf(input.contentLevel), 'contentLevel');
      }
      moveOut(tx, ctx, d, {
        kind: 'borrow',
        personId: input.borrowerId,
        reason: input.reason,
        startedOn: input.lentOn,
        dueOn: input.dueOn,
        destination: null,
        connectDeviceId: input.connectDeviceId ?? null,
        contentLevel: input.contentLevel ?? null,
        approval: input.approval,
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

export function carryOutDevice(core: AppCore, input: In<typeof DeviceCarryOutInput>): DeviceDetail {
  core.write(
    'device_carry_out',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      moveOut(tx, ctx, d, {
        kind: 'carry_out',
        personId: input.carrierId,
        reason: input.reason,
        startedOn: input.startedOn,
        dueOn: input.dueOn,
        destination: input.destination,
        connectDeviceId: null,
        contentLevel: null,
        approval: input.approval,
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}

/** 返回: the open 借用 or 携带外出 closes with the check, and the item goes back to how it was. */
export function returnDevice(core: AppCore, input: In<typeof DeviceReturnInput>): DeviceDetail {
  core.write(
    'device_return',
    'device',
    (tx, ctx) => {
      const d = loadDevice(tx, input.deviceId);
      const open = tx
        .select()
        .from(deviceMovements)
        .where(and(eq(deviceMovements.deviceId, d.id), isNull(deviceMovements.returnedOn)))
        .get();
      if (!open) refuse('device_state', `${d.deviceNo} 没有借出或携带外出，无需返回。`, 'deviceId');
      if (input.returnedOn < open.startedOn) {
        refuse('device_state', `返回日期早于借出日期（${open.startedOn}）。`, 'returnedOn');
      }
      checkCheckerNotBorrower(input.checkerName, open.personName);
      tx.update(deviceMovements)
        .set({ returnedOn: input.returnedOn, checkerName: input.checkerName, checkResult: input.checkResult })
        .where(eq(deviceMovements.id, open.id))
        .run();
      setDevice(tx, ctx, d.id, {
        status: open.prevStatus,
        holderPersonId: null,
        holderName: null,
        dueOn: null,
      });
      addEvent(tx, ctx, {
        deviceId: d.id,
        kind: 'return',
        on: input.returnedOn,
        counterpart: `检查人 ${input.checkerName}`,
        detail: {
          movement: open.kind,
          from: open.personName,
          dueOn: open.dueOn,
          late: input.returnedOn > open.dueOn,
          checkResult: input.checkResult,
        },
      });
    },
    () => ({ entityId: input.deviceId, detail: input }),
  );
  return getDevice(core, input.deviceId);
}
