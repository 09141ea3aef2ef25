// The demo's and the bench's audit history: `count` entries of an everyday session life (logins, locks,
// idle locks, a rare wrong password) spread over the years before `now`, appended to the real chain with real
// hashes, so the auditor's viewer and the chain's verification meet the volume of years of use (issue 20: a
// million entries at the large scale).
import type { Db } from '../../../db/open';
import { auditHead, entryHash } from './audit';
import { canonicalJson } from '../util/canonical-json';

const ACTIONS = [
  ['login', 40],
  ['lock', 35],
  ['idle_lock', 20],
  ['login_failed', 5],
] as const;

export function seedAuditHistory(
  db: Db,
  opts: {
    count: number;
    years: number;
    now: Date;
    actor: { accountId: number; username: string };
    rng: () => number;
  },
): number {
  const { count, now, actor, rng } = opts;
  const end = now.getTime();
  const span = opts.years * 365 * 86_400_000;
  const weights = ACTIONS.reduce((n, [, w]) => n + w, 0);
  const insert = db.$client.prepare(
    'INSERT INTO audit_log (seq, at, account_id, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const head = auditHead(db);
  let seq = head.seq;
  let prevHash = head.hash;
  const detail = canonicalJson({});
  db.$client.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Evenly spaced in time with a little jitter, in the order of the chain.
      const at = new Date(end - span + Math.floor(((i + rng() * 0.5) / count) * span)).toISOString();
      let pick = rng() * weights;
      const action = ACTIONS.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'login';
      const failed = action === 'login_failed';
      const e = {
        seq: ++seq,
        at,
        accountId: failed ? null : actor.accountId,
        actor: failed ? 'system' : actor.username,
        action,
        entity: 'account',
        entityId: String(actor.accountId),
        detail,
        prevHash,
      };
      const hash = entryHash(e);
      insert.run(
        e.seq,
        e.at,
        e.accountId,
        e.actor,
        e.action,
        e.entity,
        e.entityId,
        e.detail,
        e.prevHash,
        hash,
      );
      prevHash = hash;
    }
  })();
  return count;
}
