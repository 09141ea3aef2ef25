// Each personnel rule of DOMAIN.md has a test named after it that fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import {
  approval,
  clearThroughChain,
  idNumber,
  leavingReady,
  newPerson,
  openDesk,
  postedPerson,
  received,
} from './helpers';

describe('personnel rules', () => {
  it('ID number checksum: a wrong check digit is refused with the digit it should be', async () => {
    const desk = await openDesk();
    const dept = await desk.call('departments:create', { name: '办公室' });
    const good = idNumber('19900101', '235');
    const last = good.slice(-1);
    const bad = good.slice(0, 17) + (last === '0' ? '1' : '0');
    const base = { name: '李娜', gender: 'male' as const, departmentId: dept.id, proposedOn: '2026-01-05' };
    const e = await desk.refused('persons:create', { ...base, idNumber: bad });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain(`校验位不符：按前 17 位应为 ${last}`);
    expect(
      (await desk.refused('persons:create', { ...base, idNumber: '11010119901301235X' })).message,
    ).toContain('出生日期');
    // The 17th digit is odd: male; claiming female is caught as a typing error.
    expect(
      (await desk.refused('persons:create', { ...base, gender: 'female', idNumber: good })).message,
    ).toContain('性别');
    const p = await desk.call('persons:create', { ...base, idNumber: good.toLowerCase() });
    expect(p.idNumber).toBe(good);
  });

  it('clearance follows the highest post: several posts take the highest, anything else is refused', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk, { level: 'confidential' });
    await desk.call('persons:addPost', {
      personId: p.id,
      post: '定密责任人助理',
      level: 'top_secret',
      startedOn: '2026-01-06',
    });
    const detail = await desk.call('persons:get', { id: p.id });
    expect(detail.clearanceByPosts).toBe('core');
    const e = await desk.refused('persons:nominateClearance', {
      personId: p.id,
      clearance: 'important',
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'clearance_follows_highest_post' });
    const d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(d.toClearance).toBe('core');
  });

  it('the 4-step chain order is enforced: no approval before the department head reviewed, nothing after filing', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk);
    const d = await desk.call('persons:nominateClearance', {
      personId: p.id,
      reason: '提名',
      nomination: approval('2026-01-10'),
    });
    expect(d.nextStep).toBe('dept_review');
    const e = await desk.refused('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-01-10'),
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'clearance_chain_order' });
    expect(e.message).toContain('部门负责人审核');
    expect((await desk.call('persons:get', { id: p.id })).clearance).toBeNull();
    await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'dept_review',
      approval: approval('2026-01-10'),
    });
    await desk.refused('persons:clearanceStep', {
      decisionId: d.id,
      step: 'file',
      approval: approval('2026-01-10'),
    });
    const approved = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'leader_approve',
      approval: approval('2026-01-11'),
    });
    expect(approved.approvedOn).toBe('2026-01-11');
    const filed = await desk.call('persons:clearanceStep', {
      decisionId: d.id,
      step: 'file',
      approval: approval('2026-01-12'),
    });
    expect(filed.steps.map((s) => s.step)).toEqual(['nominate', 'dept_review', 'leader_approve', 'file']);
    expect(filed.status).toBe('filed');
    expect(
      (
        await desk.refused('persons:clearanceStep', {
          decisionId: d.id,
          step: 'file',
          approval: approval('2026-01-12'),
        })
      ).rule,
    ).toBe('clearance_chain_order');
    const person = await desk.call('persons:get', { id: p.id });
    expect(person).toMatchObject({ clearance: 'important', clearedOn: '2026-01-11' });
  });

  it('先培训后上岗: nobody becomes 在岗 without vetting, pre-post training and an onboarding pledge', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk);
    await clearThroughChain(desk, p.id);
    const e = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(e).toMatchObject({ code: 'RULE', rule: 'train_before_post' });
    expect(e.message).toContain('保密审查');
    expect(e.message).toContain('岗前保密教育培训记录');
    expect(e.message).toContain('上岗保密承诺书');
    await desk.call('persons:vet', { personId: p.id, vettedOn: '2026-01-12', result: 'passed' });
    await desk.call('persons:train', {
      personId: p.id,
      kind: 'pre_post',
      trainedOn: '2026-01-12',
      hours: 2,
      content: '保密法规',
    });
    const e2 = await desk.refused('persons:post', { personId: p.id, postedOn: '2026-01-15' });
    expect(e2.message).toContain('上岗保密承诺书');
    expect(e2.message).not.toContain('岗前保密教育培训记录');
    await desk.call('persons:pledge', { personId: p.id, kind: 'onboarding', signedOn: '2026-01-12' });
    expect((await desk.call('persons:post', { personId: p.id, postedOn: '2026-01-15' })).status).toBe(
      'in_post',
    );
  });

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
      approval: approval('2026-07-01'),
    });
    expect(ext.separationEndsOn).toBe('2028-12-10');

    await desk.call('persons:updateSettings', { separationYears: { core: 5, important: 3, general: 2 } });
    const p = await postedPerson(desk, { level: 'confidential', name: '吴丁' });
    const l = await leavingReady(desk, p.id);
    expect(
      (await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') }))
        .separationEndsOn,
    ).toBe('2028-06-10');

    // On the end date the status reads 脱密期满, computed, nothing stored changed.
    desk.clock.set('2027-06-10');
    const bing = (await desk.call('persons:list', { search: '钱丙' })).rows[0];
    expect(bing).toMatchObject({ status: 'released', inSeparation: false });
  });

  it('a transfer inside the separation period needs a recorded exception', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '郑强' });
    const l = await leavingReady(desk, p.id, 'transfer');
    await desk.call('leaving:approve', { leavingId: l.id, approval: approval('2026-06-10') });
    const e = await desk.refused('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2026-09-01',
      destination: '市发改委',
    });
    expect(e).toMatchObject({ code: 'RULE', rule: 'departure_in_separation_needs_exception' });
    const done = await desk.call('persons:depart', {
      personId: p.id,
      kind: 'transfer',
      departedOn: '2026-09-01',
      destination: '市发改委',
      exception: approval('2026-08-20'),
    });
    expect(done).toMatchObject({ status: 'transferred', inSeparation: true, departedOn: '2026-09-01' });
    const dossier = await desk.call('persons:dossier', { id: p.id });
    expect(dossier.history[0]?.summary).toContain('经单位领导批准例外');
    expect(dossier.history[0]?.approvalId).not.toBeNull();
  });

  it('travel without approval is refused for a person in post; a refusal is recorded', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '冯梅' });
    const t = await desk.call('travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: '2026-06-20',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-20',
    });
    expect(t).toMatchObject({ status: 'applied', needsApproval: true });
    const e = await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' });
    expect(e).toMatchObject({ code: 'RULE', rule: 'travel_needs_approval' });
    expect(
      (
        await desk.refused('travel:decide', {
          travelId: t.id,
          step: 'committee',
          approval: approval('2026-06-25'),
        })
      ).rule,
    ).toBe('travel_approval_order');
    await desk.call('travel:decide', {
      travelId: t.id,
      step: 'dept_leader',
      approval: approval('2026-06-22', '赵敏'),
    });
    const refused = await desk.call('travel:decide', {
      travelId: t.id,
      step: 'committee',
      approval: {
        ...approval('2026-06-25', '保密委员会'),
        decision: 'rejected',
        opinion: '近期承担核心项目',
      },
    });
    expect(refused.status).toBe('refused');
    expect(refused.steps.map((s) => s.decision)).toEqual(['approved', 'rejected']);
    expect((await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' })).rule).toBe(
      'travel_needs_approval',
    );
  });

  it('travel with both approvals, education and pledge: passport handed out and back', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '陈静' });
    const [pp] = await desk.call('travel:registerPassport', {
      personId: p.id,
      kind: 'passport',
      number: 'E12345678',
      receivedOn: '2026-01-20',
    });
    const t = await desk.call('travel:apply', {
      personId: p.id,
      destination: '新加坡',
      purpose: '旅游',
      appliedOn: '2026-06-20',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-15',
    });
    await desk.call('travel:decide', {
      travelId: t.id,
      step: 'dept_leader',
      approval: approval('2026-06-22'),
    });
    await desk.call('travel:decide', { travelId: t.id, step: 'committee', approval: approval('2026-06-25') });
    expect((await desk.refused('travel:depart', { travelId: t.id, departedOn: '2026-07-10' })).rule).toBe(
      'travel_education_and_pledge',
    );
    await desk.call('travel:educate', { travelId: t.id, educatedOn: '2026-07-01', educatedBy: '王丽' });
    await desk.call('persons:pledge', {
      personId: p.id,
      kind: 'travel',
      signedOn: '2026-07-01',
      travelId: t.id,
    });
    await desk.call('travel:depart', { travelId: t.id, departedOn: '2026-07-10', passportId: pp?.id ?? 0 });
    desk.clock.set('2026-07-25');
    const reminders = (await desk.call('reminders:list', {})).map((r) => r.id);
    expect(reminders).toContain('travel_return_overdue');
    expect(reminders).toContain('passport_not_returned');
    await desk.call('travel:return', {
      travelId: t.id,
      returnedOn: '2026-07-15',
      report: '按期返回，无异常情况',
      passportReturnedOn: '2026-07-16',
    });
    const passports = await desk.call('travel:passports', { personId: p.id });
    expect(passports[0]?.inCustody).toBe(true);
  });
});
