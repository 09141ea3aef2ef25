// 离岗 (law art. 46, regulation art. 53): the procedure and its steps — the reminder talk first, 清退 of
// carriers checked against the register, devices, access, the leaving pledge. The approval is approval.ts.
import { and, eq } from 'drizzle-orm';
import { LEAVING_KIND_LABELS, PERSON_STATUS_LABELS } from '../../../db/domain/labels';
import type { z } from 'zod';
import { getAccount, updateAccount } from '../../../db/repos/accounts.repo';
import { leavingProcedures } from '../../../db/schema';
import type {
  LeavingAccountInput,
  LeavingCarriersInput,
  LeavingDevicesInput,
  LeavingPledgeInput,
  LeavingStartInput,
  LeavingTalkInput,
  LeavingView,
} from '../../ipc/schemas/leaving';
import type { AppCore } from '../app-core';
import { holderKeysOf, holdingsOf, insertPledge, loadPerson } from '../persons';
import { refuse } from '../util/refuse';
import { readKeyring, writeKeyring } from '../vault/keyring';
import { accountSlotId, removeSlot } from '../vault/vault';
import { devicesHeldBy } from '../devices';
import {
  checkCarriersReturned,
  checkDevicesReturned,
  leavingEvent,
  openLeaving,
  requireTalkFirst,
} from './procedure';
import { leavingView } from './views';

export function startLeaving(core: AppCore, input: z.output<typeof LeavingStartInput>): LeavingView {
  const id = core.write(
    'leaving_start',
    'leaving',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status !== 'in_post') {
        refuse(
          'leaving_from_post',
          `只有在岗涉密人员办理离岗手续；该人员当前为“${PERSON_STATUS_LABELS[p.status]}”。`,
          'personId',
        );
      }
      const open = tx
        .select({ id: leavingProcedures.id })
        .from(leavingProcedures)
        .where(and(eq(leavingProcedures.personId, p.id), eq(leavingProcedures.status, 'open')))
        .get();
      if (open) refuse('one_open_leaving', '该人员已有正在办理的离岗手续。', 'personId');
      const l = tx
        .insert(leavingProcedures)
        .values({ ...input, destination: input.destination ?? null, status: 'open', createdAt: ctx.now })
        .returning()
        .get();
      leavingEvent(
        tx,
        ctx,
        l,
        input.startedOn,
        `开始办理${LEAVING_KIND_LABELS[input.kind]}手续：${input.reason}`,
      );
      return l.id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return leavingView(core.session().db, id);
}

