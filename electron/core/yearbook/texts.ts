// The clerk's own text of the 自查自评报告, per year and area: one audited write per save.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CheckArea } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import { selfAssessmentTexts } from '../../../db/schema';
import type { SelfAssessmentSaveInput } from '../../ipc/schemas/yearbook';
import type { AppCore } from '../app-core';
import { refuse } from '../util/refuse';
import { today } from '../util/dates';

export function areaTexts(
  db: Pick<Db, 'select'>,
  year: number,
): Map<CheckArea, { text: string; updatedAt: string }> {
  const rows = db.select().from(selfAssessmentTexts).where(eq(selfAssessmentTexts.year, year)).all();
  return new Map(rows.map((r) => [r.area, { text: r.text, updatedAt: r.updatedAt }]));
}

/**
 * Save one area's text (an empty text removes it). A report is written about a year that has begun: a later
 * year has no registers to report on yet, and a text saved there would be a draft nobody finds.
 */
export function saveAreaText(core: AppCore, input: z.output<typeof SelfAssessmentSaveInput>) {
  const thisYear = Number(today(core.clock).slice(0, 4));
  if (input.year > thisYear) {
    refuse('self_assessment_future_year', `${input.year} 年尚未开始，不能填写该年度的自查自评报告。`, 'year');
  }
  return core.write(
    'self_assessment_save',
    'self_assessment',
    (tx, ctx) => {
      const where = and(eq(selfAssessmentTexts.year, input.year), eq(selfAssessmentTexts.area, input.area));
      if (input.text === '') {
        tx.delete(selfAssessmentTexts).where(where).run();
        return { year: input.year, area: input.area, length: 0 };
      }
      tx.insert(selfAssessmentTexts)
        .values({
          year: input.year,
          area: input.area,
          text: input.text,
          updatedAt: ctx.now,
          updatedBy: ctx.accountId,
        })
        .onConflictDoUpdate({
          target: [selfAssessmentTexts.year, selfAssessmentTexts.area],
          set: { text: input.text, updatedAt: ctx.now, updatedBy: ctx.accountId },
        })
        .run();
      return { year: input.year, area: input.area, length: input.text.length };
    },
    (r) => ({ entityId: `${r.year}/${r.area}`, detail: r }),
  );
}
