// Each leaving rule of DOMAIN.md (离岗, 清退, 脱密期) has a test named after it that fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import { approval, leavingReady, openDesk, postedPerson, received } from '../persons/helpers';

describe('leaving rules', () => {
  it('leaving is refused while carriers are held: the error names 编号, 名称 and 份号, under either key', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '周杰' });
    // Registered before the person existed, under the old 部门/姓名 key.
    const c = await desk.call(
      'carriers:register',
      received({
        custodian: '周杰',
        department: '办公室',
        copyCount: 1,
        copyNos: [12],
        receipt: { fromUnit: '省保密办', signedBy: '周杰', countedCopies: 1 },
      }),
    );
    const l = await leavingReady(desk, p.id, 'off_post', false);
    const e = await desk.refused('leaving:approve', { leavingId: l.id, approval: approval('2026-06-05') });
    expect(e).toMatchObject({ code: 'RULE', rule: 'leaving_carriers_returned' });
    expect(e.message).toContain(c.carrierNo);
    expect(e.message).toContain('关于做好2026年度保密检查工作的通知');
    expect(e.message).toContain('第 12 份');
    expect((await desk.refused('leaving:carriers', { leavingId: l.id, checkedOn: '2026-06-05' })).rule).toBe(
      'leaving_carriers_returned',
    );
    expect((await desk.call('persons:get', { id: p.id })).status).toBe('in_post');
  });

  it('the reminder talk needs two people present besides the person, and comes first', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '孙丽' });
    const l = await desk.call('leaving:start', {
      personId: p.id,
      kind: 'off_post',
      startedOn: '2026-06-01',
      reason: '轮岗',
    });
    expect((await desk.refused('leaving:pledge', { leavingId: l.id, signedOn: '2026-06-01' })).rule).toBe(
      'leaving_talk_first',
    );
    const e = await desk.refused('leaving:talk', {
      leavingId: l.id,
      talkOn: '2026-06-01',
      present: [{ name: '孙丽' }, { name: '王丽' }],
    });
    expect(e.rule).toBe('leaving_talk_two_present');
  });

  it('脱密期 end dates: 3/2/1 years by clearance from the approval date, with an extension and with changed settings', async () => {
    const desk = await openDesk();
    const ends: Record<string, string | null> = {};
    for (const [level, name] of [
      ['top_secret', '甲'],
      ['secret', '乙'],
      ['confidential', '丙'],
    ] as const) {
      const p = await postedPerson(desk, { level, name: `钱${name}` });
      const l = await leavingReady(desk, p.id);
      const v = await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
      ends[level] = v.separationEndsOn;
    }
    expect(ends).toEqual({ top_secret: '2029-06-10', secret: '2028-06-10', confidential: '2027-06-10' });

    const persons = await desk.call('persons:list', { filters: { due: 'in_separation' } });
    const qian = persons.rows.find((r) => r.name === '钱乙');
    if (!qian) throw new Error('missing');
    expect(qian.status).toBe('separation');
    const ext = await desk.call('persons:extendSeparation', {
      personId: qian.id,
      extraMonths: 6,
      reason: '掌握核心项目',
      approval: approval('2026-06-12'),
    });
    expect(ext.separationEndsOn).toBe('2028-12-10');

    await desk.call('persons:updateSettings', { separationYears: { core: 5, important: 3, general: 2 } });
    const p = await postedPerson(desk, { level: 'confidential', name: '吴丁' });
    const l = await leavingReady(desk, p.id);
    expect(
      (await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') }))
        .separationEndsOn,
    ).toBe('2028-06-10');

    // The day after the last day the status reads 脱密期满, computed, nothing stored changed.
    desk.clock.set('2027-06-11');
    const bing = (await desk.call('persons:list', { search: '钱丙' })).rows[0];
    expect(bing).toMatchObject({ status: 'released', inSeparation: false });
  });
});
