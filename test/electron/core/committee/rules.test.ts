// Each rule of the committee's work and of 涉密会议 (regulation art. 6, art. 45) has a test named after it that
// fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import { approval, newPerson, openDesk, received, type Desk } from '../persons/helpers';

async function dept(desk: Desk, name: string) {
  const all = await desk.call('departments:list', {});
  return all.find((d) => d.name === name) ?? desk.call('departments:create', { name });
}

/** A 机密 meeting approved by the leader, with a 机密 document of three copies (份号 1–3) for the table. */
async function approvedMeeting(desk: Desk) {
  const host = await dept(desk, '办公室');
  const carrier = await desk.call(
    'carriers:register',
    received({
      name: '2026年档案安全工作方案（征求意见稿）',
      copyCount: 3,
      copyNos: [1, 2, 3],
      receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 3 },
    }),
  );
  const m = await desk.call('committee:createMeeting', {
    kind: 'meeting',
    name: '2026年档案安全工作部署会',
    level: 'secret',
    startsOn: '2026-06-20',
    endsOn: '2026-06-20',
    place: '三楼保密会议室',
    hostDepartmentId: host.id,
    attendees: ['李建国', '赵敏', '王丽'],
    measures: '手机统一存放，会场无线信号屏蔽',
  });
  const approved = await desk.call('committee:approveMeeting', {
    meetingId: m.id,
    approval: approval('2026-06-12'),
  });
  return { meeting: approved, carrier };
}

describe('committee and 涉密会议 rules', () => {
  it('meeting_materials_out: a meeting with materials not back cannot be closed', async () => {
    const desk = await openDesk();
    const { meeting, carrier } = await approvedMeeting(desk);
    for (const [no, who] of [
      [1, '李建国'],
      [2, '赵敏'],
      [3, '王丽'],
    ] as const) {
      await desk.call('committee:issueMaterials', {
        meetingId: meeting.id,
        carrierId: carrier.id,
        copyNos: [no],
        issuedTo: who,
        issuedOn: '2026-06-20',
      });
    }
    const out = await desk.call('committee:classifiedMeeting', { meetingId: meeting.id });
    expect(out).toMatchObject({ materialsIssued: 3, materialsOut: 3 });
    const [a = 0, b = 0, c = 0] = out.materials.map((m) => m.id);
    await desk.call('committee:collectMaterials', { materialIds: [a, b], collectedOn: '2026-06-20' });
    const e = await desk.refused('committee:closeMeeting', { meetingId: meeting.id, closedOn: '2026-06-20' });
    expect(e).toMatchObject({ code: 'RULE', rule: 'meeting_materials_out' });
    expect(e.message).toContain('第3份（王丽）');
    await desk.call('committee:collectMaterials', { materialIds: [c], collectedOn: '2026-06-21' });
    const closed = await desk.call('committee:closeMeeting', {
      meetingId: meeting.id,
      closedOn: '2026-06-21',
    });
    expect(closed).toMatchObject({ status: 'closed', materialsOut: 0 });
  });

  it('material_copy_once: a copy out at a meeting is not handed out again', async () => {
    const desk = await openDesk();
    const { meeting, carrier } = await approvedMeeting(desk);
    await desk.call('committee:issueMaterials', {
      meetingId: meeting.id,
      carrierId: carrier.id,
      copyNos: [1],
      issuedTo: '李建国',
      issuedOn: '2026-06-20',
    });
    const e = await desk.refused('committee:issueMaterials', {
      meetingId: meeting.id,
      carrierId: carrier.id,
      copyNos: [1],
      issuedTo: '赵敏',
      issuedOn: '2026-06-20',
    });
    expect(e.rule).toBe('material_copy_once');
  });

  it('decision_needs_owner: a committee decision without an owner is refused; with one it becomes a task', async () => {
    const desk = await openDesk();
    const owner = await newPerson(desk, { name: '赵敏' });
    const meeting = {
      heldOn: '2026-06-18',
      topics: '上半年保密工作总结；部署保密检查',
      chair: '李建国',
      attendees: '李建国、赵敏、王丽、张伟',
      recorder: '王丽',
    };
    const e = await desk.refused('committee:recordMeeting', {
      ...meeting,
      decisions: [{ content: '7月底前完成全局涉密载体清查', dueOn: '2026-07-31' }],
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'decision_needs_owner' });
    expect((await desk.call('committee:meetings', {})).total).toBe(0);
    const done = await desk.call('committee:recordMeeting', {
      ...meeting,
      decisions: [{ content: '7月底前完成全局涉密载体清查', ownerPersonId: owner.id, dueOn: '2026-07-31' }],
    });
    expect(done.decisions).toHaveLength(1);
    expect(done.decisions[0]).toMatchObject({ ownerName: '赵敏', status: 'open', kind: 'decision' });
    const tasks = await desk.call('committee:tasks', { status: 'open' });
    expect(tasks.rows.map((t) => t.content)).toEqual(['7月底前完成全局涉密载体清查']);
    desk.clock.set('2026-08-02');
    expect((await desk.call('committee:tasks', { status: 'open' })).rows[0]?.overdue).toBe(true);
    const fin = await desk.call('committee:finishTask', {
      taskId: tasks.rows[0]?.id ?? 0,
      doneOn: '2026-08-01',
    });
    expect(fin.status).toBe('done');
    expect(
      (await desk.refused('committee:addTask', { kind: 'plan_item', year: 2026, content: '开展保密宣传月' }))
        .rule,
    ).toBe('decision_needs_owner');
  });

  it('letter_once_a_year: one 部门保密工作责任书 per department per year', async () => {
    const desk = await openDesk();
    const d = await dept(desk, '办公室');
    const y = await desk.call('committee:signLetter', {
      year: 2026,
      departmentId: d.id,
      signedOn: '2026-01-10',
      signer: '赵敏',
    });
    expect(y.letters.find((l) => l.departmentId === d.id)).toMatchObject({ signer: '赵敏' });
    const e = await desk.refused('committee:signLetter', {
      year: 2026,
      departmentId: d.id,
      signedOn: '2026-02-10',
      signer: '赵敏',
    });
    expect(e.rule).toBe('letter_once_a_year');
  });

  it('the yearly cycle: plan, half-yearly meetings counted, summary', async () => {
    const desk = await openDesk();
    const chair = await newPerson(desk, { name: '李建国' });
    await desk.call('committee:addMember', {
      personId: chair.id,
      role: 'chair',
      joinedOn: '2025-01-01',
      title: '局长',
    });
    await desk.call('committee:adoptPlan', {
      year: 2026,
      plan: '一、健全制度；二、开展培训',
      adoptedOn: '2026-01-15',
    });
    await desk.call('committee:recordMeeting', {
      heldOn: '2026-03-10',
      topics: '年度工作部署',
      chair: '李建国',
      attendees: '全体委员',
      recorder: '王丽',
    });
    const y = await desk.call('committee:summarise', {
      year: 2026,
      summary: '全年无泄密事件',
      summaryOn: '2026-12-20',
    });
    expect(y).toMatchObject({ meetingsFirstHalf: 1, meetingsSecondHalf: 0, summary: '全年无泄密事件' });
    const members = await desk.call('committee:members', {});
    expect(members[0]).toMatchObject({ name: '李建国', role: 'chair' });
  });
});
