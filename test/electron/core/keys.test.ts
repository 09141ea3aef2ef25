import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditExport } from '../../../electron/core/audit/audit-export';
import { activeKey, verifyEndorsement } from '../../../electron/core/keys/keys';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { setUpCore, tempDir } from '../../helpers/temp';

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

describe('unit keys', () => {
  it('setup makes an Ed25519 signing key and an X25519 encryption key with readable fingerprints', async () => {
    const { api } = await setUpCore();
    const r = await api.dispatch('keys:own', {});
    expect(r).toMatchObject({ ok: true, value: { sign: { alg: 'ed25519' }, encrypt: { alg: 'x25519' } } });
    const v = (r as { value: { sign: { fingerprint: string } } }).value;
    expect(v.sign.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('the secret keys never leave the encrypted database in clear', async () => {
    const { core } = await setUpCore();
    const { db } = core.session();
    const secret = activeKey(db, 'sign').secretKey;
    core.detach();
    expect(readFileSync(core.dbPath).includes(secret)).toBe(false);
  });

  it('a rotated signing key is endorsed by the old one; the old one is kept retired', async () => {
    const { api, core } = await setUpCore();
    const before = activeKey(core.session().db, 'sign');
    const r = await api.dispatch('keys:rotate', { purpose: 'sign' });
    expect(r).toMatchObject({ ok: true, value: { prevKeyId: before.keyId } });
    const after = activeKey(core.session().db, 'sign');
    expect(after.keyId).not.toBe(before.keyId);
    expect(verifyEndorsement(after, before.publicKey)).toBe(true);
    expect(verifyEndorsement(after, after.publicKey)).toBe(false);
  });
});

describe('signed audit export', () => {
  it('the auditor exports the log as a signed file; any edit breaks the signature', async () => {
    const { api } = await setUpCore();
    await asAuditor(api);
    const out = tempDir('baomi-audit-');
    const r = await api.dispatch('audit:export', { outDir: out });
    expect(r).toMatchObject({ ok: true, value: { entries: expect.any(Number) } });
    const path = (r as { value: { path: string } }).value.path;
    expect(verifyAuditExport(path)).toMatchObject({ ok: true });
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"action":"login"', '"action":"logon"'));
    expect(verifyAuditExport(path)).toMatchObject({ ok: false });
  });

  it('the export is itself audited, so the log view of the auditor is told to refetch', async () => {
    const { api } = await setUpCore();
    await asAuditor(api);
    const r = await api.dispatch('audit:export', { outDir: tempDir('baomi-audit-') });
    expect(r.ok && r.changes).toEqual(['audit']);
  });

  it('nobody but the auditor may export the log', async () => {
    const { api } = await setUpCore();
    expect(await api.dispatch('audit:export', { outDir: tempDir() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
