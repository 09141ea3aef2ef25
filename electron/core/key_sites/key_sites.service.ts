// 保密要害部门部位 (law art. 39, regulation art. 31): 申报 with its 人防/物防/技防, 保密委员会审定, 撤销 (never
// while carriers are kept there); for each place the 值班 roster, the 出入登记 and the 安全设施检查.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppException } from '../../../db/domain/errors';
import type { Db } from '../../../db/open';
import {
  departments,
  keySiteChecks,
  keySiteDuties,
  keySiteProtections,
  keySites,
  keySiteVisits,
  persons,
} from '../../../db/schema';
import type {
  DutyInput,
  KeySiteApproveInput,
  KeySiteProposeInput,
  KeySiteProtectionsInput,
  KeySiteRevokeInput,
  KeySiteView,
  SiteCheckInput,
  VisitInInput,
  VisitOutInput,
} from '../../ipc/schemas/key-sites';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { approveRecord } from '../approvals/approve';
import { carriersStoredAt } from '../carriers';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { checkRevokeEmpty, checkStatus, checkVisitOut } from './rules';
import { keySiteView } from './views';

type SiteRecord = typeof keySites.$inferSelect;

function loadSite(tx: Pick<Db, 'select'>, id: number): SiteRecord {
  const s = tx.select().from(keySites).where(eq(keySites.id, id)).get();
  if (!s)
    throw new AppException('NOT_FOUND', '找不到该要害部门部位。', {
      fields: [{ path: 'siteId', message: '不存在' }],
    });
  return s;
}

const view = (core: AppCore, id: number) => keySiteView(core.session().db, id, today(core.clock));

function putProtections(
  tx: Pick<Tx, 'insert' | 'delete'>,
  ctx: WriteCtx,
  siteId: number,
  list: z.output<typeof KeySiteProposeInput>['protections'],
) {
  tx.delete(keySiteProtections).where(eq(keySiteProtections.siteId, siteId)).run();
  for (const p of list) {
    tx.insert(keySiteProtections)
      .values({
        siteId,
        category: p.category,
        item: p.item,
        quantity: p.quantity,
        note: p.note ?? null,
        createdAt: ctx.now,
      })
      .run();
  }
}

export function proposeKeySite(core: AppCore, input: z.output<typeof KeySiteProposeInput>): KeySiteView {
  const id = core.write(
    'key_site_propose',
    'key_site',
    (tx, ctx) => {
      if (!tx.select({ id: persons.id }).from(persons).where(eq(persons.id, input.managerPersonId)).get())
        throw new AppException('NOT_FOUND', '找不到该负责人。', {
          fields: [{ path: 'managerPersonId', message: '不存在' }],
        });
      if (
        input.departmentId !== undefined &&
        !tx
          .select({ id: departments.id })
          .from(departments)
          .where(eq(departments.id, input.departmentId))
          .get()
      )
        throw new AppException('NOT_FOUND', '找不到该部门。', {
          fields: [{ path: 'departmentId', message: '不存在' }],
        });
      const { protections, ...site } = input;
      const id = tx
        .insert(keySites)
        .values({ ...site, status: 'proposed', createdAt: ctx.now })
        .returning({ id: keySites.id })
        .get().id;
      putProtections(tx, ctx, id, protections);
      return id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return view(core, id);
}

/** 保密委员会审定: approved, or not (the site stays on record as 未获审定). */
export function approveKeySite(core: AppCore, input: z.output<typeof KeySiteApproveInput>): KeySiteView {
  core.write(
    'key_site_approve',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      checkStatus(s.status, 'proposed', 'key_site_approve_once', '审定');
      const a = approveRecord(tx, input.approval, 'key_site', { type: 'key_site', id: s.id }, ctx, {
        notBefore: s.proposedOn,
      });
      const approved = a.decision === 'approved';
      tx.update(keySites)
        .set({
          status: approved ? 'approved' : 'rejected',
          approvedOn: approved ? a.decidedAt.slice(0, 10) : null,
          approvalId: a.id,
        })
        .where(eq(keySites.id, s.id))
        .run();
      // The departments register shows which departments are 要害部门: it follows this register.
      if (approved && s.kind === 'department' && s.departmentId !== null) {
        tx.update(departments).set({ keyDept: 1 }).where(eq(departments.id, s.departmentId)).run();
        ctx.touch('departments');
      }
    },
    () => ({ entityId: input.siteId, detail: input }),
  );
  return view(core, input.siteId);
}

export function revokeKeySite(core: AppCore, input: z.output<typeof KeySiteRevokeInput>): KeySiteView {
  core.write(
    'key_site_revoke',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      checkStatus(s.status, 'approved', 'key_site_revoke_approved_only', '撤销');
      checkRevokeEmpty(s.name, carriersStoredAt(tx, s.name));
      const a = approveRecord(tx, input.approval, 'key_site', { type: 'key_site', id: s.id }, ctx, {
        notAfter: input.revokedOn,
        notBefore: s.approvedOn ?? s.proposedOn,
      });
      if (a.decision !== 'approved')
        refuse('key_site_revoke_approved', '撤销须经保密委员会同意。', 'approval.decision');
      tx.update(keySites)
        .set({
          status: 'revoked',
          revokedOn: input.revokedOn,
          revokedBy: input.revokedBy,
          revokeReason: input.reason,
          revokeApprovalId: a.id,
        })
        .where(eq(keySites.id, s.id))
        .run();
      if (s.kind === 'department' && s.departmentId !== null) {
        tx.update(departments).set({ keyDept: 0 }).where(eq(departments.id, s.departmentId)).run();
        ctx.touch('departments');
      }
    },
    () => ({ entityId: input.siteId, detail: input }),
  );
  return view(core, input.siteId);
}

