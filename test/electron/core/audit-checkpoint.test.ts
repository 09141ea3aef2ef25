// The chain over a million entries: hashed natively yet as before, walked in steps with progress, and checked
// at each unlock from the last sound checkpoint only (issue 20, point 4).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  auditLength,
  entryHash,
  verifyAuditChain,
  verifyAuditChainStepwise,
} from '../../../electron/core/audit/audit';
import { auditHandlers } from '../../../electron/core/audit/audit.handlers';
import { AUDIT_CHECKPOINT_KEY } from '../../../electron/core/audit/checkpoint';
import { seedAuditHistory } from '../../../electron/core/audit/seed';
import { canonicalJson } from '../../../electron/core/util/canonical-json';
import { CLERK, setUpCore } from '../../helpers/temp';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const checkpointOf = (core: Awaited<ReturnType<typeof setUpCore>>['core']) =>
  JSON.parse(
    core
      .session()
      .db.$client.prepare('SELECT value FROM settings WHERE key = ?')
      .pluck()
      .get(AUDIT_CHECKPOINT_KEY) as string,
  ) as { seq: number; hash: string };

describe('audit chain at scale', () => {
  it('audit_hash_canonical: the native hash of plain JSON equals the canonical SHA-256 the chain was built with', () => {
    for (const e of [
      {
        seq: 1,
        at: '2026-12-03T08:00:00.000Z',
        accountId: null,
        actor: 'system',
        action: 'setup',
        entity: 'unit',
        entityId: null,
        detail: '{}',
        prevHash: '0'.repeat(64),
      },
      {
        seq: 77,
        at: '2026-12-03T08:00:01.000Z',
        accountId: 3,
        actor: '王丽',
        action: 'update',
        entity: 'carrier',
        entityId: '12',
        detail: canonicalJson({ 名称: '机密★10年 "引号" \\ 斜杠', n: 1.5 }),
        prevHash: 'ab'.repeat(32),
      },
    ]) {
      const canonical = canonicalJson([
        e.seq,
        e.at,
        e.accountId,
        e.actor,
        e.action,
        e.entity,
        e.entityId,
        e.detail,
        e.prevHash,
      ]);
      expect(entryHash(e)).toBe(bytesToHex(sha256(new TextEncoder().encode(canonical))));
    }
  });

  it('audit_walk_in_steps: a chain longer than one step verifies, reports progress, and a change past the first step is found', async () => {
    const { core } = await setUpCore();
    const db = core.session().db;
    seedAuditHistory(db, {
      count: 45_000,
      years: 3,
      now: new Date('2026-12-03T08:00:00Z'),
      actor: { accountId: 1, username: CLERK.username },
      rng: rng(5),
    });
    const steps: number[] = [];
    const whole = await verifyAuditChainStepwise(db, async (done) => void steps.push(done));
    expect(whole.ok).toBe(true);
    expect(whole.count).toBe(verifyAuditChain(db).count);
    expect(steps).toEqual([20_000, 40_000]);
    expect(auditLength(db)).toBe(whole.count);
    // Through the handlers, as the auditor's page asks them (the clerk here may not: 三员): the walk named, its
    // progress asked between steps.
    const verify = auditHandlers['audit:verify'];
    const progress = auditHandlers['audit:progress'];
    const seen: unknown[] = [];
    const walk = Promise.resolve(verify(core, { jobId: 'walk-0001' }));
    for (let i = 0; i < 200 && seen.length < 2; i++) {
      await new Promise((r) => setImmediate(r));
      const p = await progress(core, { jobId: 'walk-0001' });
      if (p && !seen.some((x) => JSON.stringify(x) === JSON.stringify(p))) seen.push(p);
    }
    expect(await walk).toMatchObject({ ok: true, count: whole.count });
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen)
      expect([20_000, 40_000].map((done) => ({ done, total: whole.count }))).toContainEqual(p);
    expect(await progress(core, { jobId: 'walk-0001' })).toBeNull();
    db.$client.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 30001").run();
    const broken = verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, problem: { seq: 30_001 } });
    expect(broken.count).toBe(30_000);
  });

  it('audit_checked_at_unlock: each unlock walks from the checkpoint; a change to its entry or after it enters the chain as a break and the checkpoint stays', async () => {
    const { core, api } = await setUpCore();
    const db = () => core.session().db;
    const unlock = async () => {
      await api.dispatch('session:lock', {});
      const r = await api.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
      expect(r.ok).toBe(true);
    };
    await unlock();
    const first = checkpointOf(core);
    expect(first.seq).toBeGreaterThan(1);
    await unlock();
    const second = checkpointOf(core);
    expect(second.seq).toBeGreaterThan(first.seq);
    // The checkpoint's own entry is changed (and rehashed): the next unlock finds its hash gone. An older
    // entry is the full walk's to find (the auditor's 校验, every backup and audit export).
    db()
      .$client.prepare("UPDATE audit_log SET actor = 'x', hash = ? WHERE seq = ?")
      .run('e'.repeat(64), second.seq);
    await unlock();
    const broken = db()
      .$client.prepare("SELECT detail FROM audit_log WHERE action = 'audit_chain_broken'")
      .pluck()
      .all() as string[];
    expect(broken).toHaveLength(1);
    expect(JSON.parse(broken[0] as string).problem.seq).toBe(second.seq);
    expect(verifyAuditChain(db())).toMatchObject({ ok: false, problem: { seq: second.seq } });
    expect(checkpointOf(core)).toEqual(second);
    // An entry after the checkpoint is changed: found too, by the walk from the checkpoint.
    const { core: other, api: otherApi } = await setUpCore();
    await otherApi.dispatch('session:lock', {});
    expect(
      (await otherApi.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password })).ok,
    ).toBe(true);
    const cp = checkpointOf(other);
    other
      .session()
      .db.$client.prepare('UPDATE audit_log SET detail = \'{"x":1}\' WHERE seq = ?')
      .run(cp.seq + 1);
    await otherApi.dispatch('session:lock', {});
    expect(
      (await otherApi.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password })).ok,
    ).toBe(true);
    const found = other
      .session()
      .db.$client.prepare("SELECT detail FROM audit_log WHERE action = 'audit_chain_broken'")
      .pluck()
      .get() as string;
    expect(JSON.parse(found).problem.seq).toBe(cp.seq + 1);
  });
});
