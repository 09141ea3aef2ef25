// The auditor's view of the log (issue 19, point 10): people and records by the names the unit knows them by,
// not "account 4"; a record that is gone shows its kind and id in Chinese; a page is named with one query per
// kind (never one per row) and the list's own queries keep their indexes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../db/open';
import { appendAudit, auditListQueries, listAudit } from '../../../electron/core/audit/audit';
import { auditEntryViews } from '../../../electron/core/audit/audit-names';
import type { AuditEntryView } from '../../../electron/ipc/schemas/audit';
import { ACTION_LABELS } from '../../../renderer/admin/audit-actions';
import { newPerson, openDesk, postedPerson, received, type Desk } from './persons/helpers';

const PW = 'Chushi#2026a';

/** The log as the auditor reads it through the channel: a fresh 安全审计员 logs in and pages it. */
async function asAuditor(desk: Desk): Promise<AuditEntryView[]> {
  await desk.call('accounts:create', {
    username: 'sunhui',
    displayName: '孙慧',
    role: 'auditor',
    initialPassword: PW,
  });
  await desk.call('session:lock', {});
  await desk.call('session:unlock', { username: 'sunhui', password: PW });
  await desk.call('session:changePassword', { oldPassword: PW, newPassword: 'Shenji#2026x' });
  return (await desk.call('audit:list', { page: 1, pageSize: 500 })).rows;
}

const entry = (rows: AuditEntryView[], action: string) => {
  const e = rows.find((r) => r.action === action);
  if (!e) throw new Error(`no ${action} entry`);
  return e;
};

describe('the audit list names people and records', () => {
  it('audit_list_shows_names_not_ids: the actor by display name, each record as the clerk knows it', async () => {
    const desk = await openDesk();
    const carrier = await desk.call('carriers:register', received());
    const person = await newPerson(desk, { name: '张建华', department: '机要科' });
    await desk.call('departments:update', { id: person.departmentId, name: '机要处' });
    await desk.call('keys:rotate', { purpose: 'sign' });
    const keys = await desk.call('keys:own', {});
    const rows = await asAuditor(desk);

    const registered = entry(rows, 'carrier_register');
    expect(registered).toMatchObject({ actor: 'wangli', actorName: '王丽', entityId: String(carrier.id) });
    expect(registered.entityName).toBe(`${carrier.carrierNo} 关于做好2026年度保密检查工作的通知`);
    expect(entry(rows, 'person_create').entityName).toBe('张建华');
    // The department by the name it has now, on its creation's entry as on its rename's.
    expect(entry(rows, 'department_create').entityName).toBe('机要处');
    expect(entry(rows, 'department_update').entityName).toBe('机要处');
    expect(entry(rows, 'account_create').entityName).toBe('孙慧（sunhui）');
    expect(entry(rows, 'setup').entityName).toBe('某市档案局');
    expect(entry(rows, 'key_rotate').entityName).toBe(`签名密钥（指纹 ${keys.sign.fingerprint}）`);
    expect(entry(rows, 'login')).toMatchObject({ actorName: '孙慧', entityName: '孙慧（sunhui）' });
    // No entry is shown as a code and a number.
    for (const r of rows) expect(r.entityName, r.action).not.toMatch(/^[a-z_]+( \d+)?$/);
  });

  it('audit_entity_gone_shows_kind_and_id: a record no longer there, an unknown account, the system', async () => {
    const desk = await openDesk();
    const { db } = desk.core.session();
    const at = '2026-06-15T04:00:00.000Z';
    appendAudit(db, { accountId: 1, actor: 'wangli' }, at, {
      action: 'carrier_edit',
      entity: 'carrier',
      entityId: 999,
    });
    appendAudit(db, { accountId: 42, actor: 'gone' }, at, {
      action: 'department_update',
      entity: 'department',
      entityId: 7,
    });
    appendAudit(db, { accountId: null, actor: 'system' }, at, { action: 'login_failed', entity: 'account' });
    appendAudit(db, { accountId: 1, actor: 'wangli' }, at, {
      action: 'legacy',
      entity: 'widget',
      entityId: 5,
    });
    appendAudit(db, { accountId: 1, actor: 'wangli' }, at, { action: 'print_pdf', entity: 'print' });
    const views = auditEntryViews(db, listAudit(db, { page: 1, pageSize: 5 }).rows);
    expect(views.map((v) => [v.actorName, v.entityName])).toEqual([
      ['王丽', '打印'],
      ['王丽', 'widget 5'],
      ['系统', '账户'],
      ['gone（账户 42 已不存在）', '部门 7（已不存在）'],
      ['王丽', '涉密载体 999（已不存在）'],
    ]);
  });
});

