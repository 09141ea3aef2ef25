// A finding from 发现 to 已整改: assigned with its 整改要求 and deadline (art. 59), rectified by named people,
// and checked by a verifier who is neither the one answering for it nor the one who did the work.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { FINDING_SEVERITY_LABELS } from '../../../db/domain/labels';
import type { Db } from '../../../db/open';
import { findings, persons } from '../../../db/schema';
import type {
  FindingAddInput,
  FindingAssignInput,
  FindingStartInput,
  FindingSubmitInput,
  FindingVerifyInput,
  FindingView,
} from '../../ipc/schemas/inspections';
import type { AppCore } from '../app-core';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { checkDeadlineNotPast, checkFindingStep, checkSuperiorDeadline, checkVerifier } from './rules';
import { findingEvent, loadFinding, loadInspection, loadOpenInspection } from './store';
import { findingView } from './findings-views';

/** The person's name; an unknown one is refused on the form's own field. */
function personName(tx: Pick<Db, 'select'>, id: number, field: string): string {
  const p = tx.select({ name: persons.name }).from(persons).where(eq(persons.id, id)).get();
  if (!p) refuse('person_exists', '找不到该人员。', field);
  return p.name;
}

const view = (core: AppCore, id: number) => findingView(core.session().db, id, today(core.clock));

export function addFinding(core: AppCore, input: z.output<typeof FindingAddInput>): FindingView {
  const id = core.write(
    'finding_add',
    'finding',
    (tx, ctx) => {
      const c = loadOpenInspection(tx, input.inspectionId);
      checkDeadlineNotPast(input.deadline, ctx.today);
      checkSuperiorDeadline(c.kind, input.deadline);
      const who =
        input.responsiblePersonId === undefined
          ? null
          : personName(tx, input.responsiblePersonId, 'responsiblePersonId');
      const f = tx
        .insert(findings)
        .values({
          inspectionId: c.id,
          itemId: input.itemId ?? null,
          area: input.area,
          what: input.what,
          severity: input.severity,
          departmentId: input.departmentId ?? c.departmentId,
          responsiblePersonId: input.responsiblePersonId ?? null,
          requirement: input.requirement ?? null,
          deadline: input.deadline ?? null,
          status: 'pending',
          createdAt: ctx.now,
        })
        .returning({ id: findings.id })
        .get();
      findingEvent(tx, ctx, f.id, 'found', c.checkedOn, `检查发现：${input.what}`);
      if (who !== null && input.requirement)
        findingEvent(
          tx,
          ctx,
          f.id,
          'assigned',
          ctx.today,
          `下达整改，责任人${who}${input.deadline ? `，期限 ${input.deadline}` : ''}`,
        );
      return f.id;
    },
    (id) => ({ entityId: id, detail: input }),
  );
  return view(core, id);
}

export function assignFinding(core: AppCore, input: z.output<typeof FindingAssignInput>): FindingView {
  core.write(
    'finding_assign',
    'finding',
    (tx, ctx) => {
      const f = loadFinding(tx, input.findingId);
      checkFindingStep(f.status, ['pending'], '再下达整改');
      const c = loadInspection(tx, f.inspectionId);
      checkDeadlineNotPast(input.deadline, ctx.today);
      checkSuperiorDeadline(c.kind, input.deadline);
      // Named before the update, so an unknown person is refused by its rule, not by the foreign key.
      const who = personName(tx, input.responsiblePersonId, 'responsiblePersonId');
      tx.update(findings)
        .set({
          severity: input.severity,
          departmentId: input.departmentId,
          responsiblePersonId: input.responsiblePersonId,
          requirement: input.requirement,
          deadline: input.deadline ?? null,
        })
        .where(eq(findings.id, f.id))
        .run();
      findingEvent(
        tx,
        ctx,
        f.id,
        'assigned',
        ctx.today,
        `下达整改（${FINDING_SEVERITY_LABELS[input.severity]}），责任人${who}${
          input.deadline ? `，期限 ${input.deadline}` : ''
        }：${input.requirement}`,
      );
    },
    () => ({ entityId: input.findingId, detail: input }),
  );
  return view(core, input.findingId);
}

export function startFinding(core: AppCore, input: z.output<typeof FindingStartInput>): FindingView {
  core.write(
    'finding_start',
    'finding',
    (tx, ctx) => {
      const f = loadFinding(tx, input.findingId);
      checkFindingStep(f.status, ['pending'], '开始整改');
      if (f.responsiblePersonId === null || f.requirement === null)
        refuse('finding_needs_assignment', '请先下达整改：写明整改要求和责任人。', 'findingId');
      tx.update(findings).set({ status: 'rectifying' }).where(eq(findings.id, f.id)).run();
      findingEvent(tx, ctx, f.id, 'started', input.startedOn, '开始整改');
    },
    () => ({ entityId: input.findingId, detail: input }),
  );
  return view(core, input.findingId);
}

export function submitFinding(core: AppCore, input: z.output<typeof FindingSubmitInput>): FindingView {
  core.write(
    'finding_submit',
    'finding',
    (tx, ctx) => {
      const f = loadFinding(tx, input.findingId);
      checkFindingStep(f.status, ['rectifying'], '提交验收');
      const who = personName(tx, input.rectifiedById, 'rectifiedById');
      tx.update(findings)
        .set({
          status: 'to_verify',
          rectification: input.rectification,
          rectifiedOn: input.rectifiedOn,
          rectifiedById: input.rectifiedById,
        })
        .where(eq(findings.id, f.id))
        .run();
      findingEvent(tx, ctx, f.id, 'submitted', input.rectifiedOn, `${who}完成整改：${input.rectification}`);
    },
    () => ({ entityId: input.findingId, detail: input }),
  );
  return view(core, input.findingId);
}

export function verifyFinding(core: AppCore, input: z.output<typeof FindingVerifyInput>): FindingView {
  core.write(
    'finding_verify',
    'finding',
    (tx, ctx) => {
      const f = loadFinding(tx, input.findingId);
      checkFindingStep(f.status, ['to_verify'], '验收');
      checkVerifier(input.verifierId, f.responsiblePersonId, f.rectifiedById);
      const who = personName(tx, input.verifierId, 'verifierId');
      if (input.passed) {
        tx.update(findings)
          .set({
            status: 'closed',
            verifierId: input.verifierId,
            verifiedOn: input.verifiedOn,
            evidence: input.evidence,
            evidenceAttachmentId: input.evidenceAttachmentId ?? null,
          })
          .where(eq(findings.id, f.id))
          .run();
        findingEvent(tx, ctx, f.id, 'verified', input.verifiedOn, `${who}验收通过：${input.evidence}`);
      } else {
        tx.update(findings).set({ status: 'rectifying' }).where(eq(findings.id, f.id)).run();
        findingEvent(tx, ctx, f.id, 'returned', input.verifiedOn, `${who}验收未通过：${input.evidence}`);
      }
    },
    () => ({ entityId: input.findingId, detail: input }),
  );
  return view(core, input.findingId);
}
