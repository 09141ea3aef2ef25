// 部门: one name once in the unit; a rename shows wherever the department's people are listed.
import { describe, expect, it } from 'vitest';
import { newPerson, openDesk } from '../persons/helpers';

describe('departments', () => {
  it('a department name is taken once; a rename reaches the persons register', async () => {
    const desk = await openDesk();
    const p = await newPerson(desk, { department: '机要科' });
    const e = await desk.refused('departments:create', { name: '机要科' });
    expect(e).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'name' }] });
    const r = await desk.api.dispatch('departments:update', { id: p.departmentId, name: '机要处' });
    // The persons register shows department names, so it refetches after a rename.
    expect(r).toMatchObject({ ok: true, changes: expect.arrayContaining(['departments', 'persons']) });
    expect((await desk.call('persons:get', { id: p.id })).department).toBe('机要处');
  });
});
