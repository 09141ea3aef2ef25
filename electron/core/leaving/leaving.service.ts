// 离岗离职 (law art. 46, regulation art. 53) as a guided procedure: 保密提醒谈话 first, then 清退 against the
// carrier register, devices, system access, the leaving pledge, and the approval that fixes the 脱密期.
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { LEAVING_STEPS, type LeavingStep } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { updateAccount, getAccount } from '../../../db/repos/accounts.repo';
import { departments, leavingProcedures, personPosts, persons } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { HeldCopyView } from '../../ipc/schemas/carriers';
import type {
  LeavingAccountInput,
  LeavingApproveInput,
  LeavingCarriersInput,
  LeavingDevicesInput,
  LeavingListInput,
  LeavingPledgeInput,
  LeavingStartInput,
  LeavingTalkInput,
  LeavingView,
} from '../../ipc/schemas/leaving';
import type { AppCore } from '../app-core';
import { carriersHeldBy } from '../carriers';
import { ctxOf, type Ctx } from '../carriers/store';
import { refuse } from '../util/refuse';
import { readKeyring, writeKeyring } from '../vault/keyring';
import { accountSlotId, removeSlot } from '../vault/vault';
import { CLEARANCE_NAMES, separationEndsOn, STATUS_NAMES } from './rules';
import { personnelSettings } from './settings';
import {
  addPersonEvent,
  approvePersonnel,
  holderKeysOf,
  loadPerson,
  touchPerson,
  type PersonRecord,
  type Tx,
} from './store';
import { insertPledge } from './vetting';

type Leaving = typeof leavingProcedures.$inferSelect;

const STEP_NAMES: Record<LeavingStep, string> = {
  talk: '保密提醒谈话',
  carriers: '清退涉密载体',
  devices: '交回涉密设备',
  account: '取消涉密信息系统访问权限',
  pledge: '签订离岗保密承诺书',
};

const KIND_NAMES = { off_post: '离岗', resign: '离职', retire: '退休', transfer: '调动' } as const;

