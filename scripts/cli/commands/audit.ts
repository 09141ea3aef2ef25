// `baomi audit head` and `baomi audit verify`: the chain's head to write down or print (issue 22, point 2), and the
// chain checked against a head written down earlier, which is how a rewrite made on this machine becomes visible.
import { extendsHead, auditHeadView } from '../../../electron/core/audit/head';
import { verifyAuditChain } from '../../../electron/core/audit/audit';
import { parseArgs } from '../args';
import { CliError, EXIT, type Out } from '../io';
import { withLogin } from '../session';

const VERDICTS = {
  extends: '本机审计链延续了该链头（该链头之前的记录未被改动）。',
  rewritten: '本机审计链在该链头处的哈希不同：该链头之前的审计记录已被改写。',
  pruned: '该链头之前的记录已按保留期限清理，无法比对。',
  shorter: '本机审计链比该链头短：记录可能被删除，或该链头来自另一数据库。',
} as const;

function parseSince(s: string): { seq: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(s.trim());
  if (!m) throw new CliError('--since 的格式为 序号:64位哈希，例如 1203:9f86d0…', EXIT.usage);
  return { seq: Number(m[1]), hash: m[2] as string };
}

export async function audit(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'since'], required: ['db'], positional: ['what'] });
  const what = a.positional.what;
  if (what === 'head') {
    const head = await withLogin(a.values.db as string, a.values.user, ({ core }) =>
      auditHeadView(core.session().db),
    );
    out.result(head, () => [
      `审计链头：第 ${head.seq} 条，哈希 ${head.hash}`,
      `保留的审计记录：${head.count} 条`,
      '请抄录或打印保存；日后可用 baomi audit verify --since 序号:哈希 核对本机记录是否被改写。',
    ]);
    return EXIT.ok;
  }
  if (what === 'verify') {
    const since = a.values.since ? parseSince(a.values.since) : null;
    const r = await withLogin(a.values.db as string, a.values.user, ({ core }) => {
      const db = core.session().db;
      const chain = verifyAuditChain(db);
      return {
        ok: chain.ok,
        count: chain.count,
        head: chain.head,
        problem: chain.problem ?? null,
        since: since ? { ...since, verdict: extendsHead(db, since) } : null,
      };
    });
    const good = r.ok && (!r.since || r.since.verdict === 'extends');
    out.result(r, () => [
      r.ok
        ? `审计链完整：${r.count} 条，链头第 ${r.head.seq} 条`
        : `审计链有问题：${r.problem?.reason ?? ''}`,
      ...(r.since ? [`对照链头第 ${r.since.seq} 条：${VERDICTS[r.since.verdict]}`] : []),
    ]);
    return good ? EXIT.ok : EXIT.problem;
  }
  throw new CliError(
    '用法：baomi audit head --db F | baomi audit verify --db F [--since 序号:哈希]',
    EXIT.usage,
  );
}
