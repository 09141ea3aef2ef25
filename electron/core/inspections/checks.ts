// A check from opening to closing: the checklist copied from the unit's template, answers given line by line
// (each 不符合 becomes a finding at once, so nothing found is lost between the form and the board), and the
// closing, which waits until every finding is closed or carried over with its reason.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { CHECK_AREAS } from '../../../db/domain/vocab';
import { CHECK_ANSWER_LABELS } from '../../../db/domain/labels';
import { findingEvents, findings, inspectionItems, inspections } from '../../../db/schema';
import {
  scopeDepartmentIds,
  type InspectionAnswerInput,
  type InspectionCloseInput,
  type InspectionOpenInput,
  type InspectionView,
} from '../../ipc/schemas/inspections';
import type { AppCore } from '../app-core';
import { today } from '../util/dates';
import { refuse } from '../util/refuse';
import { checkCloseCarryOver, findingDone } from './rules';
import { findingEvent, loadOpenInspection, saveScopeInTx } from './store';
import { checklistTemplate } from './template';
import { inspectionView } from './views';
import { inList } from '../util/in-list';

export function openInspection(core: AppCore, input: z.output<typeof InspectionOpenInput>): InspectionView {
  const id = core.write(
    'inspection_open',
    'inspection',
    (tx, ctx) => {
      const areas = input.areas ?? [...CHECK_AREAS];
      const scope = scopeDepartmentIds(input);
      const c = tx
        .insert(inspections)
        .values({
          kind: input.kind,
          title: input.title,
          period: input.period,
          checkedOn: input.checkedOn,
          departmentId: scope.length === 1 ? (scope[0] ?? null) : null,
          personId: input.personId ?? null,
          areas: JSON.stringify(areas),
          inspectors: input.inspectors,
          authority: input.authority ?? null,
          opinion: input.opinion ?? null,
          status: 'open',
          createdAt: ctx.now,
          createdBy: ctx.accountId,
        })
        .returning({ id: inspections.id })
        .get();
      saveScopeInTx(tx, c.id, scope);
      const lines = checklistTemplate(tx).filter((t) => areas.includes(t.area));
      // Template order within the article's order of areas, so a printed 自查表 reads as art. 58 does.
      lines.sort((a, b) => CHECK_AREAS.indexOf(a.area) - CHECK_AREAS.indexOf(b.area));
      lines.forEach((t, i) =>
        tx
          .insert(inspectionItems)
          .values({ inspectionId: c.id, seq: i + 1, area: t.area, text: t.text })
          .run(),
      );
      return c.id;
    },
    (id) => ({
      entityId: id,
      detail: {
        kind: input.kind,
        title: input.title,
        period: input.period,
        departmentIds: scopeDepartmentIds(input),
      },
    }),
  );
  return inspectionView(core.session().db, id, today(core.clock));
}

export function answerInspection(
  core: AppCore,
  input: z.output<typeof InspectionAnswerInput>,
): InspectionView {
  core.write(
    'inspection_answer',
    'inspection',
    (tx, ctx) => {
      const c = loadOpenInspection(tx, input.inspectionId);
      const items = tx
        .select()
        .from(inspectionItems)
        .where(
          and(
            eq(inspectionItems.inspectionId, c.id),
            inList(
              inspectionItems.id,
              input.answers.map((a) => a.itemId),
            ),
          ),
        )
        .all();
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const a of input.answers) {
        const item = byId.get(a.itemId);
        if (!item) refuse('item_of_check', '该检查项不属于这次检查。', 'answers');
        const finding = tx.select().from(findings).where(eq(findings.itemId, item.id)).get();
        if (a.answer === 'fail' && !finding) {
          const f = tx
            .insert(findings)
            .values({
              inspectionId: c.id,
              itemId: item.id,
              area: item.area,
              what: a.note ? `${item.text}：${a.note}` : item.text,
              severity: 'minor',
              departmentId: c.departmentId,
              status: 'pending',
              createdAt: ctx.now,
            })
            .returning({ id: findings.id })
            .get();
          findingEvent(tx, ctx, f.id, 'found', c.checkedOn, `检查发现：${item.text}`);
        }
        if (a.answer !== 'fail' && finding) {
          // A 不符合 given by mistake may be taken back while its finding is only a draft; once it has been
          // assigned, it is handled as a finding (closed, or carried over), never made to disappear.
          if (finding.status !== 'pending' || finding.responsiblePersonId !== null)
            refuse(
              'answer_has_finding',
              `该项已登记为问题并下达整改，不能再改为“${a.answer ? CHECK_ANSWER_LABELS[a.answer] : '未答'}”。`,
              'answers',
            );
          tx.delete(findingEvents).where(eq(findingEvents.findingId, finding.id)).run();
          tx.delete(findings).where(eq(findings.id, finding.id)).run();
        }
        tx.update(inspectionItems)
          .set({
            answer: a.answer,
            note: a.note ?? null,
            evidenceAttachmentId: a.evidenceAttachmentId ?? item.evidenceAttachmentId,
          })
          .where(eq(inspectionItems.id, item.id))
          .run();
      }
    },
    () => ({ entityId: input.inspectionId, detail: { answers: input.answers.length } }),
  );
  return inspectionView(core.session().db, input.inspectionId, today(core.clock));
}

export function closeInspection(core: AppCore, input: z.output<typeof InspectionCloseInput>): InspectionView {
  core.write(
    'inspection_close',
    'inspection',
    (tx, ctx) => {
      const c = loadOpenInspection(tx, input.inspectionId);
      const unanswered = tx
        .select({ answer: inspectionItems.answer })
        .from(inspectionItems)
        .where(eq(inspectionItems.inspectionId, c.id))
        .all()
        .filter((i) => i.answer === null).length;
      if (unanswered > 0)
        refuse(
          'checklist_answered',
          `检查表还有 ${unanswered} 项未填写，请先逐项填写后再结束检查。`,
          'inspectionId',
        );
      const fs = tx.select().from(findings).where(eq(findings.inspectionId, c.id)).all();
      const openFindings = fs.filter((f) => !findingDone(f.status));
      const carried = new Map(input.carryOver.map((r) => [r.findingId, r.reason]));
      checkCloseCarryOver(openFindings, new Set(carried.keys()));
      for (const f of openFindings) {
        const reason = carried.get(f.id) ?? '';
        // Carried over is not done: the finding keeps its step and its deadline, stays on the board (red once
        // overdue) and in the reminders, and closes by its own verification; only the check is finished.
        tx.update(findings).set({ carryOverReason: reason }).where(eq(findings.id, f.id)).run();
        findingEvent(tx, ctx, f.id, 'carried_over', input.closedOn, `检查结束时结转，继续整改：${reason}`);
      }
      tx.update(inspections)
        .set({ status: 'closed', closedOn: input.closedOn })
        .where(eq(inspections.id, c.id))
        .run();
    },
    () => ({ entityId: input.inspectionId, detail: input }),
  );
  return inspectionView(core.session().db, input.inspectionId, today(core.clock));
}
