// The register's own rules beside those of issue 16 point 6 (rules.test.ts): the order of a session (planned →
// held or cancelled), 补学, the day of a 考核, the clearance review after a 不合格 and a penalty's approval. One
// test each, named after the rule; each fails when its rule is removed.
import { describe, expect, it } from 'vitest';
import { lecture, openDesk, postedPerson } from './helpers';

describe('trainings register rules', () => {
  it('attendance_of_held_session: only a held session has an attendance sheet', async () => {
    const desk = await openDesk('2026-03-20');
    const p = await postedPerson(desk, { name: '孙丽' });
    const planned = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-10' }));
    const line = { personId: p.id, status: 'present' as const };
    const early = await desk.refused('trainings:attend', { sessionId: planned.id, lines: [line] });
    expect(early).toMatchObject({ code: 'RULE', rule: 'attendance_of_held_session' });
    expect(early.message).toContain('请先登记举办');
    const makeUp = await desk.refused('trainings:makeUp', {
      sessionId: planned.id,
      personId: p.id,
      madeUpOn: '2026-03-12',
    });
    expect(makeUp.rule).toBe('attendance_of_held_session');
    const other = await desk.call('trainings:plan', lecture({ plannedOn: '2026-04-10', topic: '警示教育' }));
    await desk.call('trainings:cancel', { sessionId: other.id, reason: '上级培训替代' });
    const cancelled = await desk.refused('trainings:attend', { sessionId: other.id, lines: [line] });
    expect(cancelled.message).toContain('已取消');
    // Held, the same sheet is taken.
    await desk.call('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    expect((await desk.call('trainings:attend', { sessionId: planned.id, lines: [line] })).present).toBe(1);
  });

  it('make_up_after_absence: 补学 is for someone recorded absent, on or after the session’s day', async () => {
    const desk = await openDesk('2026-03-20');
    const a = await postedPerson(desk, { name: '甲一' });
    const b = await postedPerson(desk, { name: '乙二' });
    const { plannedOn: _p, ...unplanned } = lecture();
    const s = await desk.call('trainings:hold', { ...unplanned, heldOn: '2026-03-10' });
    await desk.call('trainings:attend', {
      sessionId: s.id,
      lines: [
        { personId: a.id, status: 'present' },
        { personId: b.id, status: 'absent', absenceReason: '出差' },
      ],
    });
    // An absence is recorded with its reason, or not at all.
    const unexplained = await desk.refused('trainings:attend', {
      sessionId: s.id,
      lines: [{ personId: b.id, status: 'absent' }],
    });
    expect(JSON.stringify(unexplained)).toContain('缺席须注明原因');
    const present = await desk.refused('trainings:makeUp', {
      sessionId: s.id,
      personId: a.id,
      madeUpOn: '2026-03-12',
    });
    expect(present).toMatchObject({ code: 'RULE', rule: 'make_up_after_absence' });
    const before = await desk.refused('trainings:makeUp', {
      sessionId: s.id,
      personId: b.id,
      madeUpOn: '2026-03-09',
    });
    expect(before.rule).toBe('make_up_after_absence');
    expect(before.message).toContain('2026-03-10');
    const done = await desk.call('trainings:makeUp', {
      sessionId: s.id,
      personId: b.id,
      madeUpOn: '2026-03-12',
    });
    expect(done.absent).toBe(0);
  });

  it('hold_planned_session: a session is held once, and a cancelled one never', async () => {
    const desk = await openDesk('2026-03-20');
    const planned = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-10' }));
    await desk.call('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    const twice = await desk.refused('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-11' });
    expect(twice).toMatchObject({ code: 'RULE', rule: 'hold_planned_session' });
    expect(twice.message).toContain('已登记举办');
    const other = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-15', topic: '警示教育' }));
    await desk.call('trainings:cancel', { sessionId: other.id, reason: '改为上级培训' });
    const cancelled = await desk.refused('trainings:hold', { sessionId: other.id, heldOn: '2026-03-15' });
    expect(cancelled.rule).toBe('hold_planned_session');
    const summary = await desk.call('trainings:planSummary', { year: 2026 });
    expect(summary).toMatchObject({ planned: 2, held: 1, cancelled: 1, pending: 0 });
  });

  it('cancel_planned_session: only a planned session not yet held can be cancelled', async () => {
    const desk = await openDesk('2026-03-20');
    const planned = await desk.call('trainings:plan', lecture({ plannedOn: '2026-03-10' }));
    await desk.call('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    const held = await desk.refused('trainings:cancel', { sessionId: planned.id, reason: '误录' });
    expect(held).toMatchObject({ code: 'RULE', rule: 'cancel_planned_session' });
    const other = await desk.call('trainings:plan', lecture({ plannedOn: '2026-04-10', topic: '警示教育' }));
    expect((await desk.call('trainings:cancel', { sessionId: other.id, reason: '改期' })).status).toBe(
      'cancelled',
    );
    const again = await desk.refused('trainings:cancel', { sessionId: other.id, reason: '改期' });
    expect(again.rule).toBe('cancel_planned_session');
  });

  it('appraisal_not_in_future: a 考核 is recorded on or after its day', async () => {
    const desk = await openDesk('2026-12-20');
    const p = await postedPerson(desk, { name: '郑洁' });
    const line = {
      personId: p.id,
      kind: 'annual' as const,
      year: 2026,
      result: 'pass' as const,
      appraiser: '王丽',
    };
    const ahead = await desk.refused('trainings:appraise', { ...line, appraisedOn: '2026-12-21' });
    expect(ahead).toMatchObject({ code: 'RULE', rule: 'appraisal_not_in_future' });
    const grid = await desk.refused('trainings:appraiseGrid', {
      kind: 'annual',
      year: 2026,
      appraisedOn: '2026-12-21',
      appraiser: '王丽',
      lines: [{ personId: p.id, result: 'pass' }],
    });
    expect(grid.rule).toBe('appraisal_not_in_future');
    expect(await desk.call('trainings:appraise', { ...line, appraisedOn: '2026-12-20' })).toHaveLength(2);
  });

  it('review_failed_appraisal: only a 不合格 is reviewed, and its review ends the reminder', async () => {
    const desk = await openDesk('2026-12-20');
    const p = await postedPerson(desk, { name: '李娜', department: '办公室' });
    const q = await postedPerson(desk, { name: '赵刚', department: '机要科' });
    await desk.call('trainings:appraiseGrid', {
      kind: 'annual',
      year: 2026,
      appraisedOn: '2026-12-18',
      appraiser: '保密委员会',
      lines: [
        { personId: p.id, result: 'fail', score: 48 },
        { personId: q.id, result: 'pass', score: 86 },
      ],
    });
    const list = (await desk.call('trainings:appraisals', { year: 2026, kind: 'annual' })).rows;
    const failed = list.find((a) => a.personId === p.id);
    const passed = list.find((a) => a.personId === q.id);
    // The 不合格 is a reminder to review the clearance; the clearance itself is not changed.
    const reminder = `appraisal_failed_${failed?.id}`;
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(await ids()).toContain(reminder);
    expect((await desk.call('reminders:list', {})).find((r) => r.id === reminder)?.title).toBe(
      '李娜（办公室）2026 年度考核不合格，请复核其涉密资格',
    );
    expect(await ids()).not.toContain(`appraisal_failed_${passed?.id}`);
    expect((await desk.call('persons:dossier', { id: p.id })).person).toMatchObject({
      status: 'in_post',
      clearance: 'important',
    });
    const review = { reviewedOn: '2026-12-20', reviewNote: '经复核，调离涉密岗位' };
    const notFailed = await desk.refused('trainings:reviewAppraisal', {
      ...review,
      appraisalId: passed?.id ?? 0,
    });
    expect(notFailed).toMatchObject({ code: 'RULE', rule: 'review_failed_appraisal' });
    await desk.call('trainings:reviewAppraisal', { ...review, appraisalId: failed?.id ?? 0 });
    expect(await ids()).not.toContain(reminder);
  });

  it('sanction_after_approval: a penalty is carried out on the committee’s decision, never before it', async () => {
    const desk = await openDesk('2026-06-20');
    const p = await postedPerson(desk, { name: '冯静' });
    const penalty = {
      kind: 'penalty' as const,
      matter: '违规携带涉密载体外出',
      personId: p.id,
      on: '2026-06-09',
      category: '警告',
      basis: '单位保密工作奖惩办法第十二条',
      approver: 'committee' as const,
      approvedOn: '2026-06-10',
    };
    const early = await desk.refused('trainings:sanction', penalty);
    expect(early).toMatchObject({ code: 'RULE', rule: 'sanction_after_approval' });
    expect((await desk.call('trainings:sanction', { ...penalty, on: '2026-06-10' })).category).toBe('警告');
    // A reward may be announced on the day it is earned and approved afterwards.
    const reward = { ...penalty, kind: 'reward' as const, category: '通报表扬', matter: '及时报告泄密隐患' };
    expect((await desk.call('trainings:sanction', reward)).kind).toBe('reward');
  });
});

describe('a session’s materials', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

  it('session_materials_known: the materials are scans on this desk, kept by name through the 举办', async () => {
    const desk = await openDesk('2026-03-20');
    const file = await desk.call('attachments:upload', {
      fileName: '新修订保密法解读课件.pdf',
      mime: 'application/pdf',
      dataBase64: PDF.toString('base64'),
    });
    const missing = await desk.refused('trainings:plan', lecture({ materials: [file.id, file.id + 100] }));
    expect(missing).toMatchObject({ code: 'RULE', rule: 'session_materials_known' });
    const planned = await desk.call('trainings:plan', lecture({ materials: [file.id] }));
    expect(planned.materialFiles).toEqual([{ id: file.id, fileName: '新修订保密法解读课件.pdf' }]);
    // Held without touching its materials, the session keeps them.
    const held = await desk.call('trainings:hold', { sessionId: planned.id, heldOn: '2026-03-10' });
    expect(held.materials).toEqual([file.id]);
    const sign = await desk.call('attachments:upload', {
      fileName: '签到表.pdf',
      mime: 'application/pdf',
      dataBase64: PDF.toString('base64'),
    });
    const { plannedOn: _p, ...unplanned } = lecture({ topic: '警示教育' });
    const other = await desk.call('trainings:hold', {
      ...unplanned,
      heldOn: '2026-03-12',
      materials: [sign.id],
    });
    expect(other.materialFiles.map((f) => f.fileName)).toEqual(['签到表.pdf']);
    const bad = await desk.refused('trainings:hold', {
      ...unplanned,
      heldOn: '2026-03-12',
      materials: [999],
    });
    expect(bad.rule).toBe('session_materials_known');
  });
});
