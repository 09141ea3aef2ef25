// The check rules point 4 of issue 15 does not list but the register enforces: an answer names a line of its
// own check, a finding names people of the register, and a closed check stays as it was closed.
import { describe, expect, it } from 'vitest';
import { answerAll, monthlySelfCheck, must, nth, openDesk } from './helpers';

describe('more inspection rules', () => {
  it('item_of_check: an answer to a line of another check is refused', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    const other = await desk.call('inspections:open', {
      kind: 'spot',
      title: '6月抽查',
      period: '2026-06',
      checkedOn: '2026-06-15',
      inspectors: '王丽',
    });
    const e = await desk.refused('inspections:answer', {
      inspectionId: check.id,
      answers: [{ itemId: nth(other.checklist, 0).id, answer: 'fail' }],
    });
    expect(e).toMatchObject({ rule: 'item_of_check', fields: [{ path: 'answers' }] });
    expect((await desk.call('inspections:get', { inspectionId: other.id })).findings).toEqual([]);
  });

  it('person_exists: a finding is assigned to, done by and verified by people of the register', async () => {
    const desk = await openDesk();
    const { check, departmentId } = await monthlySelfCheck(desk);
    const answered = await answerAll(desk, check, [0]);
    const e = await desk.refused('inspections:assign', {
      findingId: must(nth(answered.checklist, 0).findingId),
      severity: 'minor',
      departmentId,
      responsiblePersonId: 9999,
      requirement: '补签责任书',
      deadline: '2026-06-30',
    });
    expect(e).toMatchObject({ rule: 'person_exists', fields: [{ path: 'responsiblePersonId' }] });
    const added = await desk.refused('inspections:addFinding', {
      inspectionId: check.id,
      area: 'carriers',
      what: '借阅登记不全',
      responsiblePersonId: 9999,
      requirement: '补登',
      deadline: '2026-06-30',
    });
    expect(added.rule).toBe('person_exists');
  });

  it('check_closed: a closed check takes no more answers and no new findings', async () => {
    const desk = await openDesk();
    const { check } = await monthlySelfCheck(desk);
    await answerAll(desk, check, []);
    await desk.call('inspections:close', { inspectionId: check.id, closedOn: '2026-06-15' });
    const answer = await desk.refused('inspections:answer', {
      inspectionId: check.id,
      answers: [{ itemId: nth(check.checklist, 0).id, answer: 'fail' }],
    });
    expect(answer).toMatchObject({ rule: 'check_closed', fields: [{ path: 'inspectionId' }] });
    const add = await desk.refused('inspections:addFinding', {
      inspectionId: check.id,
      area: 'carriers',
      what: '借阅登记不全',
      deadline: '2026-06-30',
    });
    expect(add.rule).toBe('check_closed');
    expect(
      (await desk.refused('inspections:close', { inspectionId: check.id, closedOn: '2026-06-16' })).rule,
    ).toBe('check_closed');
  });
});
