import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core';
import { appendAudit, entryHash, verifyAuditChain } from '../../../electron/core/audit/audit';
import { unitProfile } from '../../../db/schema';
import { setUpCore } from '../../helpers/temp';

async function coreWithEntries(n: number): Promise<AppCore> {
  const { core } = await setUpCore();
  const { db } = core.session();
  for (let i = 0; i < n; i++) {
    appendAudit(db, { accountId: 1, actor: 'wangli' }, `2026-11-22T08:00:0${i}.000Z`, {
      action: 'update',
      entity: 'carrier',
      entityId: i,
      detail: { 名称: `文件${i}` },
    });
  }
  return core;
}

describe('audit chain', () => {
  it('an untouched chain verifies, with its head', async () => {
    const core = await coreWithEntries(5);
    const r = verifyAuditChain(core.session().db);
    expect(r.ok).toBe(true);
    expect(r.count).toBe(6); // setup + 5
    expect(r.head.seq).toBe(6);
    expect(r.head.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a chain of more than one step verifies whatever its fields hold, and a break past the first step is found', async () => {
    const { core } = await setUpCore();
    const { db } = core.session();
    // Every character below U+0800 in the fields (JSON escapes, quotes, backslashes, line breaks, Chinese),
    // written as appendAudit writes them (its hash over the fields), in one statement for speed.
    const odd = Array.from({ length: 0x800 }, (_, c) => String.fromCharCode(c)).join('');
    const put = db.$client.prepare(
      'INSERT INTO audit_log (seq, at, account_id, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    let prev = db.$client.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    db.$client.transaction(() => {
      for (let seq = prev.seq + 1; seq <= 20_011; seq++) {
        const e = {
          seq,
          at: '2026-11-22T08:00:00.000Z',
          accountId: seq % 3 ? 1 : null,
          actor: seq % 997 ? 'wangli' : odd,
          action: 'update',
          entity: 'carrier',
          entityId: seq % 2 ? String(seq) : `编号-${seq}\n`,
          detail: seq % 1000 === 1 ? JSON.stringify({ odd }) : '{}',
          prevHash: prev.hash,
        };
        const hash = entryHash(e);
        put.run(...Object.values(e), hash);
        prev = { seq, hash };
      }
    })();
    const whole = verifyAuditChain(db);
    expect(whole).toMatchObject({ ok: true, count: 20_011, head: { seq: 20_011 } });
    db.$client.prepare('UPDATE audit_log SET detail = ? WHERE seq = 20003').run('{"名称":"改过"}');
    const broken = verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, count: 20_002, problem: { seq: 20_003 } });
    expect(broken.problem?.reason).toContain('修改');
  });

  it('editing any field of an entry is detected', async () => {
    const core = await coreWithEntries(5);
    const { $client } = core.session().db;
    for (const col of ['at', 'actor', 'action', 'entity', 'entity_id', 'detail', 'account_id']) {
      const before = $client.prepare(`SELECT ${col} AS v FROM audit_log WHERE seq = 3`).get() as {
        v: unknown;
      };
      const tampered = col === 'account_id' ? 99 : col === 'detail' ? '{"名称":"改过"}' : 'x';
      $client.prepare(`UPDATE audit_log SET ${col} = ? WHERE seq = 3`).run(tampered);
      const r = verifyAuditChain(core.session().db);
      expect(r.ok, col).toBe(false);
      expect(r.problem?.seq).toBe(3);
      expect(r.problem?.reason).toContain('修改');
      $client.prepare(`UPDATE audit_log SET ${col} = ? WHERE seq = 3`).run(before.v);
    }
    expect(verifyAuditChain(core.session().db).ok).toBe(true);
  });

  it('editing an entry and recomputing its hash is still detected by the next entry', async () => {
    const core = await coreWithEntries(5);
    const db = core.session().db;
    const { entryHash } = await import('../../../electron/core/audit/audit');
    const row = db.$client
      .prepare(
        'SELECT seq, at, account_id AS accountId, actor, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash FROM audit_log WHERE seq = 3',
      )
      .get() as Parameters<typeof entryHash>[0];
    const forged = { ...row, actor: 'intruder' };
    db.$client
      .prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 3')
      .run('intruder', entryHash(forged));
    const r = verifyAuditChain(db);
    expect(r.ok).toBe(false);
    expect(r.problem?.seq).toBe(4);
  });

  it('deleting an entry is detected', async () => {
    const core = await coreWithEntries(5);
    core.session().db.$client.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    const r = verifyAuditChain(core.session().db);
    expect(r.ok).toBe(false);
    expect(r.problem).toMatchObject({ seq: 5, reason: expect.stringContaining('缺失') });
  });

  it('deleting the first entry is detected', async () => {
    const core = await coreWithEntries(2);
    core.session().db.$client.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    expect(verifyAuditChain(core.session().db).ok).toBe(false);
  });

  it('reordering entries is detected', async () => {
    const core = await coreWithEntries(5);
    const { $client } = core.session().db;
    // Swap the contents of entries 3 and 4, keeping the sequence numbers in order.
    $client.exec(`
      UPDATE audit_log SET seq = -3 WHERE seq = 3;
      UPDATE audit_log SET seq = 3 WHERE seq = 4;
      UPDATE audit_log SET seq = 4 WHERE seq = -3;`);
    const r = verifyAuditChain(core.session().db);
    expect(r.ok).toBe(false);
    expect(r.problem?.seq).toBe(3);
  });

  it('a write and its audit entry commit together or not at all', async () => {
    const { core } = await setUpCore();
    const before = verifyAuditChain(core.session().db).count;
    expect(() =>
      core.write('x', 'unit', (tx) => {
        tx.update(unitProfile).set({ name: '改名后的单位' }).run();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(verifyAuditChain(core.session().db).count).toBe(before);
    expect(core.session().db.$client.prepare('SELECT name FROM unit_profile').pluck().get()).toBe(
      '某市档案局',
    );
  });
});
