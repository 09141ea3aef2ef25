import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../../electron/core/audit/audit';
import type { Dispatcher } from '../../../../electron/ipc/dispatch';
import { fullMedium } from '../../../helpers/full-medium';
import { CLERK, newCore, newDispatcher, setUpCore, tempDir } from '../../../helpers/temp';

async function asAuditor(api: Dispatcher) {
  await api.dispatch('accounts:create', {
    username: 'zhaowu',
    displayName: '赵五',
    role: 'auditor',
    initialPassword: 'Chushi#2026a',
  });
  await api.dispatch('session:lock', {});
  await api.dispatch('session:unlock', { username: 'zhaowu', password: 'Chushi#2026a' });
  await api.dispatch('session:changePassword', { oldPassword: 'Chushi#2026a', newPassword: 'Ziji#Mima2026' });
}

describe('audit export (issue 22, point 6)', () => {
  it('audit_export_unique_names: two exports in the same second both stay, neither overwrites the other', async () => {
    const first = await setUpCore();
    await first.api.dispatch('session:lock', {});
    // A stopped clock: both exports carry the same second in their names.
    const at = new Date();
    const core = newCore(first.dir, { now: () => at });
    const api = newDispatcher(core);
    await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    await asAuditor(api);
    const out = tempDir('baomi-audit-');
    const a = await api.dispatch('audit:export', { outDir: out });
    const b = await api.dispatch('audit:export', { outDir: out });
    expect(a.ok && b.ok).toBe(true);
    const pa = (a as { value: { path: string } }).value.path;
    const pb = (b as { value: { path: string } }).value.path;
    expect(pa).not.toBe(pb);
    expect(readdirSync(out).filter((f) => f.endsWith('.bmaudit.json'))).toHaveLength(2);
    // The first file still holds the first export (fewer entries than the second, which lists the first's record).
    const entries = (p: string) =>
      (JSON.parse(readFileSync(p, 'utf8')) as { body: { entries: unknown[] } }).body.entries.length;
    expect(entries(pa)).toBeLessThan(entries(pb));
  });

  it('audit_export_entry_after_file: the entry is written only once the file is on the medium, and names it', async () => {
    const { core, api } = await setUpCore();
    await asAuditor(api);
    const count = () => listAudit(core.session().db, { page: 1, pageSize: 1, action: 'audit_export' }).total;
    // A full medium: the export fails and leaves no entry claiming it was made.
    const medium = fullMedium(1024);
    try {
      const r = await api.dispatch('audit:export', { outDir: medium.dir });
      expect(r.ok).toBe(false);
      expect(count()).toBe(0);
      expect(medium.files().filter((f) => f.includes('审计日志'))).toEqual([]);
    } finally {
      medium.close();
    }
    const r = await api.dispatch('audit:export', { outDir: tempDir('baomi-audit-') });
    const path = (r as { value: { path: string } }).value.path;
    const last = listAudit(core.session().db, { page: 1, pageSize: 1 }).rows[0];
    expect(last?.action).toBe('audit_export');
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({ path });
  });
});
