// The persons register: registration, corrections, posts, 上岗, account link, departure.
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import { accounts, personPosts, persons } from '../../../db/schema';
import type {
  DepartInput,
  ExtendSeparationInput,
  LinkAccountInput,
  PersonCreateInput,
  PersonDetail,
  PersonPostInput,
  PersonUpdateInput,
  PostAddInput,
  PostEndInput,
} from '../../ipc/schemas/persons';
import type { AppCore, WriteCtx } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { LEVEL_NAMES } from '../carriers';
import { departmentName } from '../departments';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { checkReadyForPost, CLEARANCE_NAMES, readinessOf, separationEndsOn, STATUS_NAMES } from './rules';
import { personnelSettings } from './settings';
import { addPersonEvent, loadPerson, touchPerson, type PersonRecord, type Tx } from './store';
import { toPersonDetail } from './views';

export function personDetail(core: AppCore, id: number): PersonDetail {
  const { db } = core.session();
  const p = loadPerson(db, id);
  return toPersonDetail(
    db,
    p,
    departmentName(db, p.departmentId),
    today(core.clock),
    personnelSettings(db).warningDays,
  );
}

function checkIdNumberFree(tx: Pick<Db, 'select'>, idNumber: string, exceptId?: number): void {
  const clash = tx
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(eq(persons.idNumber, idNumber), exceptId ? ne(persons.id, exceptId) : undefined))
    .get();
  if (clash) {
    throw new AppException('CONFLICT', `证件号 ${idNumber} 已登记为 ${clash.name}，同一人不能登记两次。`, {
      fields: [{ path: 'idNumber', message: '证件号已登记' }],
    });
  }
}

function insertPost(tx: Tx, ctx: WriteCtx, personId: number, post: z.output<typeof PostAddInput>): number {
  const id = tx
    .insert(personPosts)
    .values({ personId, post: post.post, level: post.level, startedOn: post.startedOn, createdAt: ctx.now })
    .returning({ id: personPosts.id })
    .get().id;
  addPersonEvent(tx, ctx, {
    personId,
    kind: 'post_add',
    on: post.startedOn,
    summary: `任${post.post}（${LEVEL_NAMES[post.level]}级岗位）`,
    detail: { postId: id, post: post.post, level: post.level },
  });
  return id;
}

export function createPerson(core: AppCore, input: z.output<typeof PersonCreateInput>): PersonDetail {
  const id = core.write(
    'person_create',
    'person',
    (tx, ctx) => {
      departmentName(tx, input.departmentId);
      checkIdNumberFree(tx, input.idNumber);
      const p = tx
        .insert(persons)
        .values({
          name: input.name,
          gender: input.gender,
          idNumber: input.idNumber,
          departmentId: input.departmentId,
          politicalStatus: input.politicalStatus ?? null,
          phone: input.phone ?? null,
          highestLevel: input.highestLevel ?? null,
          isClassifier: input.isClassifier ? 1 : 0,
          isKeyDeptStaff: input.isKeyDeptStaff ? 1 : 0,
          status: 'proposed',
          proposedOn: input.proposedOn,
          notes: input.notes ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: persons.id })
        .get();
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'create',
        on: input.proposedOn,
        summary: '登记为拟任涉密人员',
        detail: { name: input.name, departmentId: input.departmentId },
      });
      for (const post of input.posts) insertPost(tx, ctx, p.id, { ...post, personId: p.id });
      return p.id;
    },
    (id) => ({ entityId: id, detail: { name: input.name } }),
  );
  return personDetail(core, id);
}

const EDITABLE = [
  'name',
  'gender',
  'idNumber',
  'departmentId',
  'politicalStatus',
  'phone',
  'highestLevel',
  'isClassifier',
  'isKeyDeptStaff',
  'postCertNo',
  'postCertOn',
  'notes',
] as const;

export function updatePerson(core: AppCore, input: z.output<typeof PersonUpdateInput>): PersonDetail {
  core.write(
    'person_update',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.id);
      if (input.idNumber) checkIdNumberFree(tx, input.idNumber, p.id);
      if (input.departmentId) departmentName(tx, input.departmentId);
      const patch: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      for (const k of EDITABLE) {
        const v = input[k];
        if (v === undefined) continue;
        const stored = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (stored === p[k]) continue;
        patch[k] = stored;
        before[k] = p[k];
      }
      if (!Object.keys(patch).length) return;
      touchPerson(tx, p.id, ctx, patch as Partial<PersonRecord>);
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'edit',
        on: ctx.now.slice(0, 10),
        summary: `更正登记信息：${Object.keys(patch).join('、')}`,
        detail: { before, after: patch },
      });
    },
    () => ({ entityId: input.id, detail: input }),
  );
  return personDetail(core, input.id);
}

