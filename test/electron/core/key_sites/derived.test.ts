// What other registers read of the 要害部门部位 register: the places a carrier's 存放位置 is chosen from, and who
// counts as 要害部门人员 (derived from the department's 审定 and 撤销, not a flag set by hand that goes stale).
import { describe, expect, it } from 'vitest';
import { approval, newPerson, openDesk } from '../persons/helpers';

describe('要害部门部位 read by other registers', () => {
  it('only approved sites are offered as 存放位置, places first', async () => {
    const desk = await openDesk();
    const manager = await newPerson(desk, { name: '王丽', department: '办公室' });
    const propose = (kind: 'place' | 'department', name: string) =>
      desk.call('key_sites:propose', {
        kind,
        name,
        level: 'secret',
        managerPersonId: manager.id,
        ...(kind === 'department' ? { departmentId: manager.departmentId } : {}),
        reason: '集中存放涉密载体',
        proposedOn: '2026-06-01',
      });
    const room = await propose('place', '保密室');
    await propose('place', '档案室');
    const office = await propose('department', '办公室');
    expect(await desk.call('key_sites:places', {})).toEqual([]);
    for (const s of [room, office])
      await desk.call('key_sites:approve', {
        siteId: s.id,
        approval: approval('2026-06-05', '保密委员会', '审定'),
      });
    const places = await desk.call('key_sites:places', {});
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['保密室', 'place'],
      ['办公室', 'department'],
    ]);
  });

  it('a person in an approved key department is 要害部门人员 until the department is revoked', async () => {
    const desk = await openDesk();
    const clerk = await newPerson(desk, { name: '李娜', department: '机要科' });
    const other = await newPerson(desk, { name: '赵敏', department: '后勤科' });
    const flagOf = async (id: number) => (await desk.call('persons:get', { id })).isKeyDeptStaff;
    const listed = async () =>
      (await desk.call('persons:list', { pageSize: 50 })).rows
        .filter((r) => r.isKeyDeptStaff)
        .map((r) => r.name);
    expect(await flagOf(clerk.id)).toBe(false);
    const site = await desk.call('key_sites:propose', {
      kind: 'department',
      name: '机要科',
      level: 'secret',
      managerPersonId: clerk.id,
      departmentId: clerk.departmentId,
      reason: '机要文件收发',
      proposedOn: '2026-06-01',
    });
    expect(await flagOf(clerk.id)).toBe(false);
    await desk.call('key_sites:approve', {
      siteId: site.id,
      approval: approval('2026-06-05', '保密委员会', '审定'),
    });
    expect(await flagOf(clerk.id)).toBe(true);
    expect(await flagOf(other.id)).toBe(false);
    expect(await listed()).toEqual(['李娜']);
    await desk.call('key_sites:revoke', {
      siteId: site.id,
      revokedOn: '2026-06-12',
      revokedBy: '保密委员会',
      reason: '机构调整',
      approval: approval('2026-06-12', '保密委员会', '决定'),
    });
    expect(await flagOf(clerk.id)).toBe(false);
    expect(await listed()).toEqual([]);
  });
});
