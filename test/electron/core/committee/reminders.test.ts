// The home page's reminders of issue 17: reviews waiting on the clerk, sites whose check is due, meetings with
// materials out, and the committee's missing half-yearly meeting.
import { describe, expect, it } from 'vitest';
import { approval, newPerson, openDesk, received } from '../persons/helpers';

describe('reminders of reviews, key sites and the committee', () => {
  it('each reminder appears when due and names its page', async () => {
    const desk = await openDesk('2026-06-15');
    const p = await newPerson(desk, { name: '王丽', department: '办公室' });
    const dept = (await desk.call('departments:list', {})).find((d) => d.name === '办公室');
    const ids = async () => (await desk.call('reminders:list', {})).map((r) => [r.id, r.target]);

    const r = await desk.call('reviews:create', {
      title: '新闻稿',
      summary: '摘要',
      handlerPersonId: p.id,
      departmentId: dept?.id ?? 0,
      purpose: 'press',
      appliedOn: '2026-06-10',
    });
    await desk.call('reviews:step', {
      reviewId: r.id,
      step: 'dept',
      approval: approval('2026-06-11', '赵敏'),
    });

    const site = await desk.call('key_sites:propose', {
      kind: 'place',
      name: '保密室',
      level: 'secret',
      managerPersonId: p.id,
      reason: '存放载体',
      proposedOn: '2026-01-02',
      checkEveryDays: 30,
    });
    await desk.call('key_sites:approve', { siteId: site.id, approval: approval('2026-01-05') });

    const carrier = await desk.call(
      'carriers:register',
      received({
        copyCount: 1,
        copyNos: [1],
        receipt: { fromUnit: '省保密办', signedBy: '王丽', countedCopies: 1 },
      }),
    );
    const m = await desk.call('committee:createMeeting', {
      kind: 'meeting',
      name: '部署会',
      level: 'secret',
      startsOn: '2026-06-12',
      endsOn: '2026-06-12',
      place: '会议室',
      hostDepartmentId: dept?.id ?? 0,
      attendees: ['王丽'],
    });
    await desk.call('committee:approveMeeting', { meetingId: m.id, approval: approval('2026-06-10') });
    await desk.call('committee:issueMaterials', {
      meetingId: m.id,
      carrierId: carrier.id,
      copyNos: [1],
      issuedTo: '王丽',
      issuedOn: '2026-06-12',
    });
    await desk.call('committee:addMember', { personId: p.id, role: 'office_head', joinedOn: '2025-01-01' });

    const got = await ids();
    expect(got).toContainEqual(['reviews_waiting', 'reviews']);
    expect(got).toContainEqual(['key_site_checks_due', 'key_sites']);
    expect(got).toContainEqual(['meeting_materials_out', 'committee']);
    // Today is in the first half of 2026: the half-year that ended is 2025's second, with no meeting.
    expect(got).toContainEqual(['committee_half_year_meeting', 'committee']);
    await desk.call('committee:recordMeeting', {
      heldOn: '2025-11-20',
      topics: '部署',
      chair: '李建国',
      attendees: '全体委员',
      recorder: '王丽',
    });
    expect((await ids()).map(([id]) => id)).not.toContain('committee_half_year_meeting');
  });
});