export function addPost(core: AppCore, input: z.output<typeof PostAddInput>): PersonDetail {
  core.write(
    'person_post_add',
    'person',
    (tx, ctx) => {
      loadPerson(tx, input.personId);
      insertPost(tx, ctx, input.personId, input);
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

export function endPost(core: AppCore, input: z.output<typeof PostEndInput>): PersonDetail {
  core.write(
    'person_post_end',
    'person',
    (tx, ctx) => {
      const post = tx
        .select()
        .from(personPosts)
        .where(
          and(
            eq(personPosts.id, input.postId),
            eq(personPosts.personId, input.personId),
            isNull(personPosts.endedOn),
          ),
        )
        .get();
      if (!post) throw new AppException('NOT_FOUND', '该人员没有这个在任岗位。');
      if (input.endedOn < post.startedOn) {
        throw new AppException('VALIDATION', '离开岗位日期不能早于任职日期。', {
          fields: [{ path: 'endedOn', message: '早于任职日期' }],
        });
      }
      tx.update(personPosts).set({ endedOn: input.endedOn }).where(eq(personPosts.id, post.id)).run();
      addPersonEvent(tx, ctx, {
        personId: input.personId,
        kind: 'post_end',
        on: input.endedOn,
        summary: `不再担任${post.post}`,
        detail: { postId: post.id },
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

/** 上岗: only with vetting, pre-post training and onboarding pledge (先培训后上岗), and a filed clearance. */
export function postPerson(core: AppCore, input: z.output<typeof PersonPostInput>): PersonDetail {
  core.write(
    'person_post',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status !== 'proposed') {
        refuse(
          'post_from_proposed',
          `只有拟任人员可以上岗；该人员当前为“${STATUS_NAMES[p.status]}”。`,
          'personId',
        );
      }
      checkReadyForPost(readinessOf(tx, p.id));
      if (!p.clearance) {
        refuse(
          'clearance_before_post',
          '上岗前须完成涉密等级审定（部门提名、部门负责人审核、单位领导审批）。',
          'personId',
        );
      }
      touchPerson(tx, p.id, ctx, {
        status: 'in_post',
        postedOn: input.postedOn,
        ...(input.postCertNo ? { postCertNo: input.postCertNo } : {}),
        ...(input.postCertOn ? { postCertOn: input.postCertOn } : {}),
      });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'posted',
        on: input.postedOn,
        summary: `上岗（${CLEARANCE_NAMES[p.clearance]}涉密人员）`,
        detail: input,
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

export function linkAccount(core: AppCore, input: z.output<typeof LinkAccountInput>): PersonDetail {
  core.write(
    'person_link_account',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (input.accountId !== null) {
        const acc = tx.select().from(accounts).where(eq(accounts.id, input.accountId)).get();
        if (!acc)
          throw new AppException('NOT_FOUND', '账户不存在。', {
            fields: [{ path: 'accountId', message: '账户不存在' }],
          });
        const other = tx
          .select({ name: persons.name })
          .from(persons)
          .where(and(eq(persons.accountId, acc.id), ne(persons.id, p.id)))
          .get();
        if (other) throw new AppException('CONFLICT', `账户 ${acc.username} 已关联到 ${other.name}。`);
      }
      touchPerson(tx, p.id, ctx, { accountId: input.accountId });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'account_link',
        on: ctx.now.slice(0, 10),
        summary: input.accountId === null ? '取消关联登录账户' : '关联登录账户',
        detail: { from: p.accountId, to: input.accountId },
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

/**
 * 调离 / 离职 / 退休 from the unit. Someone in post goes through the leaving procedure first; inside the
 * separation period a transfer or resignation waits unless the leader approves an exception, which is
 * recorded and noted in the personnel file (DOMAIN.md). A retiree stays managed until the period ends.
 */
export function depart(core: AppCore, input: z.output<typeof DepartInput>): PersonDetail {
  core.write(
    'person_depart',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (p.status === 'in_post') {
        refuse(
          'leaving_before_departure',
          '在岗涉密人员须先办理离岗手续（谈话、清退、承诺、审批），再办理调离、离职或退休。',
          'personId',
        );
      }
      if (p.status !== 'proposed' && p.status !== 'separation') {
        refuse('departure_once', `该人员已是“${STATUS_NAMES[p.status]}”，不能再次办理。`, 'personId');
      }
      const within = p.separationEndsOn !== null && input.departedOn < p.separationEndsOn;
      let approvalId: number | null = null;
      if (within && input.kind !== 'retire') {
        if (!input.exception || input.exception.decision !== 'approved') {
          refuse(
            'departure_in_separation_needs_exception',
            `脱密期至 ${p.separationEndsOn} 结束；期内调离或离职须经单位领导批准例外，请先记录领导审批。`,
            'exception',
          );
        }
        approvalId = approveRecord(tx, input.exception, 'leave', { type: 'person', id: p.id }, ctx).id;
      }
      touchPerson(tx, p.id, ctx, {
        status: input.kind === 'transfer' ? 'transferred' : input.kind === 'resign' ? 'resigned' : 'retired',
        departedOn: input.departedOn,
        departureKind: input.kind,
      });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'departure',
        on: input.departedOn,
        summary:
          { transfer: '调离本单位', resign: '离职', retire: '退休' }[input.kind] +
          (input.destination ? `（${input.destination}）` : '') +
          (approvalId ? `：脱密期内，经单位领导批准例外` : ''),
        detail: { ...input, exception: undefined, withinSeparation: within },
        approvalId,
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}

/** A unit may lengthen one person's separation period (DOMAIN.md); the end date moves, the start does not. */
export function extendSeparation(core: AppCore, input: z.output<typeof ExtendSeparationInput>): PersonDetail {
  core.write(
    'person_separation_extend',
    'person',
    (tx, ctx) => {
      const p = loadPerson(tx, input.personId);
      if (!p.leftOn || p.separationYears === null || !p.separationEndsOn) {
        refuse('extend_needs_separation', '该人员没有脱密期，无法延长。', 'personId');
      }
      const approval = approveRecord(tx, input.approval, 'leave', { type: 'person', id: p.id }, ctx);
      const { id: approvalId, decidedAt } = approval;
      const extra = p.separationExtraMonths + input.extraMonths;
      const ends = separationEndsOn(p.leftOn, p.separationYears, extra);
      touchPerson(tx, p.id, ctx, { separationExtraMonths: extra, separationEndsOn: ends });
      addPersonEvent(tx, ctx, {
        personId: p.id,
        kind: 'separation_extend',
        on: decidedAt,
        summary: `脱密期延长 ${input.extraMonths} 个月，至 ${ends}`,
        detail: { from: p.separationEndsOn, to: ends, reason: input.reason },
        approvalId,
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}
