// The 年度保密自查自评报告 as one object: the 13 areas of regulation art. 58 in the article's order, each with
// its figures from the registers and the clerk's own text. The screen, the .docx, the PDF and the exchange all
// read this one object, so they cannot disagree.
import { CHECK_AREA_LABELS } from '../../../db/domain/labels';
import { CHECK_AREAS } from '../../../db/domain/vocab';
import type { Db } from '../../../db/open';
import type { SelfAssessmentView } from '../../ipc/schemas/yearbook';
import { unitInfo } from '../session';
import { selfAssessmentFigures } from './figures';
import { areaTexts } from './texts';

export function selfAssessmentReport(
  db: Pick<Db, '$client' | 'select'>,
  year: number,
  today: string,
): SelfAssessmentView {
  const figures = selfAssessmentFigures(db, year, today);
  const texts = areaTexts(db, year);
  return {
    year,
    unitName: unitInfo(db).name,
    asOf: today,
    areas: CHECK_AREAS.map((area, i) => ({
      area,
      no: i + 1,
      title: CHECK_AREA_LABELS[area],
      figures: figures[area],
      text: texts.get(area)?.text ?? '',
      updatedAt: texts.get(area)?.updatedAt ?? null,
    })),
  };
}
