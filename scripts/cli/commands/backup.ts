// `baomi backup` and `baomi restore`: the same verified, self-contained backup as the app's.
import { parseArgs } from '../args';
import { CliError, EXIT, readSecret, type Out } from '../io';
import { call, coreFor, failWith, withLogin } from '../session';
import { restoreBackup } from '../../../electron/core/backup/backup.service';
import { slotFloorKiB } from '../../../electron/core/vault/kdf';
import { AppException } from '../../../db/domain/errors';
import { resolve } from 'node:path';

export async function backup(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, { values: ['db', 'user', 'out'], required: ['db', 'out'] });
  const r = await withLogin(a.values.db as string, a.values.user, ({ api }) =>
    call(api, 'backup:create', { outDir: resolve(a.values.out as string) }),
  );
  out.result(r, () => [
    `备份已写入并校验：${r.path}（${(r.size / 1024 / 1024).toFixed(1)} MB，审计记录至第 ${r.auditHeadSeq} 条）`,
    `审计链头：第 ${r.auditHeadSeq} 条，哈希 ${r.auditHeadHash}（请记入备份登记，日后可用 baomi audit verify --since 核对）`,
    '备份文件含数据库和全部密钥槽，可用原密码或恢复码在新机器上打开；它本身是涉密载体，请按同等密级保管。',
  ]);
  return EXIT.ok;
}

/**
 * Restore a backup over the database at --db (a safety copy of the current one is kept first). The
 * backup proves itself with one of its own passwords (--user, password on standard input) or, with
 * --recovery, its recovery code on standard input. Works where the current database cannot be opened.
 */
export async function restore(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: ['db', 'user'],
    flags: ['recovery'],
    required: ['db'],
    positional: ['file'],
  });
  const core = coreFor(a.values.db as string);
  const user = a.values.user;
  if (!user && !a.flags.has('recovery')) {
    throw new CliError(
      '请用 --user 指明备份中的账户（密码从标准输入读取），或用 --recovery 以恢复码恢复。',
      EXIT.usage,
    );
  }
  const credential = user
    ? { username: user, password: await readSecret(`${user} 的密码：`) }
    : { recoveryCode: await readSecret('备份的恢复码：') };
  let r;
  try {
    r = await restoreBackup(resolve(a.positional.file as string), core.dbPath, credential, core.now(), {
      floorKiB: slotFloorKiB(core.kdf),
    });
  } catch (e) {
    if (e instanceof AppException) failWith(e.toError());
    throw e;
  }
  out.result(
    {
      restoredTo: core.dbPath,
      createdAt: r.header.createdAt,
      counts: r.header.counts,
      safetyCopy: r.safetyCopy,
    },
    () => [
      `已从 ${a.positional.file} 恢复到 ${core.dbPath}（备份时间 ${r.header.createdAt}）。`,
      r.safetyCopy ? `原数据库已另存为 ${r.safetyCopy}。` : '目标位置原先没有数据库。',
    ],
  );
  return EXIT.ok;
}
