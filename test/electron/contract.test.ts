import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../electron/ipc/contract';
import { assertComplete, mergeHandlers } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import { auditHandlers } from '../../electron/core/audit/audit.handlers';
import { sessionHandlers } from '../../electron/core/session/session.handlers';
import { newCore, newDispatcher, setUpCore, UNIT } from '../helpers/temp';

describe('IPC contract', () => {
  it('every channel has exactly one handler, and every handler a channel', () => {
    const handlers = allHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const c of channelNames) expect(typeof handlers[c]).toBe('function');
  });

  it('a channel handled twice is refused at start-up', () => {
    expect(() =>
      mergeHandlers(sessionHandlers, auditHandlers, { 'session:unit': () => UNIT as never }),
    ).toThrow(/more than one handler/);
  });

  it('a channel without a handler is refused at start-up', () => {
    expect(() => assertComplete(mergeHandlers(sessionHandlers))).toThrow(/missing \[[^\]]*approvals:list/);
  });

  it('channel names are domain:verb', () => {
    for (const c of channelNames) expect(c).toMatch(/^[a-z]+(_[a-z]+)*:[a-zA-Z]+$/);
  });

  it('every channel validates its input before any work', () => {
    for (const c of channelNames) expect(typeof contract[c].input.safeParse).toBe('function');
  });

  it('bad input yields VALIDATION with field paths and Chinese messages, and nothing is written', async () => {
    const core = newCore();
    const api = newDispatcher(core);
    const r = await api.dispatch('session:setup', {
      unit: { name: '', kind: 'bank', unitCode: 'x', hostLevel: 'top', adminMode: 'strict' },
      account: { username: '王', displayName: '', password: '' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const paths = (r.error.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'unit.name',
        'unit.kind',
        'unit.unitCode',
        'unit.hostLevel',
        'account.username',
        'account.displayName',
        'account.password',
      ]),
    );
    for (const f of r.error.fields ?? []) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    expect(core.isSetUp()).toBe(false);
  });

  it('an unknown channel and a non-object input are refused, not thrown', async () => {
    const api = newDispatcher(newCore());
    expect(await api.dispatch('fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await api.dispatch('session:unlock', 'wangli')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await api.dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('session channels refuse to run while locked', async () => {
    const { api } = await setUpCore();
    await api.dispatch('session:lock', {});
    expect(await api.dispatch('session:unit', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await api.dispatch('audit:verify', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
