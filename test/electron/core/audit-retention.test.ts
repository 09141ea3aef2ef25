// Audit log retention (issue 7): keep everything by default; with a period set, older entries go at login
// with a recorded prune, the chain still verifies, and a removal nobody recorded is still detected.
import { describe, expect, it } from 'vitest';
import { AUDIT_ANCHOR_KEY, verifyAuditChain } from '../../../electron/core/audit/audit';
import { CLERK } from '../../helpers/temp';
import { openDesk } from './carriers/helpers';

async function relogin(desk: Awaited<ReturnType<typeof openDesk>>) {
  await desk.call('session:lock', {});
  await desk.call('session:unlock', { username: CLERK.username, password: CLERK.password });
  // Eight years on, the password has long expired; the change is part of logging in.
  if (desk.core.session().account.mustChangePassword) {
    await desk.call('session:changePassword', { oldPassword: CLERK.password, newPassword: 'Xin#Mima2034a' });
    CLERK.password = 'Xin#Mima2034a';
  }
}

describe('audit retention', () => {
  it('by default every entry is kept, however old', async () => {
    const desk = await openDesk('2026-01-10');
    const before = verifyAuditChain(desk.core.session().db).count;
    desk.clock.set('2036-01-10');
    const saved = CLERK.password;
    await relogin(desk);
    CLERK.password = saved;
    const chain = verifyAuditChain(desk.core.session().db);
    expect(chain.ok).toBe(true);
    expect(chain.count).toBeGreaterThan(before);
    const first = desk.core.session().db.$client.prepare('SELECT min(seq) FROM audit_log').pluck().get();
    expect(first).toBe(1);
  });

  it('a retention period below five years is refused', async () => {
    const desk = await openDesk('2026-01-10');
    const e = await desk.refused('settings:updateSystem', { auditRetentionYears: 3 });
    expect(e).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'auditRetentionYears' }] });
  });

  it('with a period set, older entries go at login, the prune is recorded and the chain verifies', async () => {
    const desk = await openDesk('2026-01-10');
    await desk.call('settings:updateSystem', { auditRetentionYears: 5 });
    desk.clock.set('2034-03-01');
    const saved = CLERK.password;
    await relogin(desk);
    CLERK.password = saved;
    const db = desk.core.session().db;
    const chain = verifyAuditChain(db);
    expect(chain).toMatchObject({ ok: true });
    const first = db.$client.prepare('SELECT min(at) FROM audit_log').pluck().get() as string;
    expect(first >= '2029-03-01').toBe(true);
    const prune = db.$client
      .prepare("SELECT actor, detail FROM audit_log WHERE action = 'audit_prune'")
      .get() as { actor: string; detail: string };
    expect(prune.actor).toBe('system');
    expect(JSON.parse(prune.detail)).toMatchObject({ retentionYears: 5, removed: expect.any(Number) });
  });

  it('entries removed without a recorded prune are detected, even with a forged anchor', async () => {
    const desk = await openDesk('2026-01-10');
    await desk.call('settings:updateSystem', { backupReminderDays: 10 });
    await desk.call('settings:updateSystem', { backupReminderDays: 12 });
    const db = desk.core.session().db;
    const third = db.$client.prepare('SELECT seq, hash FROM audit_log WHERE seq = 2').get() as {
      seq: number;
      hash: string;
    };
    db.$client.prepare('DELETE FROM audit_log WHERE seq <= 2').run();
    db.$client
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-10')")
      .run(AUDIT_ANCHOR_KEY, JSON.stringify(third));
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: { seq: 3 } });
  });
});
