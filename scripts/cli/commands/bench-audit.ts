// Bench lines for the audit log (issue 20, point 4): the large scale carries a million entries. The auditor's
// page (each filter the page offers, in turn) through the core and as the plainest SQL that gives the same rows,
// with the ratio; the full walk of the chain; and the unlock's walk from its checkpoint over a day's entries.
import type { Db } from '../../../db/open';
import { listAudit, verifyAuditChain, type AuditFilter } from '../../../electron/core/audit/audit';
import { auditEntryViews } from '../../../electron/core/audit/audit-names';
import { AUDIT_CHECKPOINT_KEY, verifySinceCheckpoint } from '../../../electron/core/audit/checkpoint';
import { seedAuditHistory } from '../../../electron/core/audit/seed';
import { benchLine, timed } from './bench-line';
import { appOverRaw } from './bench-raw';
import { SCALES } from './demo';

export function seedAuditBench(db: Db, scale: 'small' | 'large', rng: () => number, now: Date): string {
  const actor = db.$client.prepare('SELECT id, username FROM accounts ORDER BY id LIMIT 1').get() as {
    id: number;
    username: string;
  };
  const t = Date.now();
  const n = seedAuditHistory(db, {
    count: SCALES[scale].auditEntries,
    years: 3,
    now,
    actor: { accountId: actor.id, username: actor.username },
    rng,
  });
  return `已生成 ${n} 条审计记录，用时 ${((Date.now() - t) / 1000).toFixed(1)} 秒`;
}

const FILTERS: Omit<AuditFilter, 'pageSize'>[] = [
  { page: 1 },
  { page: 300 },
  { page: 1, action: 'login_failed' },
  { page: 1, from: '2025-03-01', to: '2025-03-31' },
  { page: 5, accountId: 1 },
  { page: 1, entity: 'account' },
];

/** The same rows asked of SQLite as plainly as it can be: a WHERE, ORDER BY seq DESC, LIMIT/OFFSET, count. */
function rawPage(db: Db, f: AuditFilter): number {
  const conds: [string, unknown][] = [];
  if (f.from) conds.push(['at >= ?', `${f.from}T00:00:00`]);
  if (f.to) conds.push(['at < ?', `${f.to}T99`]);
  if (f.accountId !== undefined) conds.push(['account_id = ?', f.accountId]);
  if (f.action) conds.push(['action = ?', f.action]);
  if (f.entity) conds.push(['entity = ?', f.entity]);
  const where = conds.map((c) => c[0]);
  const args = conds.map((c) => c[1]);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.$client
    .prepare(`SELECT * FROM audit_log ${w} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...args, f.pageSize, (f.page - 1) * f.pageSize);
  const total = db.$client
    .prepare(`SELECT count(*) FROM audit_log ${w}`)
    .pluck()
    .get(...args) as number;
  return rows.length + total;
}

export function auditLines(db: Db, n: number): object[] {
  const filterOf = (i: number) => ({ ...(FILTERS[i % FILTERS.length] as AuditFilter), pageSize: 50 });
  // What the auditor's page costs: the rows and their names (actors, records) as the handler gives them.
  const page = appOverRaw(
    'audit_page',
    'audit_page',
    n,
    (i) => auditEntryViews(db, listAudit(db, filterOf(i)).rows),
    (i) => rawPage(db, filterOf(i)),
  );
  const full: number[] = [];
  let entries = 0;
  for (let i = 0; i < Math.min(3, n); i++) full.push(timed(() => (entries = verifyAuditChain(db).count)));
  // The unlock's walk: a checkpoint a day of use (200 entries) behind the head, as after a day's work.
  const head = db.$client
    .prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET 200')
    .get();
  const since: number[] = [];
  if (head) {
    db.$client
      .prepare("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, datetime('now'))")
      .run(AUDIT_CHECKPOINT_KEY, JSON.stringify(head));
    for (let i = 0; i < n; i++) since.push(timed(() => verifySinceCheckpoint(db)));
  }
  return [
    ...page,
    { ...benchLine('audit_verify_full', full), entries },
    benchLine('audit_verify_since_checkpoint', since),
  ];
}
