import { describe, expect, it } from 'vitest';
import { entryHash, verifyAuditChain } from '../../../../electron/core/audit/audit';
import { auditHeadView, extendsHead } from '../../../../electron/core/audit/head';
import type { Db } from '../../../../db/open';
import { exportTo, pair, SUPERVISOR } from '../exchange/helpers';

/** What someone holding a password and the files can do: rewrite an entry and recompute every later hash. */
function rewriteEntry(db: Db, seq: number): void {
  const c = db.$client;
  type Row = Parameters<typeof entryHash>[0] & { hash: string };
  const rows = c
    .prepare(
      'SELECT seq, at, account_id AS accountId, actor, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, hash FROM audit_log WHERE seq >= ? ORDER BY seq',
    )
    .all(seq) as Row[];
  let prev = rows[0]?.prevHash ?? '';
  const upd = c.prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const e = { ...r, prevHash: prev, detail: r.seq === seq ? '{"rewritten":true}' : r.detail };
    const { hash: _h, ...body } = e;
    prev = entryHash(body);
    upd.run(e.detail, e.prevHash, prev, r.seq);
  }
}

describe('audit chain anchored at the supervisor (issue 22, point 2)', () => {
  it('audit_not_extended: a rewritten audit entry passes audit:verify on the machine but the supervisor refuses the next package', async () => {
    const { unit, sup } = await pair();
    const first = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: first.path, receiptOutPath: sup.dir });
    const headThen = auditHeadView(unit.core.session().db);

    rewriteEntry(unit.core.session().db, 2);
    // On the machine itself the rewrite is invisible to a plain verify …
    expect(verifyAuditChain(unit.core.session().db).ok).toBe(true);
    // … but not against the head written down earlier (audit:verify with an earlier head).
    expect(extendsHead(unit.core.session().db, headThen)).toBe('rewritten');

    const second = await exportTo(unit, SUPERVISOR.unitCode);
    const v = await sup.call('exchange:verify', { path: second.path });
    expect(v).toMatchObject({ ok: false, reason: 'AUDIT_NOT_EXTENDED' });
    expect(
      await sup.refused('exchange:import', { path: second.path, receiptOutPath: sup.dir }),
    ).toMatchObject({
      code: 'RULE',
      rule: 'AUDIT_NOT_EXTENDED',
    });
  });

  it('audit_anchor_extends: an untouched chain extends the head the supervisor last received', async () => {
    const { unit, sup } = await pair();
    const first = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: first.path, receiptOutPath: sup.dir });
    const second = await exportTo(unit, SUPERVISOR.unitCode);
    await sup.call('exchange:import', { path: second.path, receiptOutPath: sup.dir });
  });
});
