// 年度报备: the numbers the unit files for a year, from a year's real register.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../electron/ipc/contract';
import { approval, leavingReady, newPerson, openDesk, postedPerson, type Desk } from './helpers';

async function trip(desk: Desk, personId: number, destination: string) {
  return desk.call('travel:apply', {
    personId,
    destination,
    purpose: '探亲',
    appliedOn: '2026-06-20',
    plannedDepartOn: '2026-07-10',
    plannedReturnOn: '2026-07-15',
  });
}

/** 部门领导 agrees, then the 保密委员会 decides. */
async function decide(desk: Desk, travelId: number, committee: ChannelInput<'travel:decide'>['approval']) {
  await desk.call('travel:decide', { travelId, step: 'dept_leader', approval: approval('2026-06-22') });
  await desk.call('travel:decide', { travelId, step: 'committee', approval: committee });
}

describe('annual report (年度报备)', () => {
  it('counts who is in post at year end by clearance and department, joiners, leavers, separation, travel', async () => {
    const desk = await openDesk('2026-01-05');
    const core = await postedPerson(desk, { name: '王刚', level: 'top_secret', department: '办公室' });
    const important = await postedPerson(desk, { name: '李强', level: 'secret', department: '技术部' });
    const leaver = await postedPerson(desk, { name: '陈静', level: 'confidential', department: '技术部' });
    await newPerson(desk, { name: '周平', department: '技术部' }); // 拟任 only: in no count

    desk.clock.set('2026-06-15');
    const l = await leavingReady(desk, leaver.id);
    const approved = await desk.call('leaving:approve', {
      leavingId: l.id,
      approval: approval('2026-06-05'),
    });

    const [pp] = await desk.call('travel:registerPassport', {
      personId: core.id,
      kind: 'passport',
      number: 'E12345678',
      receivedOn: '2026-01-20',
    });
    const back = await trip(desk, core.id, '新加坡');
    await decide(desk, back.id, approval('2026-06-25'));
    await desk.call('travel:educate', { travelId: back.id, educatedOn: '2026-07-01', educatedBy: '王丽' });
    await desk.call('persons:pledge', {
      personId: core.id,
      kind: 'travel',
      signedOn: '2026-07-01',
      travelId: back.id,
    });
    desk.clock.set('2026-07-20');
    await desk.call('travel:depart', {
      travelId: back.id,
      departedOn: '2026-07-10',
      passportId: pp?.id ?? 0,
    });
    await desk.call('travel:return', {
      travelId: back.id,
      returnedOn: '2026-07-15',
      report: '按期返回，无异常情况',
      passportReturnedOn: '2026-07-16',
    });
    const no = await trip(desk, important.id, '日本');
    await decide(desk, no.id, {
      ...approval('2026-06-25', '保密委员会'),
      decision: 'rejected',
      opinion: '近期承担核心项目',
    });
    await trip(desk, important.id, '泰国'); // still waiting for the 部门领导

    const r = await desk.call('persons:annualReport', { year: 2026 });
    expect(r).toMatchObject({
      year: 2026,
      asOf: '2026-12-31',
      inPost: 2,
      byClearance: { core: 1, important: 1, general: 0 },
      travel: { applied: 3, approved: 1, refused: 1, returned: 1 },
    });
    expect(r.byDepartment.map((d) => [d.department, d.total, d.byClearance])).toEqual([
      ['办公室', 1, { core: 1, important: 0, general: 0 }],
      ['技术部', 1, { core: 0, important: 1, general: 0 }],
    ]);
    expect(r.joiners.map((j) => [j.name, j.on])).toEqual([
      ['李强', '2026-01-15'],
      ['王刚', '2026-01-15'],
      ['陈静', '2026-01-15'],
    ]);
    expect(r.leavers).toEqual([
      expect.objectContaining({
        name: '陈静',
        department: '技术部',
        clearance: 'general',
        kind: 'off_post',
        on: '2026-06-05',
        separationEndsOn: approved.separationEndsOn,
      }),
    ]);
    expect((approved.separationEndsOn ?? '') > '2026-12-31').toBe(true);
    expect(r.inSeparation.map((p) => p.name)).toEqual(['陈静']);

    // The year before: nobody yet; the year the separation has ended: nobody in it, nobody joined or left.
    const before = await desk.call('persons:annualReport', { year: 2025 });
    expect(before).toMatchObject({ inPost: 0, joiners: [], leavers: [], inSeparation: [], byDepartment: [] });
    expect(before.travel).toEqual({ applied: 0, approved: 0, refused: 0, returned: 0 });
    const later = await desk.call('persons:annualReport', { year: 2040 });
    expect(later).toMatchObject({ inPost: 2, joiners: [], leavers: [], inSeparation: [] });
  });

  it('a year out of range is refused with the field named', async () => {
    const desk = await openDesk();
    const e = await desk.refused('persons:annualReport', { year: 1999 });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.[0]?.path).toBe('year');
  });
});
