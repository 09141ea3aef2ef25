// The persons register: registration, corrections, posts, 上岗, account link (departure: separation.ts).
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import { CLEARANCE_LABELS, LEVEL_LABELS, PERSON_STATUS_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { accounts, personPosts, persons } from '../../../db/schema';
import type {
  LinkAccountInput,
  PersonCreateInput,
  PersonDetail,
  PersonPostInput,
  PersonUpdateInput,
  PostAddInput,
  PostEndInput,
} from '../../ipc/schemas/persons';
import type { AppCore, WriteCtx } from '../app-core';
import { departmentName } from '../departments';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { checkReadyForPost, readinessOf } from './rules';
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
    summary: `任${post.post}（${LEVEL_LABELS[post.level]}级岗位）`,
    detail: { postId: id, post: post.post, level: post.level },
  });
  return id;
}

export function createPerson(core: AppCore, input: z.output<typeof PersonCreateInput>): PersonDetail {
  const id = core.write(
    'person_create',
    'person',
    (tx, ctx) => createPersonInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: { name: input.name } }),
  );
  return personDetail(core, id);
}

/** The write of 登记拟任 inside a transaction the caller owns (the form's, or a sheet import's). */
export function createPersonInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof PersonCreateInput>): number {
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
        on: ctx.today,
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
          `只有拟任人员可以上岗；该人员当前为“${PERSON_STATUS_LABELS[p.status]}”。`,
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
        summary: `上岗（${CLEARANCE_LABELS[p.clearance]}涉密人员）`,
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
        on: ctx.today,
        summary: input.accountId === null ? '取消关联登录账户' : '关联登录账户',
        detail: { from: p.accountId, to: input.accountId },
      });
    },
    () => ({ entityId: input.personId, detail: input }),
  );
  return personDetail(core, input.personId);
}
