import { describe, expect, it } from 'vitest';
import { IdleLock } from '../../../../electron/core/session/idle-lock';
import { bridgeCallAllowed } from '../../../../scripts/chromium-bridge';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir, UNIT } from '../../../helpers/temp';

describe('session edges (issue 22, point 8)', () => {
  it('refused_calls_keep_idle_timer: refused calls do not count as activity, so the idle lock still comes', async () => {
    let now = Date.parse('2026-11-22T09:00:00Z');
    const core = newCore(tempDir(), { now: () => new Date(now) });
    const api = newDispatcher(core);
    await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
    const idle = new IdleLock(core, () => core.msSinceActivity());
    now += 9 * 60_000;
    // A script probing the API: a channel the clerk may not call, and one with bad input.
    expect(await api.dispatch('audit:verify', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await api.dispatch('session:unit', { probe: 1 })).toMatchObject({ ok: false });
    now += 61_000;
    expect(idle.tick()).toBe(true);
  });

  it('switch_user_writes_lock: logging in as another user over an open session records the first one locked', async () => {
    const { core, api } = await setUpCore();
    expect(
      await api.dispatch('accounts:create', {
        username: 'zhaowu',
        displayName: '赵五',
        role: 'auditor',
        initialPassword: 'Chushi#2026a',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await api.dispatch('session:unlock', { username: 'zhaowu', password: 'Chushi#2026a' }),
    ).toMatchObject({ ok: true });
    const rows = core
      .session()
      .db.$client.prepare('SELECT action, actor FROM audit_log ORDER BY seq DESC LIMIT 2')
      .all() as { action: string; actor: string }[];
    expect(rows).toEqual([
      { action: 'login', actor: 'zhaowu' },
      { action: 'lock', actor: CLERK.username },
    ]);
  });

  it('bridge_top_frame_only: the Chromium fallback serves only the top frame of the app page', () => {
    const origin = 'http://127.0.0.1:41234';
    expect(bridgeCallAllowed({ url: `${origin}/index.html#/home`, isMainFrame: true }, origin)).toBe(true);
    expect(bridgeCallAllowed({ url: `${origin}/index.html`, isMainFrame: false }, origin)).toBe(false);
    expect(bridgeCallAllowed({ url: 'http://127.0.0.1:9/x', isMainFrame: true }, origin)).toBe(false);
  });
});