export function setProtections(core: AppCore, input: z.output<typeof KeySiteProtectionsInput>): KeySiteView {
  core.write(
    'key_site_protections',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      if (s.status === 'revoked') refuse('key_site_not_revoked', '该要害部门部位已撤销。', 'siteId');
      putProtections(tx, ctx, s.id, input.protections);
    },
    () => ({ entityId: input.siteId, detail: input }),
  );
  return view(core, input.siteId);
}

/** 出入登记: only at an approved site; the visitor comes in with an escort. */
export function visitIn(core: AppCore, input: z.output<typeof VisitInInput>): KeySiteView {
  core.write(
    'key_site_visit_in',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      checkStatus(s.status, 'approved', 'visit_site_approved', '登记出入');
      return tx
        .insert(keySiteVisits)
        .values({ ...input, visitorOrg: input.visitorOrg ?? null, createdAt: ctx.now })
        .returning({ id: keySiteVisits.id })
        .get().id;
    },
    (id) => ({ entityId: input.siteId, detail: { ...input, visitId: id } }),
  );
  return view(core, input.siteId);
}

export function visitOut(core: AppCore, input: z.output<typeof VisitOutInput>): KeySiteView {
  const siteId = core.write(
    'key_site_visit_out',
    'key_site',
    (tx) => {
      const v = tx.select().from(keySiteVisits).where(eq(keySiteVisits.id, input.visitId)).get();
      if (!v)
        throw new AppException('NOT_FOUND', '找不到该出入登记。', {
          fields: [{ path: 'visitId', message: '不存在' }],
        });
      checkVisitOut(v.inAt, v.outAt, input.outAt);
      tx.update(keySiteVisits).set({ outAt: input.outAt }).where(eq(keySiteVisits.id, v.id)).run();
      return v.siteId;
    },
    (siteId) => ({ entityId: siteId, detail: input }),
  );
  return view(core, siteId);
}

export function addDuty(core: AppCore, input: z.output<typeof DutyInput>): KeySiteView {
  core.write(
    'key_site_duty',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      checkStatus(s.status, 'approved', 'duty_site_approved', '排班');
      tx.insert(keySiteDuties)
        .values({ ...input, shift: input.shift ?? null, createdAt: ctx.now })
        .run();
    },
    () => ({ entityId: input.siteId, detail: input }),
  );
  return view(core, input.siteId);
}

/** 安全设施检查: recorded, and the next one falls due a period later. */
export function checkSite(core: AppCore, input: z.output<typeof SiteCheckInput>): KeySiteView {
  core.write(
    'key_site_check',
    'key_site',
    (tx, ctx) => {
      const s = loadSite(tx, input.siteId);
      checkStatus(s.status, 'approved', 'check_site_approved', '登记安全设施检查');
      if (input.result === 'issues' && !input.findings)
        refuse('check_findings_recorded', '检查发现问题时，须写明发现的问题。', 'findings');
      tx.insert(keySiteChecks)
        .values({ ...input, findings: input.findings ?? null, createdAt: ctx.now })
        .run();
      if (!s.lastCheckedOn || input.checkedOn > s.lastCheckedOn)
        tx.update(keySites).set({ lastCheckedOn: input.checkedOn }).where(eq(keySites.id, s.id)).run();
    },
    () => ({ entityId: input.siteId, detail: input }),
  );
  return view(core, input.siteId);
}
