// Migration 0053: a database of the previous version gains the indexes of the 审批 page: approvals by 事项 (the
// table's filter: its count and its page read the index, not every approval), and the requests of every state read
// newest first in order (筛选 全部), not sorted whole.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../../db/open';
import { approvalPageQuery } from '../../../electron/core/approvals/approvals.service';
import { ApprovalListInput } from '../../../electron/ipc/schemas/approvals';
import { foldersBefore } from '../../helpers/migrations';
import { tempDir } from '../../helpers/temp';

const plan = (db: Db, sql: string, params: unknown[] = []) =>
  (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );

describe('migration 0053 approvals_kind_requests_requested', () => {
  it('adds the indexes the 审批 page filters and orders by', () => {
    const db = openDatabase(join(tempDir(), 'old.db'), new Uint8Array(randomBytes(32)), { create: true });
    migrateDatabase(db, foldersBefore('0053_approvals_kind_requests_requested'));
    const names = (t: string) =>
      (db.$client.prepare(`PRAGMA index_list(${t})`).all() as { name: string }[]).map((r) => r.name);
    expect(names('approvals')).not.toContain('approvals_kind_decided_idx');
    migrateDatabase(db, migrationsFolder());
    expect(names('approvals')).toContain('approvals_kind_decided_idx');
    expect(names('approval_requests')).toContain('approval_requests_requested_idx');

    // The table filtered by 事项: the page walks the index in order, the count reads it alone.
    const q = approvalPageQuery(db, ApprovalListInput.parse({ kind: 'repair', pageSize: 100 })).toSQL();
    const page = plan(db, q.sql, q.params);
    expect(page[0]).toMatch(/^SEARCH approvals USING INDEX approvals_kind_decided_idx \(kind=\?\)/);
    expect(page.join()).not.toMatch(/TEMP B-TREE|SCAN approvals/);
    expect(plan(db, "SELECT count(*) FROM approvals WHERE kind = 'repair'")).toEqual([
      'SEARCH approvals USING COVERING INDEX approvals_kind_decided_idx (kind=?)',
    ]);
    // Every request, newest first: no sort of the whole table.
    const all = plan(db, `SELECT * FROM approval_requests ORDER BY requested_at DESC, id DESC LIMIT 10`);
    expect(all.join()).toContain('approval_requests_requested_idx');
    expect(all.join()).not.toMatch(/TEMP B-TREE/);
    closeDatabase(db);
  });
});
