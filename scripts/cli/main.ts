// The `baomi` command line: one table of commands over the same core as the app.
import { AppException } from '../../db/domain/errors';
import { CliError, EXIT, exitCodeFor, output, type Out } from './io';
import { NOTICE_USAGE, SUPERVISOR_NOTICE_USAGE, SUPERVISOR_USAGE, XLSX_USAGE } from './usage';

type Command = (argv: string[], out: Out) => Promise<number>;

/**
 * A command loaded when it runs: `--help`, `help <command>` and a mistyped name answer without loading the core
 * (half a second against four on this machine).
 */
const lazy =
  <K extends string>(load: () => Promise<Record<K, Command>>, name: K): Command =>
  async (argv, out) =>
    (await load())[name](argv, out);

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: {
    run: lazy(() => import('./commands/init'), 'init'),
    usage:
      'init --db F --unit 单位名称 --unit-code 代码 --user 用户名 [--clean-start] [--name 姓名] [--kind organ|institution|enterprise] [--host-level confidential|secret] [--mode unit|supervisor] [--admin-mode small|strict --sysadmin 用户名:姓名 --secadmin … --auditor …]',
  },
  check: {
    run: lazy(() => import('./commands/check'), 'check'),
    usage: 'check --db F [--user 用户名]   退出码 0 完好 / 1 发现问题 / 2 用法或登录错误',
  },
  stats: {
    run: lazy(() => import('./commands/stats'), 'stats'),
    usage: 'stats --db F [--user 用户名]',
  },
  demo: {
    run: lazy(() => import('./commands/demo'), 'demo'),
    usage: 'demo --db F [--scale small|large] [--user 用户名]',
  },
  backup: {
    run: lazy(() => import('./commands/backup'), 'backup'),
    usage: 'backup --db F --out 目录 [--user 用户名]',
  },
  keys: {
    run: lazy(() => import('./commands/exchange'), 'keys'),
    usage:
      'keys show --db F | keys export-public --db F --out F | keys import-public F --db F [--fingerprint 指纹] [--role supervisor|subordinate]',
  },
  export: {
    run: lazy(() => import('./commands/exchange'), 'exportPackage'),
    usage:
      'export --db F --to 单位代码 --profile full|incremental|annual --out F [--media usb|cd|disk] [--department 部门] [--year 年度]',
  },
  verify: {
    run: lazy(() => import('./commands/exchange'), 'verify'),
    usage: 'verify 数据包 --db F   退出码 0 有效，10–21 各拒收原因（见 FORMAT.md）',
  },
  import: {
    run: lazy(() => import('./commands/exchange'), 'importPackage'),
    usage: 'import 数据包 --db F [--receipt-out 目录]',
  },
  receipt: {
    run: lazy(() => import('./commands/exchange'), 'receipt'),
    usage: 'receipt import 回执 --db F | receipt reissue --seq N --db F [--unit 单位代码] [--out 目录]',
  },
  bench: {
    run: lazy(() => import('./commands/bench'), 'bench'),
    usage:
      'bench [--db F [--user 用户名] | --scale large|small] [--n 次数]   每行一个 JSON：{name, n, p50_ms, p95_ms}',
  },
  restore: {
    run: lazy(() => import('./commands/backup'), 'restore'),
    usage: 'restore 备份文件 --db F (--user 用户名 | --recovery)',
  },
  xlsx: {
    run: lazy(() => import('./commands/xlsx'), 'xlsx'),
    usage: XLSX_USAGE,
  },
  yearbook: {
    run: lazy(() => import('./commands/yearbook'), 'yearbook'),
    usage:
      'yearbook --year 年度 --db F --out 目录 [--user 用户名] [--no-pdf]   年度保密工作台账（xlsx、PDF）和自查自评报告（docx、PDF）',
  },
  supervisor: {
    run: lazy(() => import('./commands/supervisor'), 'supervisor'),
    usage: `${SUPERVISOR_USAGE} | ${SUPERVISOR_NOTICE_USAGE}`,
  },
  notice: {
    run: lazy(() => import('./commands/notice'), 'notice'),
    usage: NOTICE_USAGE,
  },
  audit: {
    run: lazy(() => import('./commands/audit'), 'audit'),
    usage:
      'audit head --db F [--user 用户名] | audit verify --db F [--since 序号:哈希]   退出码 0 完好 / 1 有问题',
  },
};

function usage(): string {
  return [
    '用法：baomi <命令> [选项]   （密码、恢复码只从标准输入读取；每个命令都可加 --json）',
    ...Object.values(COMMANDS).map((c) => `  baomi ${c.usage}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes('--json');
  const out = output(json);
  // `baomi help init` is how many people ask for one command's usage; it answers as `baomi init --help`.
  if (name === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) {
    const asked = COMMANDS[rest[0]];
    if (!asked) {
      process.stderr.write(`错误：未知命令：${rest[0]}\n${usage()}\n`);
      return EXIT.usage;
    }
    process.stdout.write(`用法：baomi ${asked.usage}\n`);
    return EXIT.ok;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (command && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`用法：baomi ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    if (!command) throw new CliError(`未知命令：${name}\n${usage()}`, EXIT.usage);
    return await command.run(rest, out);
  } catch (e) {
    const err =
      e instanceof CliError
        ? e
        : e instanceof AppException
          ? new CliError(e.message, exitCodeFor(e.toError()), e.code)
          : null;
    if (!err) {
      process.stderr.write(`程序内部错误：${(e as Error)?.stack ?? String(e)}\n`);
      return EXIT.problem;
    }
    if (json)
      process.stdout.write(
        `${JSON.stringify({ ok: false, error: { code: err.code, message: err.message } })}\n`,
      );
    process.stderr.write(`错误：${err.message}\n`);
    return err.exitCode;
  }
}
