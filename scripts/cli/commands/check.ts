// `baomi check`: is the database sound? Every page's cipher HMAC, SQLite's integrity_check, foreign keys
// and the audit chain. Exit 0 sound, 1 a problem found (with what and where), 2 usage or login.
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { readKeyring } from '../../../electron/core/vault/keyring';
import { unlockWithPassword } from '../../../electron/core/vault/vault';
import { slotFloorKiB } from '../../../electron/core/vault/kdf';
import { checkCipherPages, type PageReport } from '../../../db/page-check';
import type { Db } from '../../../db/open';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out, exitCodeFor } from '../io';
import { credentials } from '../session';

export interface CheckItem {
  name: string;
  ok: boolean;
  detail: string;
}

function pagesItem(r: PageReport): CheckItem {
  const listed = r.badPages
    .slice(0, 10)
    .map((n) => `第 ${n} 页（文件偏移 ${(n - 1) * 4096} 起）`)
    .join('、');
  const problems = [
    r.badPages.length
      ? `${r.badPages.length} 页校验失败，内容在写入后被改动或损坏：${listed}${r.badPages.length > 10 ? ' 等' : ''}`
      : '',
    r.ragged ? '文件长度不是整页，可能被截断或追加了数据' : '',
  ].filter(Boolean);
  return { name: '加密页校验', ok: !problems.length, detail: problems.join('；') || `${r.pages} 页全部完好` };
}

function sqliteItems(db: Db): CheckItem[] {
  const items: CheckItem[] = [];
  try {
    const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
    const bad = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    items.push({
      name: '数据库结构',
      ok: !bad.length,
      detail: bad.length ? bad.slice(0, 10).join('；') : '完好',
    });
  } catch (e) {
    items.push({
      name: '数据库结构',
      ok: false,
      detail: `integrity_check 无法完成：${(e as Error).message}`,
    });
  }
  try {
    const fk = db.$client.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    items.push({
      name: '引用关系',
      ok: !fk.length,
      detail: fk.length
        ? fk
            .slice(0, 10)
            .map((f) => `表 ${f.table} 第 ${f.rowid} 行引用的 ${f.parent} 记录不存在`)
            .join('；')
        : '完好',
    });
  } catch (e) {
    items.push({ name: '引用关系', ok: false, detail: `无法检查：${(e as Error).message}` });
  }
  try {
    const chain = verifyAuditChain(db);
    items.push({
      name: '审计链',
      ok: chain.ok,
      detail: chain.ok ? `${chain.count} 条记录，链完整` : (chain.problem?.reason ?? '审计链断裂'),
    });
  } catch (e) {
    items.push({ name: '审计链', ok: false, detail: `无法读取审计记录：${(e as Error).message}` });
  }
  return items;
}

export async function check(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user'], required: ['db'] });
  const c = await credentials(a.values.db as string, a.values.user);
  const items: CheckItem[] = [];
  const r = await c.api.dispatch('session:unlock', { username: c.username, password: c.password });
  if (r.ok) {
    const db = c.core.session().db;
    try {
      // Pages still in the WAL are not in the main file yet; fold them in before reading it raw.
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      items.push(await c.core.withDataKey((key) => pagesItem(checkCipherPages(c.core.dbPath, key))));
      items.push(...sqliteItems(db));
    } finally {
      c.core.detach();
    }
  } else if (exitCodeFor(r.error) === EXIT.problem && r.error.code !== 'NOT_FOUND') {
    // The keyring took the password but the database would not open: find the damaged pages.
    items.push({ name: '打开数据库', ok: false, detail: r.error.message });
    try {
      const { dataKey } = await unlockWithPassword(
        readKeyring(c.core.keyringPath),
        c.username,
        c.password,
        slotFloorKiB(c.core.kdf),
      );
      items.push(pagesItem(checkCipherPages(c.core.dbPath, dataKey)));
      dataKey.fill(0);
    } catch {
      // The keyring itself is unreadable; the first item already says why.
    }
  } else {
    throw new CliError(r.error.message, exitCodeFor(r.error), r.error.code);
  }
  const ok = items.every((i) => i.ok);
  out.result({ ok, db: c.core.dbPath, checks: items }, () => [
    ...items.map((i) => `${i.ok ? '✓' : '✗'} ${i.name}：${i.detail}`),
    ok ? '数据库完好。' : '发现问题：请停止使用此数据库，并用最近的备份恢复（baomi restore）。',
  ]);
  return ok ? EXIT.ok : EXIT.problem;
}
