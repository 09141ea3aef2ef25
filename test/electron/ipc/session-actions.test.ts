// The UI shows only what the role may use; it asks the core, which answers from the one permission table.
import { describe, expect, it } from 'vitest';
import { setUpCore } from '../../helpers/temp';

describe('session:actions', () => {
  it('the small-unit clerk may read and write registers and administer, but never audit', async () => {
    const { api } = await setUpCore();
    const r = await api.dispatch('session:actions', {});
    expect(r.ok && r.value).toEqual([
      'self',
      'register:read',
      'register:write',
      'account:manage',
      'system:manage',
    ]);
  });

  it('a leader reads registers and decides approvals, and administers nothing', async () => {
    const { api } = await setUpCore();
    await api.dispatch('accounts:create', {
      username: 'zhaoling',
      displayName: '赵玲',
      role: 'leader',
      initialPassword: 'Chushi#2026ab',
    });
    await api.dispatch('session:lock', {});
    await api.dispatch('session:unlock', { username: 'zhaoling', password: 'Chushi#2026ab' });
    await api.dispatch('session:changePassword', {
      oldPassword: 'Chushi#2026ab',
      newPassword: 'Xinmima#2026cd',
    });
    const r = await api.dispatch('session:actions', {});
    expect(r.ok && r.value).toEqual(['self', 'register:read', 'approval:decide']);
  });

  it('is refused while locked', async () => {
    const { api } = await setUpCore();
    await api.dispatch('session:lock', {});
    const r = await api.dispatch('session:actions', {});
    expect(!r.ok && r.error.code).toBe('LOCKED');
  });
});
