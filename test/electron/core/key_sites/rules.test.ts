// Each rule of 保密要害部门部位 (law art. 39, regulation art. 31) and their 出入登记 has a test named after it that
// fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import { approval, newPerson, openDesk, received, type Desk } from '../persons/helpers';

/** 保密室, 机密, with 24小时值班, two safes, 门禁 and 监控, approved by the committee. */
async function approvedRoom(desk: Desk) {
  const manager = await newPerson(desk, { name: '王丽', department: '办公室' });
  const site = await desk.call('key_sites:propose', {
    kind: 'place',
    name: '保密室',
    level: 'secret',
    managerPersonId: manager.id,
    location: '办公楼三层301',
    reason: '集中存放全局涉密载体',
    proposedOn: '2026-06-01',
    checkEveryDays: 30,
    protections: [
      { category: 'manual', item: '24小时值班' },
      { category: 'physical', item: '保险柜', quantity: 2 },
      { category: 'technical', item: '门禁' },
      { category: 'technical', item: '监控' },
    ],
  });
  return desk.call('key_sites:approve', {
    siteId: site.id,
    approval: approval('2026-06-05', '保密委员会', '审定'),
  });
}

describe('要害部门部位 rules', () => {
  it('key_site_revoke_with_carriers: a place keeping carriers cannot be revoked', async () => {
    const desk = await openDesk();
    const site = await approvedRoom(desk);
    expect(site).toMatchObject({ status: 'approved', approvedOn: '2026-06-05', checkDueOn: '2026-07-05' });
    expect(site.protections.map((p) => [p.item, p.quantity])).toContainEqual(['保险柜', 2]);
    await desk.call('carriers:register', received({ location: '保密室2号保险柜' }));
    const revoke = {
      siteId: site.id,
      revokedOn: '2026-06-14',
      revokedBy: '保密委员会',
      reason: '机构调整，保密室迁址',
      approval: approval('2026-06-14', '保密委员会', '决定'),
    };
    const e = await desk.refused('key_sites:revoke', revoke);
    expect(e).toMatchObject({ code: 'RULE', rule: 'key_site_revoke_with_carriers' });
    expect(e.message).toContain('保密室2号保险柜');
    expect((await desk.call('key_sites:get', { siteId: site.id })).status).toBe('approved');
  });

  it('a place with no carriers left is revoked, who, when and why on record', async () => {
    const desk = await openDesk();
    const site = await approvedRoom(desk);
    const done = await desk.call('key_sites:revoke', {
      siteId: site.id,
      revokedOn: '2026-06-14',
      revokedBy: '保密委员会',
      reason: '机构调整',
      approval: approval('2026-06-14', '保密委员会', '决定'),
    });
    expect(done).toMatchObject({ status: 'revoked', revokedBy: '保密委员会', revokeReason: '机构调整' });
    expect(done.steps.map((s) => s.step)).toEqual(['approve', 'revoke']);
  });

  it('visit_site_approved: the 出入登记 is kept only at an approved site', async () => {
    const desk = await openDesk();
    const manager = await newPerson(desk, { name: '王丽' });
    const site = await desk.call('key_sites:propose', {
      kind: 'place',
      name: '机要室',
      level: 'secret',
      managerPersonId: manager.id,
      reason: '机要文件收发',
      proposedOn: '2026-06-01',
    });
    const e = await desk.refused('key_sites:visitIn', {
      siteId: site.id,
      visitorName: '周强',
      purpose: '送交文件',
      escortName: '王丽',
      inAt: '2026-06-10T09:00',
    });
    expect(e.rule).toBe('visit_site_approved');
  });

  it('visit_out_after_in and visit_out_once: a visitor logged in and out', async () => {
    const desk = await openDesk();
    const site = await approvedRoom(desk);
    const inside = await desk.call('key_sites:visitIn', {
      siteId: site.id,
      visitorName: '周强',
      visitorOrg: '市保密局',
      purpose: '保密检查',
      escortName: '王丽',
      inAt: '2026-06-10T09:00',
    });
    expect(inside.visitorsIn).toBe(1);
    const visitId = inside.visits[0]?.id ?? 0;
    expect((await desk.refused('key_sites:visitOut', { visitId, outAt: '2026-06-10T08:30' })).rule).toBe(
      'visit_out_after_in',
    );
    const out = await desk.call('key_sites:visitOut', { visitId, outAt: '2026-06-10T10:15' });
    expect(out.visitorsIn).toBe(0);
    expect(out.visits[0]).toMatchObject({
      visitorName: '周强',
      escortName: '王丽',
      outAt: '2026-06-10T10:15',
    });
    expect((await desk.refused('key_sites:visitOut', { visitId, outAt: '2026-06-10T11:00' })).rule).toBe(
      'visit_out_once',
    );
  });

  it('key_site_approve_once: a site is decided once', async () => {
    const desk = await openDesk();
    const site = await approvedRoom(desk);
    const e = await desk.refused('key_sites:approve', { siteId: site.id, approval: approval('2026-06-06') });
    expect(e.rule).toBe('key_site_approve_once');
  });

  it('check_findings_recorded: a check that found problems says which; a check moves the next due date', async () => {
    const desk = await openDesk('2026-07-10');
    const site = await approvedRoom(desk);
    expect((await desk.call('key_sites:list', { checkDue: true })).rows.map((r) => r.name)).toEqual([
      '保密室',
    ]);
    const e = await desk.refused('key_sites:check', {
      siteId: site.id,
      checkedOn: '2026-07-08',
      checker: '王丽',
      result: 'issues',
    });
    expect(e.rule).toBe('check_findings_recorded');
    const checked = await desk.call('key_sites:check', {
      siteId: site.id,
      checkedOn: '2026-07-08',
      checker: '王丽',
      result: 'ok',
    });
    expect(checked).toMatchObject({ lastCheckedOn: '2026-07-08', checkDueOn: '2026-08-07', checkDue: false });
    expect((await desk.call('key_sites:list', { checkDue: true })).total).toBe(0);
  });

  it('an approved 要害部门 marks its department as key; revoking clears it', async () => {
    const desk = await openDesk();
    const manager = await newPerson(desk, { name: '王丽', department: '机要科' });
    const [dept] = (await desk.call('departments:list', {})).filter((d) => d.name === '机要科');
    if (!dept) throw new Error('机要科 missing');
    const site = await desk.call('key_sites:propose', {
      kind: 'department',
      name: '机要科',
      level: 'secret',
      departmentId: dept.id,
      managerPersonId: manager.id,
      reason: '承担机要文件收发',
      proposedOn: '2026-06-01',
    });
    await desk.call('key_sites:approve', { siteId: site.id, approval: approval('2026-06-05') });
    const after = (await desk.call('departments:list', {})).find((d) => d.id === dept.id);
    expect(after?.keyDept).toBe(true);
  });

  it('top_secret_stored_in_safe: an approved 绝密 要害部位 is a place fit for 绝密, by its name', async () => {
    const desk = await openDesk();
    const manager = await newPerson(desk, { name: '赵敏', department: '机要科' });
    const topSecret = received({ level: 'top_secret', location: '绝密档案间' } as Parameters<
      typeof received
    >[0]);
    expect(await desk.refused('carriers:register', topSecret)).toMatchObject({
      rule: 'top_secret_stored_in_safe',
    });
    const site = await desk.call('key_sites:propose', {
      kind: 'place',
      name: '绝密档案间',
      level: 'top_secret',
      managerPersonId: manager.id,
      location: '档案楼二层',
      reason: '集中存放绝密档案',
      proposedOn: '2026-06-01',
      checkEveryDays: 30,
      protections: [{ category: 'physical', item: '密码柜', quantity: 1 }],
    });
    // Proposed is not yet decided: still a warning.
    expect(await desk.refused('carriers:register', topSecret)).toMatchObject({
      rule: 'top_secret_stored_in_safe',
    });
    await desk.call('key_sites:approve', {
      siteId: site.id,
      approval: approval('2026-06-05', '保密委员会', '审定'),
    });
    expect((await desk.call('carriers:register', topSecret)).location).toBe('绝密档案间');
  });
});
