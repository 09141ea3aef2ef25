import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CHECK_AREAS } from '../domain/vocab';
import { accounts } from './accounts';

/**
 * 年度保密自查自评报告 (regulation art. 58): the clerk's own text for each of the 13 areas of a year. The
 * figures beside it are computed from the registers each time and never stored, so they cannot go stale.
 */
export const selfAssessmentTexts = sqliteTable(
  'self_assessment_texts',
  {
    year: integer('year').notNull(),
    area: text('area', { enum: CHECK_AREAS }).notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => accounts.id),
  },
  // The key's first column serves the one query (a year's texts).
  (t) => [primaryKey({ columns: [t.year, t.area] })],
);
