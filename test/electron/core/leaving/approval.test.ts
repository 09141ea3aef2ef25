// Issue 19 points 4 and 10: the leaving approval is dated between the start of the procedure and today, and
// the procedure carries who approved it, by name, for the 离岗审批表.
import { describe, expect, it } from 'vitest';
import { approval, leavingReady, openDesk, postedPerson } from '../persons/helpers';

describe('the leaving approval', () => {
  it('leaving_approval_date: not before the procedure started, not after today; the start day and today pass', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '秦一' });
    const l = await leavingReady(desk, p.id);
    expect(l.startedOn).toBe('2026-06-01');
    for (const [day, decision] of [
      ['2026-05-31', 'approved'],
      ['2026-06-16', 'approved'],
      ['2026-06-16', 'rejected'],
    ] as const) {
      const e = await desk.refused('leaving:approve', {
        leavingId: l.id,
        approval: { ...approval(day), decision },
      });
      expect(e, `${day} ${decision}`).toMatchObject({ code: 'RULE', rule: 'leaving_approval_date' });
      expect(e.fields?.[0]?.path).toBe('approval.decidedAt');
    }
    expect((await desk.call('persons:get', { id: p.id })).status).toBe('in_post');
    const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-15') });
    expect(v).toMatchObject({ status: 'approved', approvedOn: '2026-06-15' });

    const q = await postedPerson(desk, { name: '尤二' });
    const l2 = await leavingReady(desk, q.id);
    const v2 = await desk.call('leaving:approve', { leavingId: l2.id, approval: approval('2026-06-01') });
    expect(v2.approvedOn).toBe('2026-06-01');
  });

  it('the approved procedure names its approver (the 离岗审批表 prints it), as recorded on paper', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '许三' });
    const l = await leavingReady(desk, p.id);
    const open = await desk.call('leaving:get', { leavingId: l.id });
    expect(open.approval).toBeNull();
    await desk.call('leaving:approve', {
      leavingId: l.id,
      approval: approval('2026-06-10', '何志远', '副局长'),
    });
    const shown = (await desk.call('persons:dossier', { id: p.id })).leaving[0];
    expect(shown?.approval).toMatchObject({
      approverName: '何志远',
      approverTitle: '副局长',
      decidedAt: '2026-06-10',
      decision: 'approved',
      documentNo: '人保〔2026〕5号',
    });
  });
});
