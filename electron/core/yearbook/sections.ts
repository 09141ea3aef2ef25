// The 年度保密工作台账 for a year: every section of REFERENCE §2.1 in its order, each with its rows for the year.
// A section with no rows is still there (an empty table under its title), never silently missing.
import { YEARBOOK_SECTION_LABELS } from '../../../db/domain/labels';
import { YEARBOOK_SECTIONS } from '../../../db/domain/vocab';
import type { YearbookSectionView } from '../../ipc/schemas/yearbook';
import { OFFICE_SECTIONS } from './sections-office';
import { REGISTER_SECTIONS } from './sections-registers';
import type { Reader, SectionSource } from './section-source';

const BY_ID = new Map<string, SectionSource>(
  [...OFFICE_SECTIONS, ...REGISTER_SECTIONS].map((s) => [s.id, s]),
);

/** The source of every section, in the order of §2.1; a section the app has no source for reads as not kept. */
export function sectionSources(): SectionSource[] {
  return YEARBOOK_SECTIONS.map(
    (id) =>
      BY_ID.get(id) ?? {
        id,
        headings: ['序号', '内容'],
        rows: () => [],
        note: '本系统尚未设立该登记簿，请另附纸质台账。',
      },
  );
}

function sectionView(db: Reader, s: SectionSource, year: number): YearbookSectionView {
  const rows = s.rows(db, { year, from: `${year}-01-01`, to: `${year}-12-31` });
  return {
    id: s.id,
    title: YEARBOOK_SECTION_LABELS[s.id],
    headings: s.headings,
    rows,
    note: [s.note, rows.length === 0 ? '本年度无记录。' : null].filter(Boolean).join('') || null,
  };
}

export function yearbookSections(db: Reader, year: number): YearbookSectionView[] {
  return sectionSources().map((s) => sectionView(db, s, year));
}

/** The same, yielding after each section so progress and cancel calls are answered meanwhile. */
export async function yearbookSectionsStepped(
  db: Reader,
  year: number,
  step: (done: number) => Promise<void>,
): Promise<YearbookSectionView[]> {
  const out: YearbookSectionView[] = [];
  for (const s of sectionSources()) {
    out.push(sectionView(db, s, year));
    await step(out.length);
  }
  return out;
}