/** Every statement the core prepares while `fn` runs. */
function statements(db: Db, fn: () => void): string[] {
  const spy = vi.spyOn(db.$client, 'prepare');
  try {
    fn();
    return spy.mock.calls.map(([sql]) => sql);
  } finally {
    spy.mockRestore();
  }
}

function planOf(db: Db, sql: string): string[] {
  const params = Array.from({ length: sql.split('?').length - 1 }, () => '1');
  return (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

describe('every kind of record is named', () => {
  it('a day at the desk leaves no entry that names its record by kind and number', async () => {
    const desk = await openDesk();
    const p = await postedPerson(desk, { name: '冯梅' });
    await desk.call('travel:apply', {
      personId: p.id,
      destination: '日本',
      purpose: '探亲',
      appliedOn: '2026-06-10',
      plannedDepartOn: '2026-07-10',
      plannedReturnOn: '2026-07-20',
    });
    await desk.call('leaving:start', {
      personId: p.id,
      kind: 'off_post',
      startedOn: '2026-06-12',
      reason: '工作调整',
    });
    await desk.call('classification:create', {
      name: '年度保密检查方案',
      level: 'confidential',
      term: { kind: 'period', years: 5 },
      classifierName: '李建国',
    });
    await desk.call('inventory:start', { scope: 'all', startedOn: '2026-06-15' });
    await desk.call('approvals:record', {
      kind: 'borrow',
      subjectType: 'carrier',
      subjectId: '17',
      approver: { type: 'person', name: '李建国', title: '办公室主任' },
      decision: 'approved',
      decidedAt: '2026-06-10',
      documentNo: '保借〔2026〕12号',
    });
    await desk.call('approvals:request', {
      kind: 'copy',
      subjectType: 'carrier',
      subjectId: '17',
      summary: '李华复制会议纪要 2 份',
      detail: {},
    });
    await desk.call('attachments:upload', {
      fileName: '审批表.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.4 审批表').toString('base64'),
    });
    const { db } = desk.core.session();
    const views = auditEntryViews(db, listAudit(db, { page: 1, pageSize: 500 }).rows);
    const named = new Map(views.filter((v) => v.entityId !== null).map((v) => [v.entity, v.entityName]));
    expect(Object.fromEntries(named)).toMatchObject({
      person: '冯梅',
      department: '办公室',
      clearance_decision: '冯梅 涉密等级审定（重要）',
      private_travel: '冯梅 赴日本',
      leaving: '冯梅 离岗',
      classification_item: '年度保密检查方案',
      inventory: '2026-06-15 清点（全部载体）',
      approval: expect.stringMatching(/^借阅审批：李建国 同意$/),
      approval_request: '复制申请：李华复制会议纪要 2 份',
      attachment: '审批表.pdf',
      unit: '某市档案局',
    });
    for (const v of views) expect(v.entityName, `${v.action} ${v.entityId}`).not.toContain('已不存在');
  });
});

describe('the audit list stays fast', () => {
  it('audit_names_one_query_per_kind: a page is named by kind, each lookup by primary key', async () => {
    const desk = await openDesk();
    for (let i = 1; i <= 30; i++)
      await desk.call('carriers:register', received({ docNo: `省保办〔2026〕${i}号` }));
    for (const name of ['张建华', '李明', '王芳']) await newPerson(desk, { name });
    const { db } = desk.core.session();
    const { rows } = listAudit(db, { page: 1, pageSize: 500 });
    expect(rows.filter((r) => r.entity === 'carrier').length).toBe(30);

    let views: AuditEntryView[] = [];
    const sqls = statements(db, () => (views = auditEntryViews(db, rows)));
    // Accounts (actors and account entries together), carriers, persons, departments, the unit: five kinds.
    const kinds = new Set(rows.filter((r) => r.entityId !== null).map((r) => r.entity));
    expect([...kinds].sort()).toEqual(['carrier', 'department', 'person', 'unit']);
    expect(sqls).toHaveLength(kinds.size + 1);
    for (const sql of sqls) {
      const plan = planOf(db, sql).join(' | ');
      expect(plan, sql).toMatch(/^SEARCH \w+ USING (INTEGER PRIMARY KEY|INDEX sqlite_autoindex)/);
      // No table is scanned: only the page's own list of ids (inList binds it as one JSON value).
      expect(plan.replace(/SCAN json_each VIRTUAL TABLE[^|]*/g, ''), sql).not.toMatch(/SCAN/);
    }
    expect(views.filter((v) => v.entity === 'carrier').every((v) => v.entityName.includes('保密检查'))).toBe(
      true,
    );
  });

  it('the list reads the page in sequence order from the table itself, each filter from its index', async () => {
    const desk = await openDesk();
    const { db } = desk.core.session();
    const plan = (f: Record<string, unknown>) => {
      const q = auditListQueries(db, { page: 2, pageSize: 100, ...f });
      const page = q.page.toSQL();
      const total = q.total.toSQL();
      return { page: planOf(db, page.sql), total: planOf(db, total.sql) };
    };
    // Newest first is the primary key read backwards: no sort, however long the log.
    expect(plan({}).page).toEqual(['SCAN audit_log']);
    // By kind of record or by account, newest first: the index gives the order, nothing is sorted.
    expect(plan({ entity: 'carrier' }).page).toEqual([
      'SEARCH audit_log USING INDEX audit_log_entity_seq_idx (entity=?)',
    ]);
    expect(plan({ entity: 'carrier' }).total).toEqual([
      'SEARCH audit_log USING COVERING INDEX audit_log_entity_seq_idx (entity=?)',
    ]);
    expect(plan({ accountId: 1 }).page).toEqual([
      'SEARCH audit_log USING INDEX audit_log_account_seq_idx (account_id=?)',
    ]);
    expect(plan({ action: 'login' }).page).toEqual([
      'SEARCH audit_log USING INDEX audit_log_action_idx (action=?)',
    ]);
    expect(plan({ action: 'login' }).total).toEqual([
      'SEARCH audit_log USING COVERING INDEX audit_log_action_idx (action=?)',
    ]);
    expect(plan({ from: '2026-01-01', to: '2026-01-31' }).page[0]).toBe(
      'SEARCH audit_log USING INDEX audit_log_at_idx (at>? AND at<?)',
    );
  });
});

describe('the auditor reads actions by name', () => {
  it('audit_actions_named: every action the core writes to the log has its name on the audit page', () => {
    const root = join(import.meta.dirname, '../../..');
    const files = ['electron', 'scripts'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith('.ts'))
        .map((f) => join(f.parentPath, f.name)),
    );
    const actions = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:core\.write\(\s*|\baction: )'([a-z_]+)'/g)) actions.add(m[1] ?? '');
    }
    expect(actions.size).toBeGreaterThan(80);
    expect([...actions].filter((a) => !(a in ACTION_LABELS))).toEqual([]);
  });
});
