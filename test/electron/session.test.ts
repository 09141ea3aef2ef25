import { describe, expect, it } from 'vitest';
import { CLERK, setUpCore } from '../helpers/temp';

describe('first run and session', () => {
  it('setup creates the unit and the clerk, unlocked, with a recovery code', async () => {
    const { api, recoveryCode } = await setUpCore();
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const s = await api.dispatch('app:state', {});
    expect(s).toMatchObject({
      ok: true,
      value: { phase: 'unlocked', account: { username: CLERK.username, role: 'clerk' } },
    });
  });
});
