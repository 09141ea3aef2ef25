// 保密协议: 技术保密协议, 知识产权保护协议, 竞业限制协议 (up to the unit's cap) and 合作方保密协议, with the scan.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AGREEMENT_KIND_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { agreements, departments, persons, staffMembers } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { AgreementInput, AgreementListInput, AgreementView } from '../../ipc/schemas/trainings-records';
import type { AppCore, Tx, WriteCtx } from '../app-core';
import { addPersonEvent, loadPerson } from '../persons';
import { pageOf } from '../util/paging';
import { checkNonCompeteCap } from './rules';
import { trainingSettings } from './settings';
import { loadStaff } from './staff';
import { present } from './store';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

export function listAgreements(
  db: Reader,
  input: z.output<typeof AgreementListInput> & { id?: number },
): Page<AgreementView> {
  const where = and(
    input.id === undefined ? undefined : eq(agreements.id, input.id),
    input.kind === undefined ? undefined : eq(agreements.kind, input.kind),
    input.personId === undefined ? undefined : eq(agreements.personId, input.personId),
  );
  const total = keptTotal(db, db.select({ n: count() }).from(agreements).where(where));
  const rows = pageOf(
    db
      .select({
        a: agreements,
        subject: sql<string>`coalesce(${persons.name}, ${staffMembers.name}, ${agreements.partner}, '')`,
        // The signer's department (a 涉密人员's or a 在职人员's) and a 在职人员's post, for the printed agreement.
        department: sql<string | null>`(SELECT ${departments.name} FROM ${departments}
          WHERE ${departments.id} = coalesce(${persons.departmentId}, ${staffMembers.departmentId}))`,
        post: staffMembers.post,
      })
      .from(agreements)
      .leftJoin(persons, eq(persons.id, agreements.personId))
      .leftJoin(staffMembers, eq(staffMembers.id, agreements.staffId))
      .where(where)
      .orderBy(desc(agreements.signedOn), desc(agreements.id)),
    input,
  ).all();
  return {
    total,
    rows: rows.map(({ a, subject, department, post }) => ({
      id: a.id,
      kind: a.kind,
      subject,
      department,
      post,
      personId: a.personId,
      staffId: a.staffId,
      partner: a.partner,
      signedOn: a.signedOn,
      termEndsOn: a.termEndsOn,
      nonCompeteFrom: a.nonCompeteFrom,
      nonCompeteEndsOn: a.nonCompeteEndsOn,
      scanAttachmentId: a.scanAttachmentId,
      notes: a.notes,
    })),
  };
}

/** 保密协议 recorded inside the caller's write: the form's own, or an xlsx import's (one row of many). */
export function recordAgreementInTx(tx: Tx, ctx: WriteCtx, input: z.output<typeof AgreementInput>): number {
  const nonCompete =
    input.kind === 'non_compete' && input.nonCompeteFrom && input.nonCompeteEndsOn
      ? { from: input.nonCompeteFrom, endsOn: input.nonCompeteEndsOn }
      : null;
  if (nonCompete) {
    checkNonCompeteCap(nonCompete.from, nonCompete.endsOn, trainingSettings(tx).nonCompeteCapYears);
  }
  if (input.personId !== undefined) loadPerson(tx, input.personId);
  if (input.staffId !== undefined) loadStaff(tx, input.staffId);
  const id = tx
    .insert(agreements)
    .values({
      kind: input.kind,
      personId: input.personId ?? null,
      staffId: input.personId === undefined ? (input.staffId ?? null) : null,
      partner: input.partner ?? null,
      signedOn: input.signedOn,
      termEndsOn: input.termEndsOn ?? null,
      nonCompeteFrom: nonCompete?.from ?? null,
      nonCompeteEndsOn: nonCompete?.endsOn ?? null,
      scanAttachmentId: input.scanAttachmentId ?? null,
      notes: input.notes ?? null,
      createdAt: ctx.now,
    })
    .returning({ id: agreements.id })
    .get().id;
  if (input.personId !== undefined) {
    addPersonEvent(tx, ctx, {
      personId: input.personId,
      kind: 'pledge',
      on: input.signedOn,
      summary: `签订${AGREEMENT_KIND_LABELS[input.kind]}${input.nonCompeteEndsOn ? `（竞业限制至 ${input.nonCompeteEndsOn}）` : ''}`,
      detail: { agreementId: id, kind: input.kind },
    });
  }
  return id;
}

export function recordAgreement(core: AppCore, input: z.output<typeof AgreementInput>): AgreementView {
  const id = core.write(
    'agreement_record',
    'agreement',
    (tx, ctx) => recordAgreementInTx(tx, ctx, input),
    (id) => ({ entityId: id, detail: { kind: input.kind } }),
  );
  return present(listAgreements(core.session().db, { id, page: 1, pageSize: 1 }).rows[0], 'the row written');
}