function doneSteps(l: Leaving): LeavingStep[] {
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

/** Everything the carrier register shows in the person's hands, under their key and their old 部门/姓名 key. */
export function holdingsOf(tx: Pick<Db, 'select'>, p: PersonRecord): HeldCopyView[] {
  return holderKeysOf(tx, p).flatMap((k) => carriersHeldBy(tx, k));
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

function openStep(tx: Tx, id: number): { l: Leaving; p: PersonRecord } {
  const l = loadLeaving(tx, id);
  if (l.status !== 'open') refuse('leaving_open', '该离岗手续已审批或已撤销。', 'leavingId');
  return { l, p: loadPerson(tx, l.personId) };
}

function requireTalkFirst(l: Leaving, step: LeavingStep): void {
  if (!l.talkOn) {
    refuse('leaving_talk_first', `办理离岗手续前须先进行保密提醒谈话，再${STEP_NAMES[step]}。`, 'leavingId');
  }
}

function step(
  core: AppCore,
  leavingId: number,
  action: string,
  fn: (tx: Tx, ctx: Ctx, l: Leaving, p: PersonRecord) => void,
  detail: unknown,
): void {
  const ctx = ctxOf(core);
  core.write(
    (tx) => {
      const { l, p } = openStep(tx, leavingId);
      fn(tx, ctx, l, p);
    },
    () => ({ action, entity: 'leaving', entityId: leavingId, detail }),
  );
}

function event(
  tx: Tx,
  ctx: Ctx,
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

export function startLeaving(core: AppCore, input: z.output<typeof LeavingStartInput>): LeavingView {
  const ctx = ctxOf(core);
  const id = core.write(
    (tx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status !== 'in_post') {
        refuse(
          'leaving_from_post',
          `只有在岗涉密人员办理离岗手续；该人员当前为“${STATUS_NAMES[p.status]}”。`,
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
      event(tx, ctx, l, input.startedOn, `开始办理${KIND_NAMES[input.kind]}手续：${input.reason}`);
      return l.id;
    },
    (id) => ({ action: 'leaving_start', entity: 'leaving', entityId: id, detail: input }),
  );
  return leavingView(core.session().db, id);
}

/** 保密提醒谈话 before anything else, with at least two people present besides the person. */
export function recordTalk(core: AppCore, input: z.output<typeof LeavingTalkInput>): LeavingView {
  step(
    core,
    input.leavingId,
    'leaving_talk',
    (tx, ctx, l, p) => {
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
      event(tx, ctx, l, input.talkOn, `保密提醒谈话（在场：${[...others].join('、')}）`);
    },
    input,
  );
  return leavingView(core.session().db, input.leavingId);
}

export function checkCarriers(core: AppCore, input: z.output<typeof LeavingCarriersInput>): LeavingView {
  step(
    core,
    input.leavingId,
    'leaving_carriers',
    (tx, ctx, l, p) => {
      requireTalkFirst(l, 'carriers');
      checkCarriersReturned(holdingsOf(tx, p), p.name);
      tx.update(leavingProcedures)
        .set({ carriersClearedOn: input.checkedOn, carriersChecked: JSON.stringify(holderKeysOf(tx, p)) })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      event(tx, ctx, l, input.checkedOn, '经核对涉密载体台账，持有载体已全部清退');
    },
    input,
  );
  return leavingView(core.session().db, input.leavingId);
}

export function recordDevices(core: AppCore, input: z.output<typeof LeavingDevicesInput>): LeavingView {
  step(
    core,
    input.leavingId,
    'leaving_devices',
    (tx, ctx, l) => {
      requireTalkFirst(l, 'devices');
      tx.update(leavingProcedures)
        .set({ devicesReturned: JSON.stringify(input.devices), devicesReturnedOn: input.returnedOn })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      event(
        tx,
        ctx,
        l,
        input.returnedOn,
        input.devices.length ? `交回涉密设备：${input.devices.join('、')}` : '无涉密设备需交回',
      );
    },
    input,
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
  let disabled: number | null = null;
  step(
    core,
    input.leavingId,
    'leaving_account',
    (tx, ctx, l, p) => {
      requireTalkFirst(l, 'account');
      const acc = p.accountId ? getAccount(tx, p.accountId) : undefined;
      if (acc && acc.id === core.session().account.id) {
        refuse('no_self_disable', '不能停用自己正在使用的账户；请由其他保密员办理。', 'leavingId');
      }
      if (acc) {
        updateAccount(tx, acc.id, { status: 'disabled' });
        disabled = acc.id;
      }
      tx.update(leavingProcedures)
        .set({ accountDoneOn: input.doneOn, accountDisabledId: acc?.id ?? null })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      event(
        tx,
        ctx,
        l,
        input.doneOn,
        acc ? `停用登录账户 ${acc.username}，取消访问权限` : '无本系统登录账户，已确认取消其他涉密系统权限',
      );
    },
    input,
  );
  if (disabled !== null) {
    writeKeyring(core.keyringPath, removeSlot(readKeyring(core.keyringPath), accountSlotId(disabled)));
  }
  return leavingView(core.session().db, input.leavingId);
}

export function signLeavingPledge(core: AppCore, input: z.output<typeof LeavingPledgeInput>): LeavingView {
  step(
    core,
    input.leavingId,
    'leaving_pledge',
    (tx, ctx, l) => {
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
    input,
  );
  return leavingView(core.session().db, input.leavingId);
}

/**
 * The approval: carriers are checked again (the register may have changed since the 清退 step), every step
 * must be done, and the 脱密期 is fixed from the approval date by the person's clearance.
 */
export function approveLeaving(core: AppCore, input: z.output<typeof LeavingApproveInput>): LeavingView {
  step(
    core,
    input.leavingId,
    'leaving_approve',
    (tx, ctx, l, p) => {
      const approved = input.approval.decision === 'approved';
      if (approved) {
        checkCarriersReturned(holdingsOf(tx, p), p.name);
        const done = doneSteps(l);
        const missing = LEAVING_STEPS.filter((s) => !done.includes(s));
        if (missing.length) {
          refuse(
            'leaving_steps_complete',
            `离岗审批前还须：${missing.map((s) => STEP_NAMES[s]).join('、')}。`,
            'leavingId',
          );
        }
      }
      const approval = approvePersonnel(tx, input.approval, 'leave', { type: 'leaving', id: l.id }, ctx);
      const { id: approvalId, decidedAt } = approval;
      if (!approved) {
        event(tx, ctx, l, decidedAt, '离岗审批：不同意', {}, approvalId);
        return;
      }
      const on = decidedAt;
      const years = p.clearance ? personnelSettings(tx).separationYears[p.clearance] : 0;
      const ends = separationEndsOn(on, years, p.separationExtraMonths);
      tx.update(leavingProcedures)
        .set({
          status: 'approved',
          approvalId,
          approvedOn: on,
          clearance: p.clearance,
          separationYears: years,
          separationEndsOn: ends,
        })
        .where(eq(leavingProcedures.id, l.id))
        .run();
      touchPerson(tx, p.id, ctx, {
        status: 'separation',
        leftOn: on,
        leavingKind: l.kind,
        separationYears: years,
        separationEndsOn: ends,
      });
      tx.update(personPosts)
        .set({ endedOn: on })
        .where(and(eq(personPosts.personId, p.id), isNull(personPosts.endedOn)))
        .run();
      event(
        tx,
        ctx,
        l,
        on,
        `${KIND_NAMES[l.kind]}经批准；${p.clearance ? CLEARANCE_NAMES[p.clearance] : ''}涉密人员脱密期 ${years} 年，自 ${on} 至 ${ends}`,
        { separationYears: years, separationEndsOn: ends },
        approvalId,
      );
    },
    input,
  );
  return leavingView(core.session().db, input.leavingId);
}

export function cancelLeaving(core: AppCore, leavingId: number): LeavingView {
  step(
    core,
    leavingId,
    'leaving_cancel',
    (tx, ctx, l) => {
      tx.update(leavingProcedures).set({ status: 'cancelled' }).where(eq(leavingProcedures.id, l.id)).run();
      event(tx, ctx, l, ctx.now.slice(0, 10), '撤销离岗手续');
    },
    { leavingId },
  );
  return leavingView(core.session().db, leavingId);
}

function toView(db: Pick<Db, 'select'>, l: Leaving, p: PersonRecord, department: string): LeavingView {
  const done = doneSteps(l);
  return {
    id: l.id,
    personId: l.personId,
    personName: p.name,
    department,
    kind: l.kind,
    status: l.status,
    startedOn: l.startedOn,
    reason: l.reason,
    destination: l.destination,
    talkOn: l.talkOn,
    talkPresent: l.talkPresent ? (JSON.parse(l.talkPresent) as LeavingView['talkPresent']) : [],
    talkNotes: l.talkNotes,
    carriersClearedOn: l.carriersClearedOn,
    devicesReturned: l.devicesReturned ? (JSON.parse(l.devicesReturned) as string[]) : [],
    devicesReturnedOn: l.devicesReturnedOn,
    accountDoneOn: l.accountDoneOn,
    accountDisabledId: l.accountDisabledId,
    pledgeId: l.pledgeId,
    approvalId: l.approvalId,
    approvedOn: l.approvedOn,
    clearance: l.clearance,
    separationYears: l.separationYears,
    separationEndsOn: l.separationEndsOn,
    done,
    todo: l.status === 'open' ? LEAVING_STEPS.filter((s) => !done.includes(s)) : [],
    holds: l.status === 'open' ? holdingsOf(db, p) : [],
  };
}

const leavingSelect = (db: Pick<Db, 'select'>) =>
  db
    .select({ l: leavingProcedures, p: persons, department: departments.name })
    .from(leavingProcedures)
    .innerJoin(persons, eq(persons.id, leavingProcedures.personId))
    .innerJoin(departments, eq(departments.id, persons.departmentId));

export function leavingView(db: Pick<Db, 'select'>, id: number): LeavingView {
  const r = leavingSelect(db).where(eq(leavingProcedures.id, id)).get();
  if (!r) throw new AppException('NOT_FOUND', '找不到该离岗手续。');
  return toView(db, r.l, r.p, r.department);
}

export function listLeaving(
  db: Pick<Db, 'select'>,
  input: z.output<typeof LeavingListInput>,
): Page<LeavingView> {
  const where = and(
    input.status === undefined ? undefined : eq(leavingProcedures.status, input.status),
    input.personId === undefined ? undefined : eq(leavingProcedures.personId, input.personId),
  );
  const total = db.select({ n: count() }).from(leavingProcedures).where(where).get()?.n ?? 0;
  const rows = leavingSelect(db)
    .where(where)
    .orderBy(desc(leavingProcedures.startedOn), asc(leavingProcedures.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  return { total, rows: rows.map((r) => toView(db, r.l, r.p, r.department)) };
}
