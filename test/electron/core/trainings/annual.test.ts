// The trainings register in the 年度报告 a unit sends its supervisor (issue 16 point 9): sessions, attendance,
// 涉密人员 in post and under the floor, 年度考核 by result and 奖惩 by kind, counts only; and the supervisor's
// comparison reads the share under the floor from it, per unit; and `stats --json` counts the register's records.
import { describe, expect, it } from 'vitest';
import { seedPersons } from '../../../../electron/core/persons';
import { partCounts, registerCounts } from '../../../../electron/core/stats/stats.service';
import { seedTrainings } from '../../../../electron/core/trainings';
import { seededRng } from '../../../../scripts/cli/commands/demo';
import { pair, SUPERVISOR } from '../exchange/helpers';
import { lecture, openDesk, postedPerson } from './helpers';

describe('trainings in the annual report', () => {
  it('the unit’s 年度报告 carries training and appraisal figures, and the supervisor sees the share under the floor', async () => {
    const { unit, sup } = await pair();
    const a = await postedPerson(unit, { name: '甲一' });
    const b = await postedPerson(unit, { name: '乙二' });
    const { plannedOn: _p, ...unplanned } = lecture();
    const s = await unit.call('trainings:hold', { ...unplanned, heldOn: '2026-03-10' });
    await unit.call('trainings:attend', {
      sessionId: s.id,
      lines: [
        { personId: a.id, status: 'present' },
        { personId: b.id, status: 'absent', absenceReason: '出差' },
      ],
    });
    await unit.call('trainings:appraiseGrid', {
      kind: 'annual',
      year: 2026,
      appraisedOn: '2026-06-12',
      appraiser: '保密委员会',
      lines: [
        { personId: a.id, result: 'excellent' },
        { personId: b.id, result: 'fail' },
      ],
    });
    await unit.call('trainings:sanction', {
      kind: 'reward',
      matter: '年度保密工作成绩突出',
      personId: a.id,
      on: '2026-06-12',
      category: '通报表扬',
      basis: '单位保密工作奖惩办法第五条',
      approver: 'committee',
      approvedOn: '2026-06-12',
    });

    const annual = await unit.call('exchange:export', {
      to: SUPERVISOR.unitCode,
      profile: 'annual',
      year: 2026,
      outPath: unit.dir,
      media: { type: 'cd', department: '办公室' },
    });
    await sup.call('exchange:import', { path: annual.path, receiptOutPath: sup.dir });
    const report = await sup.call('exchange:unitRecords', { unitCode: unit.code, register: 'annual_report' });
    // 甲一: the 岗前培训 and March's session; 乙二 only the 岗前培训, under the two a year.
    expect(report.rows[0]?.data).toMatchObject({
      year: 2026,
      figures: {
        peopleInPostForTraining: 2,
        peopleUnderTrainingFloor: 1,
        trainingAttendancesInYear: 3,
        appraisalsInYearByResult: { excellent: 1, fail: 1 },
        sanctionsInYearByKind: { reward: 1 },
      },
    });
    expect(JSON.stringify(report.rows[0]?.data)).not.toContain('乙二');
    const row = (await sup.call('exchange:comparison', {})).find((r) => r.unitCode === unit.code);
    expect(row?.training).toEqual({ year: 2026, inPost: 2, underFloor: 1 });
  });
});

describe('trainings in stats --json', () => {
  it('counts the sessions and, beside them, attendance, 考核, 奖惩, 保密协议 and 在职人员 as the demo wrote them', async () => {
    const desk = await openDesk('2026-12-15');
    const db = desk.core.session().db;
    seedPersons(db, 'small', seededRng(20261124), desk.clock.now());
    const seeded = seedTrainings(db, seededRng(20261203), desk.clock.now());
    expect(registerCounts(db).trainings).toBe(seeded.sessions);
    expect(partCounts(db)).toMatchObject({
      training_attendance: seeded.attendance,
      appraisals: seeded.appraisals,
      sanctions: seeded.sanctions,
      agreements: seeded.agreements,
      staff_members: seeded.staff,
    });
    expect(Math.min(seeded.appraisals, seeded.sanctions, seeded.agreements, seeded.staff)).toBeGreaterThan(0);
  });
});
