// The figures of the 年度保密自查自评报告 against a database with known counts (seed.ts): each figure is its own
// test, and the seed keeps decoys beside each (another year, kind or state), so a wrong condition in its SQL fails.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckArea } from '../../../../db/domain/vocab';
import { selfAssessmentFigures, type Figure } from '../../../../electron/core/yearbook/figures';
import { setUpCore } from '../../../helpers/temp';
import { seedYear } from './seed';

let figures: Record<CheckArea, Figure[]>;
beforeAll(async () => {
  const { core } = await setUpCore();
  seedYear(core.session().db);
  figures = selfAssessmentFigures(core.session().db, 2026, '2026-06-15');
});

const EXPECTED: [area: CheckArea, key: string, value: number][] = [
  ['responsibility', 'committeeMembers', 3],
  ['responsibility', 'committeeMeetings', 2],
  ['responsibility', 'responsibilityLetters', 4],
  ['responsibility', 'leaderChecks', 2],
  ['responsibility', 'planItems', 3],
  ['responsibility', 'planItemsDone', 1],
  ['rules', 'rulesInForce', 2],
  ['rules', 'rulesAdopted', 1],
  ['rules', 'rulesRepealed', 1],
  ['training', 'trainingSessions', 2],
  ['training', 'trainingHours', 5],
  ['training', 'trainingAttendances', 5],
  ['training', 'trainingAbsences', 2],
  ['training', 'training.findings', 1],
  ['training', 'training.findingsClosed', 1],
  ['personnel', 'people.core', 1],
  ['personnel', 'people.important', 2],
  ['personnel', 'people.general', 3],
  ['personnel', 'peoplePosted', 4],
  ['personnel', 'peopleLeft', 1],
  ['personnel', 'peopleInSeparation', 1],
  ['personnel', 'vettings', 3],
  ['personnel', 'pledges', 4],
  ['personnel', 'privateTravel', 1],
  ['personnel', 'appraisals', 2],
  ['classification', 'classificationItems', 2],
  ['classification', 'decisions.classify', 2],
  ['classification', 'decisions.declassify', 1],
  ['classification', 'decisions.reclassify', 0],
  ['carriers', 'carriers.received', 3],
  ['carriers', 'carriers.produced', 2],
  ['carriers', 'carriers.copied', 1],
  ['carriers', 'copiesDestroyed', 3],
  ['carriers', 'loans', 2],
  ['carriers', 'loansOverdue', 1],
  ['carriers', 'inventories', 1],
  ['carriers', 'carriers.findings', 3],
  ['carriers', 'carriers.findingsClosed', 1],
  ['carriers', 'carriers.findingsOverdue', 1],
  ['systems', 'devices.secret', 2],
  ['systems', 'devices.confidential', 1],
  ['systems', 'devices.top_secret', 0],
  ['systems', 'media', 2],
  ['systems', 'repairs', 2],
  ['systems', 'repairsOutside', 1],
  ['systems', 'devicesRetired', 1],
  ['internet', 'internetComputers', 1],
  ['internet', 'classifiedOnInternet', 0],
  ['key_sites', 'keyDepartments', 1],
  ['key_sites', 'keyPlaces', 2],
  ['key_sites', 'keySiteChecks', 2],
  ['key_sites', 'keySiteVisits', 3],
  ['meetings', 'meetings.meeting', 2],
  ['meetings', 'meetings.visit', 1],
  ['publication', 'reviews', 3],
  ['publication', 'reviewsNotPublished', 1],
  ['other', 'inspections', 2],
  ['other', 'incidents', 2],
  ['other', 'incidentsReportedInTime', 1],
  ['other', 'rewards', 2],
  ['other', 'penalties', 1],
];

describe('年度自查自评报告的统计数字', () => {
  it.each(EXPECTED)('%s · %s = %i', (area, key, value) => {
    const figure = figures[area].find((f) => f.key === key);
    expect(figure, `${area} has no figure ${key}`).toBeDefined();
    expect(figure?.value).toBe(value);
  });

  it('every area of art. 58 is there, in the article order, and 涉密采购 has no register behind it', () => {
    expect(Object.keys(figures)).toEqual([
      'responsibility',
      'rules',
      'training',
      'personnel',
      'classification',
      'carriers',
      'systems',
      'internet',
      'key_sites',
      'procurement',
      'meetings',
      'publication',
      'other',
    ]);
    expect(figures.procurement.map((f) => f.key)).toEqual([
      'procurement.findings',
      'procurement.findingsClosed',
      'procurement.findingsOverdue',
    ]);
  });
});
