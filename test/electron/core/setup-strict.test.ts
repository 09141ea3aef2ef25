// The strict 三员 mode: the three administrators exist from the first run, each a separate person who must
// replace the initial password, and the clerk cannot administer.
import { describe, expect, it } from 'vitest';
import { CLERK, newCore, newDispatcher, UNIT } from '../../helpers/temp';

const ADMINS = {
  sysadmin: { username: 'zhangsan', displayName: '张三', initialPassword: 'Xitong#2026a' },
  secadmin: { username: 'lisi', displayName: '李四', initialPassword: 'Anquan#2026a' },
  auditor: { username: 'zhaowu', displayName: '赵五', initialPassword: 'Shenji#2026a' },
};
const STRICT = { ...UNIT, adminMode: 'strict' as const };

describe('strict 三员 setup', () => {
  it('strict mode cannot be set up without the three administrators', async () => {
    const api = newDispatcher(newCore());
    const r = await api.dispatch('session:setup', { unit: STRICT, account: CLERK });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'admins' }] } });
  });

  it('the auditor is never the same person as the system or security administrator', async () => {
    const api = newDispatcher(newCore());
    const r = await api.dispatch('session:setup', {
      unit: STRICT,
      account: CLERK,
      admins: { ...ADMINS, auditor: { ...ADMINS.auditor, displayName: '张三' } },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'admins.auditor.displayName' }] },
    });
  });

  it('creates the 三员 with their own slots; each must change the initial password; the clerk cannot administer', async () => {
    const core = newCore();
    const api = newDispatcher(core);
    expect(
      await api.dispatch('session:setup', { unit: STRICT, account: CLERK, admins: ADMINS }),
    ).toMatchObject({
      ok: true,
    });
    expect(await api.dispatch('accounts:list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const [role, a] of Object.entries(ADMINS)) {
      await api.dispatch('session:lock', {});
      const r = await api.dispatch('session:unlock', { username: a.username, password: a.initialPassword });
      expect(r).toMatchObject({ ok: true, value: { role, mustChangePassword: true } });
    }
    // The auditor, logged in last, sees only the audit log once the password is changed.
    expect(await api.dispatch('audit:verify', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await api.dispatch('session:changePassword', {
      oldPassword: ADMINS.auditor.initialPassword,
      newPassword: 'Shenji#2026b!',
    });
    expect(await api.dispatch('audit:verify', {})).toMatchObject({ ok: true, value: { ok: true } });
    expect(await api.dispatch('carriers:list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
