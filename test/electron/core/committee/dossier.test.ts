// The person file shows the secrecy-work records that name the person, offered by reviews, key sites and the
// committee without persons importing them: the review they handled, the site in their charge, their seat on
// the committee and the decision they own.
import { describe, expect, it } from 'vitest';
import { newPerson, openDesk } from '../persons/helpers';

describe('the person file and the secrecy-work registers', () => {
  it('a person’s review, key site, committee seat and decision appear in their dossier', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk, { name: '孙立', department: '宣传科' });
    const other = await newPerson(desk, { name: '赵敏', department: '宣传科' });
    await desk.call('reviews:create', {
      title: '档案数字化新闻稿',
      summary: '新闻稿',
      handlerPersonId: p.id,
      departmentId: p.departmentId,
      purpose: 'press',
      appliedOn: '2026-06-10',
    });
    await desk.call('key_sites:propose', {
      kind: 'place',
      name: '保密室',
      level: 'secret',
      managerPersonId: p.id,
      reason: '集中存放涉密载体',
      proposedOn: '2026-06-01',
    });
    await desk.call('committee:addMember', { personId: p.id, role: 'member', joinedOn: '2026-01-01' });
    await desk.call('committee:recordMeeting', {
      heldOn: '2026-06-12',
      topics: '半年工作',
      chair: '李建国',
      attendees: '全体委员',
      recorder: '王丽',
      decisions: [{ content: '7月底前完成载体清查', ownerPersonId: p.id, dueOn: '2026-07-31' }],
    });
    const d = await desk.call('persons:dossier', { id: p.id });
    expect(d.work.map((w) => [w.register, w.title, w.on])).toEqual([
      ['会议决定事项', '7月底前完成载体清查', '2026-07-31'],
      ['保密审查', '档案数字化新闻稿', '2026-06-10'],
      ['要害部门部位', '保密室', '2026-06-01'],
      ['保密委员会', '委员', '2026-01-01'],
    ]);
    expect((await desk.call('persons:dossier', { id: other.id })).work).toEqual([]);
  });
});
