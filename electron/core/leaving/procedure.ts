// One leaving procedure inside a write: loading it, the rules every step shares, and its line in the
// person's history.
import { eq } from 'drizzle-orm';
import { AppException } from '../../../db/domain/errors';
import { LEAVING_STEPS, type LeavingStep } from '../../../db/domain/vocab';
import { DEVICE_KIND_LABELS, LEAVING_STEP_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { leavingProcedures } from '../../../db/schema';
import type { HeldCopyView } from '../../ipc/schemas/carriers';
import type { HeldDeviceView } from '../../ipc/schemas/devices';
import type { WriteCtx } from '../app-core';
import { addPersonEvent, loadPerson, type PersonRecord } from '../persons';
import { refuse } from '../util/refuse';

export type Leaving = typeof leavingProcedures.$inferSelect;

export function doneSteps(l: Leaving): LeavingStep[] {
  const done: Record<LeavingStep, boolean> = {
    talk: !!l.talkOn,
    carriers: !!l.carriersClearedOn,
    devices: !!l.devicesReturnedOn,
    account: !!l.accountDoneOn,
    pledge: !!l.pledgeId,
  };
  return LEAVING_STEPS.filter((s) => done[s]);
}

function loadLeaving(tx: Pick<Db, 'select'>, id: number): Leaving {
  const l = tx.select().from(leavingProcedures).where(eq(leavingProcedures.id, id)).get();
  if (!l)
    throw new AppException('NOT_FOUND', '找不到该离岗手续。', {
      fields: [{ path: 'leavingId', message: '不存在' }],
    });
  return l;
}

/** The procedure a step is recorded on, still open, and its person. */
export function openLeaving(tx: Pick<Db, 'select'>, id: number): { l: Leaving; p: PersonRecord } {
  const l = loadLeaving(tx, id);
  if (l.status !== 'open') refuse('leaving_open', '该离岗手续已审批或已撤销。', 'leavingId');
  return { l, p: loadPerson(tx, l.personId) };
}

export function requireTalkFirst(l: Leaving, step: LeavingStep): void {
  if (!l.talkOn) {
    refuse(
      'leaving_talk_first',
      `办理离岗手续前须先进行保密提醒谈话，再${LEAVING_STEP_LABELS[step]}。`,
      'leavingId',
    );
  }
}

/** 清退 (law art. 46): the leaving is refused while the register shows anything held, and says what. */
export function checkCarriersReturned(held: HeldCopyView[], name: string): void {
  if (!held.length) return;
  const list = held.map((h) => `${h.carrierNo}《${h.name}》第 ${h.copyNo} 份`);
  refuse(
    'leaving_carriers_returned',
    `${name}尚持有 ${held.length} 份涉密载体，须全部清退后才能办理离岗：${list.join('；')}。`,
    'leavingId',
  );
}

/**
 * 清退涉密设备 (regulation art. 53): the leaving is refused while the device and media register shows anything
 * in the person's charge or hands, and says what.
 */
export function checkDevicesReturned(held: HeldDeviceView[], name: string): void {
  if (!held.length) return;
  const list = held.map(
    (h) => `${DEVICE_KIND_LABELS[h.kind]} ${h.deviceNo}（${h.how === 'holder' ? '借用/外出' : '责任人'}）`,
  );
  refuse(
    'leaving_devices_returned',
    `${name}尚有 ${held.length} 台（件）涉密设备或存储介质未交回，须全部交回后才能办理离岗：${list.join('；')}。`,
    'leavingId',
  );
}

/** A step of the procedure in the person's history. */
export function leavingEvent(
  tx: Pick<Db, 'insert'>,
  ctx: WriteCtx,
  l: Leaving,
  on: string,
  summary: string,
  detail: unknown = {},
  approvalId: number | null = null,
) {
  addPersonEvent(tx, ctx, {
    personId: l.personId,
    kind: 'leaving',
    on,
    summary,
    detail: { leavingId: l.id, ...(detail as object) },
    approvalId,
  });
}