/** 保密提醒谈话 before anything else, with at least two people present besides the person. */
export function recordTalk(core: AppCore, input: z.output<typeof LeavingTalkInput>): LeavingView {
  core.write(
    'leaving_talk',
    'leaving',
    (tx, ctx) => {
      const { l, p } = openLeaving(tx, input.leavingId);
      const others = new Set(input.present.map((x) => x.name).filter((n) => n !== p.name));
      if (others.size < 2) {
        refuse(
          'leaving_talk_two_present',
          `保密提醒谈话须有本人以外至少两人在场；现只记录了 ${others.size} 人。`,
          'present',
        );
      }
      tx.update(leavingProcedures)
        .set({
          talkOn: input.talkOn,
          talkPresent: JSON.stringify(input.present),
          talkNotes: input.notes ?? null,
        })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      leavingEvent(tx, ctx, l, input.talkOn, `保密提醒谈话（在场：${[...others].join('、')}）`);
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  return leavingView(core.session().db, input.leavingId);
}

export function checkCarriers(core: AppCore, input: z.output<typeof LeavingCarriersInput>): LeavingView {
  core.write(
    'leaving_carriers',
    'leaving',
    (tx, ctx) => {
      const { l, p } = openLeaving(tx, input.leavingId);
      requireTalkFirst(l, 'carriers');
      checkCarriersReturned(holdingsOf(tx, p), p.name);
      tx.update(leavingProcedures)
        .set({ carriersClearedOn: input.checkedOn, carriersChecked: JSON.stringify(holderKeysOf(tx, p)) })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      leavingEvent(tx, ctx, l, input.checkedOn, '经核对涉密载体台账，持有载体已全部清退');
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  return leavingView(core.session().db, input.leavingId);
}

export function recordDevices(core: AppCore, input: z.output<typeof LeavingDevicesInput>): LeavingView {
  core.write(
    'leaving_devices',
    'leaving',
    (tx, ctx) => {
      const { l, p } = openLeaving(tx, input.leavingId);
      requireTalkFirst(l, 'devices');
      checkDevicesReturned(devicesHeldBy(tx, p.id), p.name);
      tx.update(leavingProcedures)
        .set({ devicesReturned: JSON.stringify(input.devices), devicesReturnedOn: input.returnedOn })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      leavingEvent(
        tx,
        ctx,
        l,
        input.returnedOn,
        input.devices.length ? `交回涉密设备：${input.devices.join('、')}` : '无涉密设备需交回',
      );
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  return leavingView(core.session().db, input.leavingId);
}

/**
 * 取消涉密信息系统访问权限: the linked account is disabled in the same transaction as the step. Its key slot
 * lives in the keyring file, outside the database, so it is removed after the commit (as changePassword
 * writes its slot): should that fail, the account is already disabled — unlock refuses it — and the slot is
 * removed again on the next attempt at this step or by the 安全保密管理员's accounts:disable.
 */
export function removeAccess(core: AppCore, input: z.output<typeof LeavingAccountInput>): LeavingView {
  const disabled = core.write(
    'leaving_account',
    'leaving',
    (tx, ctx) => {
      const { l, p } = openLeaving(tx, input.leavingId);
      requireTalkFirst(l, 'account');
      const acc = p.accountId ? getAccount(tx, p.accountId) : undefined;
      if (acc && acc.id === ctx.accountId) {
        refuse('no_self_disable', '不能停用自己正在使用的账户；请由其他保密员办理。', 'leavingId');
      }
      if (acc) {
        updateAccount(tx, acc.id, { status: 'disabled' });
        ctx.touch('accounts');
      }
      tx.update(leavingProcedures)
        .set({ accountDoneOn: input.doneOn, accountDisabledId: acc?.id ?? null })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      leavingEvent(
        tx,
        ctx,
        l,
        input.doneOn,
        acc ? `停用登录账户 ${acc.username}，取消访问权限` : '无本系统登录账户，已确认取消其他涉密系统权限',
      );
      return acc?.id ?? null;
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  if (disabled !== null) {
    writeKeyring(core.keyringPath, removeSlot(readKeyring(core.keyringPath), accountSlotId(disabled)));
  }
  return leavingView(core.session().db, input.leavingId);
}

export function signLeavingPledge(core: AppCore, input: z.output<typeof LeavingPledgeInput>): LeavingView {
  core.write(
    'leaving_pledge',
    'leaving',
    (tx, ctx) => {
      const { l } = openLeaving(tx, input.leavingId);
      requireTalkFirst(l, 'pledge');
      const pledgeId = insertPledge(tx, ctx, {
        personId: l.personId,
        kind: 'leaving',
        signedOn: input.signedOn,
        leavingId: l.id,
        ...(input.scanAttachmentId ? { scanAttachmentId: input.scanAttachmentId } : {}),
      });
      tx.update(leavingProcedures).set({ pledgeId }).where(eq(leavingProcedures.id, l.id)).run();
    },
    () => ({ entityId: input.leavingId, detail: input }),
  );
  return leavingView(core.session().db, input.leavingId);
}

export function cancelLeaving(core: AppCore, leavingId: number): LeavingView {
  core.write(
    'leaving_cancel',
    'leaving',
    (tx, ctx) => {
      const { l } = openLeaving(tx, leavingId);
      tx.update(leavingProcedures).set({ status: 'cancelled' }).where(eq(leavingProcedures.id, l.id)).run();
      leavingEvent(tx, ctx, l, ctx.today, '撤销离岗手续');
    },
    () => ({ entityId: leavingId, detail: { leavingId } }),
  );
  return leavingView(core.session().db, leavingId);
}
