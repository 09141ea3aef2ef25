// `baomi init`: first run from the command line — the unit profile, the first account, the recovery code.
import { ROLE_LABELS } from '../../../db/domain/labels';
import { ADMIN_MODES, APP_MODES, HOST_LEVELS, UNIT_KINDS } from '../../../db/domain/vocab';
import { oneOf, parseArgs } from '../args';
import { atTerminal, CliError, EXIT, readSecret, type Out } from '../io';
import { halfInitialised } from '../../../electron/core/session/first-run';
import { call, coreFor, dispatcherFor, refuseLeftover } from '../session';

const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const;

/**
 * The strict 三员 mode creates the three administrators at setup: `--sysadmin 用户名:姓名` and so on, their
 * initial passwords on the following lines of standard input (each changes it at first login).
 */
async function strictAdmins(values: Record<string, string>) {
  const out: Record<string, { username: string; displayName: string; initialPassword: string }> = {};
  for (const role of ADMIN_ROLES) {
    if (!values[role]) {
      throw new CliError(
        `三员分立模式（--admin-mode strict）须用 --${role} 用户名:姓名 指定${ROLE_LABELS[role]}。`,
        EXIT.usage,
      );
    }
  }
  for (const role of ADMIN_ROLES) {
    const [username, displayName] = (values[role] as string).split(/[:：]/, 2) as [
      string,
      string | undefined,
    ];
    out[role] = {
      username,
      displayName: displayName || username,
      initialPassword: await readSecret(`${ROLE_LABELS[role]} ${username} 的初始密码：`),
    };
  }
  return out as Record<
    (typeof ADMIN_ROLES)[number],
    { username: string; displayName: string; initialPassword: string }
  >;
}

export async function init(argv: string[], out: Out): Promise<number> {
  const a = parseArgs(argv, {
    values: [
      'db',
      'unit',
      'unit-code',
      'user',
      'name',
      'kind',
      'host-level',
      'admin-mode',
      'mode',
      ...ADMIN_ROLES,
    ],
    flags: ['clean-start'],
    required: ['db', 'unit', 'unit-code', 'user'],
  });
  const kind = oneOf('kind', a.values.kind, UNIT_KINDS, 'organ');
  const core = coreFor(a.values.db as string);
  if (a.flags.has('clean-start') && halfInitialised(core)) {
    // Only renames: the leftover files stay beside the new ones under their new names.
    const r = await call(dispatcherFor(core), 'session:cleanStart', {});
    for (const f of r.setAside) out.info(`未完成初始化留下的文件已改名保留：${f}`);
  }
  refuseLeftover(core);
  if (core.isSetUp()) {
    throw new CliError(`${core.dbPath} 已经初始化，不能再次初始化。`, EXIT.usage, 'CONFLICT');
  }
  const password = await readSecret(`为账户 ${a.values.user} 设置密码：`);
  if (atTerminal() && (await readSecret('再次输入密码：')) !== password) {
    throw new CliError('两次输入的密码不一致。', EXIT.usage);
  }
  // One person at a terminal: the small-unit mode unless asked for strict 三员 with the three administrators
  // named (the app's setup wizard defaults 机关 to strict).
  const adminMode = oneOf('admin-mode', a.values['admin-mode'], ADMIN_MODES, 'small');
  const admins = adminMode === 'strict' ? await strictAdmins(a.values) : undefined;
  const api = dispatcherFor(core);
  const r = await call(api, 'session:setup', {
    ...(admins ? { admins } : {}),
    mode: oneOf('mode', a.values.mode, APP_MODES, 'unit'),
    unit: {
      name: a.values.unit as string,
      kind,
      unitCode: a.values['unit-code'] as string,
      hostLevel: oneOf('host-level', a.values['host-level'], HOST_LEVELS, 'confidential'),
      adminMode,
    },
    account: {
      username: a.values.user as string,
      displayName: a.values.name ?? (a.values.user as string),
      password,
    },
  });
  const keys = await call(api, 'keys:own', {});
  core.detach();
  out.result(
    { db: core.dbPath, keyring: core.keyringPath, account: r.account, recoveryCode: r.recoveryCode, keys },
    () => [
      `已初始化：${core.dbPath}（密钥文件 ${core.keyringPath}，两者须放在一起）`,
      `账户：${r.account.username}（${r.account.displayName}）`,
      '',
      `恢复码：${r.recoveryCode}`,
      '请立即抄写恢复码并存放在保险柜中。它只显示这一次；忘记所有密码时，只有它能打开数据库。',
    ],
  );
  return EXIT.ok;
}
