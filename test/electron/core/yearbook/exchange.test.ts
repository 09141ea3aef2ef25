// The annual package carries the 自查自评报告: the 13 areas with their figures and the clerk's text reach the
// supervisor with the year's figures, and the supervisor's table reads them in Chinese.
import { describe, expect, it } from 'vitest';
import { selfAssessmentText } from '../../../../renderer/registers/exchange/record-columns';
import { pair, SUPERVISOR } from '../exchange/helpers';
import { seedYear } from './seed';

describe('自查自评报告 in the annual package', () => {
  it('reaches the supervisor with its areas, figures and text', async () => {
    const { unit, sup } = await pair();
    seedYear(unit.core.session().db);
    await unit.call('yearbook:saveArea', { year: 2026, area: 'training', text: '全年集中培训两次。' });
    const annual = await unit.call('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'annual',
      year: 2026,
      outPath: unit.dir,
      media: { type: 'cd', department: '办公室' },
    });
    expect(Object.keys(annual.counts)).toEqual(['annual_report']);
    await sup.call('exchange:import', { path: annual.path, receiptOutPath: sup.dir });
    const report = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'annual_report' });
    const areas = report.rows[0]?.data.self_assessment as {
      area: string;
      figures: { key: string; value: number }[];
      text: string;
    }[];
    expect(areas.map((a) => a.area)).toHaveLength(13);
    const training = areas.find((a) => a.area === 'training');
    expect(training?.text).toBe('全年集中培训两次。');
    expect(training?.figures.find((f) => f.key === 'trainingSessions')?.value).toBe(2);
    const text = selfAssessmentText(areas);
    expect(text).toContain('保密宣传教育培训情况：本年举办保密教育培训（次） 2');
    expect(text).toContain('全年集中培训两次。');
    expect(text).toContain('涉密采购和委托业务管理情况：');
  });
});
