// A monthly 自查 from the default template to its closing: two 不符合, one rectified and verified, the other
// past its deadline (逾期 read from the date, shown on the board and in the reminders until it is closed).
import { describe, expect, it } from 'vitest';
import { CHECK_AREAS } from '../../../../db/domain/vocab';
import { newPerson } from '../persons/helpers';
import { answerAll, monthlySelfCheck, nth, openDesk } from './helpers';

describe('findings', () => {
  it('the default checklist has the 13 areas of art. 58, in its order', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    expect([...new Set(check.checklist.map((i) => i.area))]).toEqual([...CHECK_AREAS]);
    expect(check.checklist.map((i) => i.seq)).toEqual(check.checklist.map((_, i) => i + 1));
    const reminders = await desk.call('reminders:list', {});
    expect(reminders.find((r) => r.id === 'inspections_due')?.detail).toContain('年度自查自评');
    expect(reminders.find((r) => r.id === 'inspections_due')?.detail).not.toContain('部门自查');
  });

  it('a finding past its deadline is 逾期 until closed, and the reminder says so', async () => {
    const desk = await openDesk('2026-06-15');
    const { check, departmentId, liu } = await monthlySelfCheck(desk);
    const other = await newPerson(desk, { name: '周强', department: '保密办' });
    const a = await answerAll(desk, check, [3, 13]);
    const first = nth(a.findings, 0);
    const second = nth(a.findings, 1);
    for (const f of [first, second])
      await desk.call('inspections:assign', {
        findingId: f.id,
        severity: 'minor',
        departmentId,
        responsiblePersonId: liu.id,
        requirement: '限期整改',
        deadline: '2026-06-30',
      });
    await desk.call('inspections:start', { findingId: first.id, startedOn: '2026-06-16' });
    await desk.call('inspections:submit', {
      findingId: first.id,
      rectifiedOn: '2026-06-20',
      rectification: '已补训',
      rectifiedById: liu.id,
    });
    await desk.call('inspections:verify', {
      findingId: first.id,
      verifierId: other.id,
      verifiedOn: '2026-06-30',
      passed: true,
      evidence: '培训签到表',
    });
    // The deadline day is still in time.
    desk.clock.set('2026-06-30');
    expect((await desk.call('inspections:finding', { findingId: second.id })).state).toBe('pending');
    expect((await desk.call('reminders:list', {})).some((r) => r.id === 'findings_overdue')).toBe(false);
    desk.clock.set('2026-07-03');
    const late = await desk.call('inspections:finding', { findingId: second.id });
    expect(late).toMatchObject({ status: 'pending', state: 'overdue', overdue: true, overdueDays: 3 });
    const r = (await desk.call('reminders:list', {})).find((x) => x.id === 'findings_overdue');
    expect(r).toMatchObject({ severity: 'danger', target: 'inspections' });
    expect(r?.title).toContain('1 个');
    const board = await desk.call('inspections:findings', { state: 'overdue' });
    expect(board.rows.map((f) => f.id)).toEqual([second.id]);
    expect((await desk.call('inspections:findings', { state: 'pending' })).total).toBe(0);
    expect((await desk.call('inspections:findings', { departmentId, openOnly: true })).total).toBe(1);
    const row = (await desk.call('inspections:list', {})).rows[0];
    expect(row).toMatchObject({ failed: 2, openFindings: 1, overdueFindings: 1 });
    // Rectified late, verified: it leaves the red.
    await desk.call('inspections:start', { findingId: second.id, startedOn: '2026-07-03' });
    await desk.call('inspections:submit', {
      findingId: second.id,
      rectifiedOn: '2026-07-04',
      rectification: '已整改',
      rectifiedById: liu.id,
    });
    await desk.call('inspections:verify', {
      findingId: second.id,
      verifierId: other.id,
      verifiedOn: '2026-07-05',
      passed: true,
      evidence: '现场复查',
    });
    expect((await desk.call('reminders:list', {})).some((x) => x.id === 'findings_overdue')).toBe(false);
    const closed = await desk.call('inspections:close', { inspectionId: check.id, closedOn: '2026-07-05' });
    expect(closed).toMatchObject({ status: 'closed', openFindings: 0 });
  });
});
