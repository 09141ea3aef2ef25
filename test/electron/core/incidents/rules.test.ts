// Each rule of incidents (issue 15, point 4; regulation arts. 60–61) has a test named after it that fails if
// the rule is removed; and the 24-hour clock is read in the core, late never silent.
import { describe, expect, it } from 'vitest';
import { lostDocument, openDesk, report } from './helpers';

const result = (incidentId: number) => ({
  incidentId,
  kind: 'result' as const,
  at: '2026-06-20',
  by: '保密委员会',
  text: '给予当事人警告处分，责令检查',
  nature: 'negligent' as const,
  unitNature: 'organ' as const,
});

describe('incident rules', () => {
  it('incident_close_needs_report_and_result: not closed before both reports and the 处理结果', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    const close = { incidentId: i.id, closedOn: '2026-06-20' };
    expect((await desk.refused('incidents:close', close)).rule).toBe(
      'incident_close_needs_report_and_result',
    );
    await desk.call('incidents:report', report(i.id, 'bureau', '2026-06-15 11:00'));
    const one = await desk.refused('incidents:close', close);
    expect(one.rule).toBe('incident_close_needs_report_and_result');
    expect(one.message).toContain('上级主管部门');
    await desk.call('incidents:report', report(i.id, 'superior', '2026-06-15 11:30'));
    const noResult = await desk.refused('incidents:close', close);
    expect(noResult.message).toContain('处理结果');
    await desk.call('incidents:addEntry', result(i.id));
    const closed = await desk.call('incidents:close', close);
    expect(closed).toMatchObject({ status: 'closed', nature: 'negligent', closedOn: '2026-06-20' });
  });

  it('incident_append_only_once_reported: after the first report the record is fixed; corrections are entries', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    const id = i.id;
    const edit = { incidentId: id, ...lostDocument(), summary: '借阅归还后未入柜，经查找仍未找到' };
    expect((await desk.call('incidents:edit', edit)).summary).toBe('借阅归还后未入柜，经查找仍未找到');
    await desk.call('incidents:report', report(id, 'bureau', '2026-06-15 10:00'));
    const e = await desk.refused('incidents:edit', { ...edit, summary: '改写' });
    expect(e.rule).toBe('incident_append_only_once_reported');
    const corrected = await desk.call('incidents:addEntry', {
      incidentId: id,
      kind: 'correction',
      at: '2026-06-15',
      by: '王丽',
      text: '发现地点更正为档案库房',
    });
    expect(corrected.summary).toBe('借阅归还后未入柜，经查找仍未找到');
    expect(corrected.entries.map((x) => x.kind)).toEqual(['correction']);
    expect(corrected.locked).toBe(true);
    // The database itself refuses, whatever the caller.
    const db = desk.core.session().db.$client;
    expect(() => db.prepare("UPDATE incidents SET summary = 'x' WHERE id = ?").run(id)).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM incidents WHERE id = ?').run(id)).toThrow(/kept permanently/);
    expect(() => db.prepare("UPDATE incident_entries SET text = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM incident_reports').run()).toThrow(/kept permanently/);
  });

  it('report_after_discovery: a report cannot come before the discovery, nor from the future', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    expect((await desk.refused('incidents:report', report(i.id, 'bureau', '2026-06-15 08:00'))).rule).toBe(
      'report_after_discovery',
    );
    expect((await desk.refused('incidents:report', report(i.id, 'bureau', '2026-06-16 08:00'))).rule).toBe(
      'report_after_discovery',
    );
  });

  it('result_notice_needs_result: the written notice of art. 60 follows a recorded 处理结果', async () => {
    const desk = await openDesk('2026-06-15');
    const i = await desk.call('incidents:open', lostDocument());
    const notice = {
      incidentId: i.id,
      kind: 'result_notice' as const,
      at: '2026-06-21',
      text: '书面告知市国家保密局',
    };
    expect((await desk.refused('incidents:addEntry', notice)).rule).toBe('result_notice_needs_result');
    await desk.call('incidents:addEntry', result(i.id));
    expect((await desk.call('incidents:addEntry', notice)).entries.map((e) => e.kind)).toEqual([
      'result',
      'result_notice',
    ]);
  });
});

describe('the 24-hour clock (art. 61)', () => {
  it('runs from discovery, shows the time left, and turns overdue without a report', async () => {
    const desk = await openDesk('2026-06-15'); // noon
    const i = await desk.call('incidents:open', lostDocument({ discoveredAt: '2026-06-15 09:00' }));
    expect(i.clock.state).toBe('running');
    expect(i.clock.msLeft).toBe(21 * 3_600_000);
    expect(i.clock.deadlineAt).toBe(new Date('2026-06-16T09:00').toISOString());
    const home = await desk.call('reminders:list', {});
    expect(home.find((r) => r.id === `incident_clock_${i.id}`)?.title).toContain('21 小时 00 分内报告');
    desk.clock.set('2026-06-16'); // noon the next day: 3 hours past
    const late = await desk.call('incidents:get', { incidentId: i.id });
    expect(late.clock).toMatchObject({ state: 'overdue', msLeft: -3 * 3_600_000 });
    expect(
      (await desk.call('reminders:list', {})).find((r) => r.id === `incident_clock_${i.id}`)?.title,
    ).toContain('已超过24小时未报告');
  });

  it('a report after the 24 hours is shown late, never silently', async () => {
    const desk = await openDesk('2026-06-17');
    const i = await desk.call('incidents:open', lostDocument({ discoveredAt: '2026-06-15 09:00' }));
    await desk.call('incidents:report', report(i.id, 'bureau', '2026-06-16 09:00')); // the last minute: in time
    const v = await desk.call('incidents:report', report(i.id, 'superior', '2026-06-16 10:30'));
    expect(v.status).toBe('reported');
    expect(v.clock.state).toBe('late');
    expect(v.clock.reports.bureau).toMatchObject({ late: false });
    expect(v.clock.reports.superior).toMatchObject({ late: true, lateByMs: 90 * 60_000 });
    expect(v.reports.map((r) => r.late)).toEqual([false, true]);
    expect((await desk.call('reminders:list', {})).some((r) => r.id.startsWith('incident_clock_'))).toBe(
      false,
    );
    expect((await desk.call('incidents:list', {})).rows[0]?.clock.state).toBe('late');
  });
});
