// 奖惩: rewards and penalties of a person or a department, approved by the 保密委员会 or 领导小组, linked to the
// incident or the check finding they arose from.
import { and, count, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { SANCTION_KIND_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { departments, findings, incidents, persons, sanctions, staffMembers } from '../../../db/schema';
import type { Page } from '../../ipc/schemas/common';
import type { SanctionInput, SanctionListInput, SanctionView } from '../../ipc/schemas/trainings-records';
import type { AppCore } from '../app-core';
import { departmentName } from '../departments';
import { addPersonEvent, loadPerson } from '../persons';
import { pageOf } from '../util/paging';
import { refuse } from '../util/refuse';
import { loadStaff } from './staff';
import { present } from './store';
import { keptTotal } from '../util/count-cache';

type Reader = Pick<Db, 'select'>;

const subject = sql<string>`coalesce(${persons.name}, ${staffMembers.name}, ${departments.name}, '')`;

/** What a 奖惩 arose from, as the clerk reads it: the incident's title or the finding's words. */
const source = sql<string | null>`CASE
  WHEN ${sanctions.sourceRef} LIKE 'incident:%' THEN '泄密事件：' || (SELECT ${incidents.title} FROM ${incidents}
    WHERE ${incidents.id} = CAST(substr(${sanctions.sourceRef}, 10) AS INTEGER))
  WHEN ${sanctions.sourceRef} LIKE 'finding:%' THEN '检查发现问题：' || (SELECT ${findings.what} FROM ${findings}
    WHERE ${findings.id} = CAST(substr(${sanctions.sourceRef}, 9) AS INTEGER))
  END`;

/** A 奖惩 linked to an incident or a check finding names one that is on record. */
function checkSourceKnown(tx: Reader, ref: string): void {
  const [kind, raw] = ref.split(':');
  const id = Number(raw);
  const found =
    kind === 'incident'
      ? tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, id)).get()
      : tx.select({ id: findings.id }).from(findings).where(eq(findings.id, id)).get();
  if (!found) {
    refuse(
      'sanction_source_known',
      kind === 'incident'
        ? '所选泄密事件不存在，请重新选择来源。'
        : '所选检查发现的问题不存在，请重新选择来源。',
      'sourceRef',
    );
  }
}

export function listSanctions(
  db: Reader,
  input: z.output<typeof SanctionListInput> & { id?: number },
): Page<SanctionView> {
  const where = and(
    input.id === undefined ? undefined : eq(sanctions.id, input.id),
    input.year === undefined ? undefined : gte(sanctions.on, `${input.year}-01-01`),
    input.year === undefined ? undefined : lte(sanctions.on, `${input.year}-12-31`),
    input.kind === undefined ? undefined : eq(sanctions.kind, input.kind),
    input.personId === undefined ? undefined : eq(sanctions.personId, input.personId),
  );
  const total = keptTotal(db, db.select({ n: count() }).from(sanctions).where(where));
  const rows = pageOf(
    db
      .select({ s: sanctions, subject, source })
      .from(sanctions)
      .leftJoin(persons, eq(persons.id, sanctions.personId))
      .leftJoin(staffMembers, eq(staffMembers.id, sanctions.staffId))
      .leftJoin(departments, eq(departments.id, sanctions.departmentId))
      .where(where)
      .orderBy(desc(sanctions.on), desc(sanctions.id)),
    input,
  ).all();
  return {
    total,
    rows: rows.map(({ s, subject, source }) => ({
      id: s.id,
      kind: s.kind,
      matter: s.matter,
      subject,
      personId: s.personId,
      staffId: s.staffId,
      departmentId: s.departmentId,
      on: s.on,
      category: s.category,
      basis: s.basis,
      approver: s.approver,
      approvedOn: s.approvedOn,
      documentNo: s.documentNo,
      sourceRef: s.sourceRef,
      source,
    })),
  };
}

export function recordSanction(core: AppCore, input: z.output<typeof SanctionInput>): SanctionView {
  const id = core.write(
    'sanction_record',
    'sanction',
    (tx, ctx) => {
      if (input.approvedOn > input.on && input.kind === 'penalty') {
        // A penalty is carried out on the committee's decision, never before it.
        refuse(
          'sanction_after_approval',
          '惩处须经保密委员会（领导小组）审批后执行：时间不能早于审批日期。',
          'on',
        );
      }
      if (input.personId !== undefined) loadPerson(tx, input.personId);
      if (input.staffId !== undefined) loadStaff(tx, input.staffId);
      if (input.departmentId !== undefined) departmentName(tx, input.departmentId);
      if (input.sourceRef !== undefined) checkSourceKnown(tx, input.sourceRef);
      const id = tx
        .insert(sanctions)
        .values({
          kind: input.kind,
          matter: input.matter,
          personId: input.personId ?? null,
          staffId: input.staffId ?? null,
          departmentId: input.departmentId ?? null,
          on: input.on,
          category: input.category,
          basis: input.basis,
          approver: input.approver,
          approvedOn: input.approvedOn,
          documentNo: input.documentNo ?? null,
          sourceRef: input.sourceRef ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: sanctions.id })
        .get().id;
      if (input.personId !== undefined) {
        addPersonEvent(tx, ctx, {
          personId: input.personId,
          kind: 'training',
          on: input.on,
          summary: `${SANCTION_KIND_LABELS[input.kind]}：${input.category}（${input.matter}）`,
          detail: { sanctionId: id },
        });
      }
      return id;
    },
    (id) => ({ entityId: id, detail: { kind: input.kind, matter: input.matter } }),
  );
  return present(listSanctions(core.session().db, { id, page: 1, pageSize: 1 }).rows[0], 'the row written');
}
