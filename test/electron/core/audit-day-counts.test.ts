// Issue 20, point 4: the auditor's filtered totals are kept per day by triggers (migration audit_day_counts)
// instead of counted over a million entries at every page. What they give must be the count, for every filter
// the page offers, after appends, a retention prune, and on a log that was there before the migration.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../db/open';
import { auditListQueries, listAudit, type AuditFilter } from '../../../electron/core/audit/audit';
import { applyAuditRetention } from '../../../electron/core/audit/retention';
import { seedAuditHistory } from '../../../electron/core/audit/seed';
import { foldersBefore } from '../../helpers/migrations';
import { CLERK, setUpCore, tempDir } from '../../helpers/temp';
import { received } from './carriers/helpers';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const FILTERS: Omit<AuditFilter, 'page' | 'pageSize'>[] = [
  {},
  { action: 'login' },
  { action: 'login_failed' },
  { action: 'carrier_register' },
  { action: 'no_such_action' },
  { entity: 'account' },
  { entity: 'carrier' },
  { accountId: 1 },
  { accountId: 99 },
  { from: '2025-03-01', to: '2025-03-31' },
  { from: '2025-03-01' },
  { to: '2024-12-31' },
  { accountId: 1, from: '2024-06-01', to: '2025-06-30' },
  { action: 'lock', to: '2025-01-15' },
  { entity: 'account', from: '2026-11-01' },
  // Two keys at once are not kept together: counted.
  { accountId: 1, action: 'lock' },
  { action: 'login', entity: 'account', from: '2025-01-01', to: '2025-12-31' },
];

/** Each filter's total as the page gives it, beside the plain count of its entries. */
function totals(db: Db) {
  return FILTERS.map((f) => {
    const q = { ...f, page: 1, pageSize: 20 };
    return { f, shown: listAudit(db, q).total, counted: auditListQueries(db, q).total.get()?.n };
  });
}

function expectCounted(db: Db) {
  for (const t of totals(db)) expect(t.shown, JSON.stringify(t.f)).toBe(t.counted);
}

const seed = (db: Db, count: number, accountId = 1) =>
  seedAuditHistory(db, {
    count,
    years: 3,
    now: new Date('2026-12-03T08:00:00Z'),
    actor: { accountId, username: CLERK.username },
    rng: rng(7),
  });

describe('audit totals kept per day', () => {
  it('audit_totals_kept_equal_counts: after appends through the core and seeded years, and after a prune', async () => {
    const { core, api } = await setUpCore();
    const db = core.session().db;
    seed(db, 4_000);
    for (let i = 0; i < 3; i++) {
      const r = await api.dispatch('carriers:register', received({ docNo: `省保办〔2026〕${20 + i}号` }));
      expect(r.ok).toBe(true);
    }
    expectCounted(db);
    const t = totals(db);
    expect(t.find((x) => x.f.action === 'carrier_register')?.shown).toBe(3);
    expect(t.find((x) => Object.keys(x.f).length === 0)?.shown).toBeGreaterThan(4_000);
    expect(t.find((x) => x.f.from === '2025-03-01' && x.f.to)?.shown).toBeGreaterThan(50);

    // A retention prune removes the oldest entries and moves the anchor (as at a login, with a period set).
    const removed = db.transaction((tx) => applyAuditRetention(tx, 5, '2030-01-01T00:00:00.000Z'));
    expect(removed).toBeGreaterThan(500);
    expectCounted(db);
  });

  it('audit_totals_backfilled: a log kept before the migration is counted by it', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0042_audit_day_counts'));
    seed(db, 2_000);
    migrateDatabase(db, migrationsFolder());
    expectCounted(db);
    expect(listAudit(db, { page: 1, pageSize: 20, accountId: 1 }).total).toBeGreaterThan(1_500);
    closeDatabase(db);
  });
});
