// Each rule of checks and findings (issue 15, point 4; regulation art. 59) has a test named after it that fails
// if the rule is removed.
import { describe, expect, it } from 'vitest';
import { newPerson } from '../persons/helpers';
import { answerAll, monthlySelfCheck, must, nth, openDesk, type Desk } from './helpers';

/** A check with one 不符合, assigned to 刘洋 of 办公室 with a deadline at the end of the month. */
async function assigned(desk: Desk, deadline: string | undefined = '2026-06-30') {
  const { check, departmentId, liu } = await monthlySelfCheck(desk);
  const answered = await answerAll(desk, check, [2]);
  const findingId = must(nth(answered.checklist, 2).findingId);
  const f = await desk.call('inspections:assign', {
    findingId,
    severity: 'serious',
    departmentId,
    responsiblePersonId: liu.id,
    requirement: '制定并印发保密管理制度',
    ...(deadline ? { deadline } : {}),
  });
  return { check: answered, f, departmentId, liu };
}

describe('inspection rules', () => {
  it('finding_deadline_not_past: a finding whose deadline is already past when it is set is refused', async () => {
    const desk = await openDesk('2026-06-15');
    const { check, departmentId, liu } = await monthlySelfCheck(desk);
    const e = await desk.refused('inspections:addFinding', {
      inspectionId: check.id,
      area: 'carriers',
      what: '借阅登记不全',
      deadline: '2026-06-14',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'finding_deadline_not_past' });
    expect(e.fields?.[0]?.path).toBe('deadline');
    const answered = await answerAll(desk, check, [0]);
    const assign = await desk.refused('inspections:assign', {
      findingId: must(nth(answered.checklist, 0).findingId),
      severity: 'minor',
      departmentId,
      responsiblePersonId: liu.id,
      requirement: '补签责任书',
      deadline: '2026-06-01',
    });
    expect(assign.rule).toBe('finding_deadline_not_past');
    // Today itself is a deadline still to be met.
    const ok = await desk.call('inspections:addFinding', {
      inspectionId: check.id,
      area: 'carriers',
      what: '借阅登记不全',
      deadline: '2026-06-15',
    });
    expect(ok.deadline).toBe('2026-06-15');
  });

  it('superior_finding_needs_deadline: a 上级检查 finding states its deadline (art. 59)', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk, { kind: 'superior' });
    const e = await desk.refused('inspections:addFinding', {
      inspectionId: check.id,
      area: 'systems',
      what: '涉密计算机未拆除无线网卡',
    });
    expect(e.rule).toBe('superior_finding_needs_deadline');
    const f = await desk.call('inspections:addFinding', {
      inspectionId: check.id,
      area: 'systems',
      what: '涉密计算机未拆除无线网卡',
      deadline: '2026-07-15',
    });
    expect(f.deadline).toBe('2026-07-15');
  });

  it('finding_verifier_not_responsible: neither the responsible person nor who did the work verifies it', async () => {
    const desk = await openDesk();
    const { f, liu } = await assigned(desk);
    const doer = await newPerson(desk, { name: '孙丽', department: '办公室' });
    const checker = await newPerson(desk, { name: '周强', department: '保密办' });
    await desk.call('inspections:start', { findingId: f.id, startedOn: '2026-06-16' });
    await desk.call('inspections:submit', {
      findingId: f.id,
      rectifiedOn: '2026-06-20',
      rectification: '已印发《保密管理制度》',
      rectifiedById: doer.id,
    });
    const verify = (verifierId: number) => ({
      findingId: f.id,
      verifierId,
      verifiedOn: '2026-06-21',
      passed: true,
      evidence: '制度文本及印发通知',
    });
    const e = await desk.refused('inspections:verify', verify(liu.id));
    expect(e).toMatchObject({ rule: 'finding_verifier_not_responsible', fields: [{ path: 'verifierId' }] });
    expect((await desk.refused('inspections:verify', verify(doer.id))).rule).toBe(
      'finding_verifier_not_responsible',
    );
    const done = await desk.call('inspections:verify', verify(checker.id));
    expect(done).toMatchObject({
      status: 'closed',
      state: 'closed',
      verifier: '周强',
      verifiedOn: '2026-06-21',
    });
    expect(done.events.map((e) => e.kind)).toEqual(['found', 'assigned', 'started', 'submitted', 'verified']);
  });

  it('check_close_needs_carry_over: a check with open findings closes only with a reason for each', async () => {
    const desk = await openDesk();
    const { check, f, liu } = await assigned(desk);
    const e = await desk.refused('inspections:close', { inspectionId: check.id, closedOn: '2026-06-30' });
    expect(e.rule).toBe('check_close_needs_carry_over');
    expect(e.message).toContain('1 个问题');
    const closed = await desk.call('inspections:close', {
      inspectionId: check.id,
      closedOn: '2026-06-30',
      carryOver: [{ findingId: f.id, reason: '制度须经党组会审议，7月完成' }],
    });
    expect(closed.status).toBe('closed');
    // Carried over is not done: the finding keeps its step and deadline, still open under its closed check.
    expect(closed.findings[0]).toMatchObject({
      status: 'pending',
      carryOverReason: '制度须经党组会审议，7月完成',
    });
    expect(closed.openFindings).toBe(1);
    desk.clock.set('2026-07-01');
    const late = await desk.call('inspections:finding', { findingId: f.id });
    expect(late).toMatchObject({ state: 'overdue', overdueDays: 1 });
    expect(late.events.map((x) => x.kind)).toContain('carried_over');
    expect((await desk.call('reminders:list', {})).some((r) => r.id === 'findings_overdue')).toBe(true);
    // It leaves the red only when rectified and verified, as any finding.
    const checker = await newPerson(desk, { name: '周强', department: '保密办' });
    await desk.call('inspections:start', { findingId: f.id, startedOn: '2026-07-01' });
    await desk.call('inspections:submit', {
      findingId: f.id,
      rectifiedOn: '2026-07-01',
      rectification: '已印发《保密管理制度》',
      rectifiedById: liu.id,
    });
    const done = await desk.call('inspections:verify', {
      findingId: f.id,
      verifierId: checker.id,
      verifiedOn: '2026-07-01',
      passed: true,
      evidence: '制度文本',
    });
    expect(done.state).toBe('closed');
    expect((await desk.call('reminders:list', {})).some((r) => r.id === 'findings_overdue')).toBe(false);
    expect(
      (
        await desk.refused('inspections:answer', {
          inspectionId: check.id,
          answers: [{ itemId: nth(check.checklist, 0).id, answer: 'na' }],
        })
      ).rule,
    ).toBe('check_closed');
  });

  it('checklist_answered: a check closes only when every line of its checklist is answered', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    const e = await desk.refused('inspections:close', { inspectionId: check.id, closedOn: '2026-06-30' });
    expect(e.rule).toBe('checklist_answered');
  });

  it('finding_step_order and finding_needs_assignment: a finding moves only one way, once assigned', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    const answered = await answerAll(desk, check, [1]);
    const findingId = must(nth(answered.checklist, 1).findingId);
    expect((await desk.refused('inspections:start', { findingId, startedOn: '2026-06-16' })).rule).toBe(
      'finding_needs_assignment',
    );
    const e = await desk.refused('inspections:verify', {
      findingId,
      verifierId: 1,
      verifiedOn: '2026-06-16',
      passed: true,
      evidence: '—',
    });
    expect(e.rule).toBe('finding_step_order');
  });

  it('answer_has_finding: a 不符合 taken back removes its draft finding, but not one already assigned', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    const a = await answerAll(desk, check, [0, 1]);
    expect(a.findings).toHaveLength(2);
    const b = await desk.call('inspections:answer', {
      inspectionId: check.id,
      answers: [{ itemId: nth(a.checklist, 0).id, answer: 'pass' }],
    });
    expect(b.findings).toHaveLength(1);
    const { f } = await assigned(desk);
    const e = await desk.refused('inspections:answer', {
      inspectionId: f.inspectionId,
      answers: [{ itemId: must(f.itemId), answer: 'pass' }],
    });
    expect(e.rule).toBe('answer_has_finding');
  });
});
