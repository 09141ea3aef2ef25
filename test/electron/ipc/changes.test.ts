import { describe, expect, it } from 'vitest';
import { dispatcherFor } from '../../../scripts/cli/session';
import { lendCopy12, openDesk, received } from '../core/carriers/helpers';
import { ARCHIVES_IN_RANGE, onStaff } from '../core/carriers/staff';

// Every committed write reports the domains it touched, so the renderer refetches exactly those views. The
// report rides on the call's Result, so IPC, the Chromium bridge and the CLI carry it alike.
describe('change events', () => {
  it('a committed write reports its own domain and the audit log', async () => {
    const desk = await openDesk();
    const r = await desk.api.dispatch('carriers:register', received());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes).toEqual(expect.arrayContaining(['carriers', 'audit']));
    expect(r.changes).not.toContain('persons');
  });

  it('an action resting on an approval reports the approvals changed too', async () => {
    const desk = await openDesk();
    await onStaff(desk);
    const c = await desk.call('carriers:register', received(ARCHIVES_IN_RANGE));
    const r = await desk.api.dispatch('carriers:borrow', lendCopy12(c.id));
    expect(r.ok && r.changes).toEqual(expect.arrayContaining(['carriers', 'approvals', 'audit']));
  });

  it('a read and a refused write report nothing', async () => {
    const desk = await openDesk();
    const read = await desk.api.dispatch('carriers:list', {});
    expect(read.ok && read.changes).toBeUndefined();
    const refused = await desk.api.dispatch('carriers:register', received({ copyCount: 3 }));
    expect(refused.ok).toBe(false);
    expect(refused).not.toHaveProperty('changes');
    expect(await desk.call('carriers:list', {})).toMatchObject({ total: 0 });
  });

  it("the CLI's dispatcher reports them the same way", async () => {
    const desk = await openDesk();
    const cli = dispatcherFor(desk.core);
    const r = await cli.dispatch('carriers:register', received());
    expect(r.ok && r.changes).toEqual(expect.arrayContaining(['carriers', 'audit']));
  });
});
