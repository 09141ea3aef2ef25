// Opening the core from the CLI: the same AppCore, dispatcher and lockout as the app.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppCore } from '../../electron/core/app-core';
import { finishInterruptedRestore } from '../../electron/core/backup';
import { halfInitialised, leftoverMessage } from '../../electron/core/session/first-run';
import { readKeyring } from '../../electron/core/vault/keyring';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { createDispatcher, type Dispatcher } from '../../electron/ipc/dispatch';
import { allHandlers } from '../../electron/ipc/handlers';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import type { AppError } from '../../db/domain/errors';
import { CliError, EXIT, exitCodeFor, readSecret } from './io';

/**
 * The KDF cost of the keys the CLI sets: the production default unless a test running commands inside its own
 * process lowers it (test/scripts/cli-helpers.ts, to TEST_KDF). No option or environment variable reaches it.
 */
export const cliKdf: { params?: KdfParams } = {};

export function coreFor(dbPath: string): AppCore {
  return new AppCore({ dbPath: resolve(dbPath), ...(cliKdf.params ? { kdf: cliKdf.params } : {}) });
}

export function dispatcherFor(core: AppCore): Dispatcher {
  return createDispatcher(core, allHandlers(), (e) => console.error(e));
}

export function failWith(error: AppError): never {
  throw new CliError(error.message, exitCodeFor(error), error.code);
}

/** Call one channel through the dispatcher (access check, validation, Result) and unwrap it. */
export async function call<C extends Channel>(
  api: Dispatcher,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await api.dispatch(channel, input);
  if (!r.ok) failWith(r.error);
  return r.value as ChannelOutput<C>;
}

/** The account to log in as: `--user`, or the only account there is. */
function whoLogsIn(core: AppCore, user: string | undefined): string {
  if (user) return user;
  const names = readKeyring(core.keyringPath)
    .slots.filter((s) => s.kind === 'password' && s.username)
    .map((s) => s.username as string);
  if (names.length === 1) return names[0] as string;
  throw new CliError(`此数据库有多个账户（${names.join('、')}），请用 --user 指明登录账户。`, EXIT.usage);
}

/**
 * Log in with a password read from standard input. Goes through `session:unlock`, so the lockout, the
 * audit entry of the login and the refusal of a plaintext or foreign file all hold as in the app.
 */
export async function login(dbPath: string, user?: string): Promise<{ core: AppCore; api: Dispatcher }> {
  const c = await credentials(dbPath, user);
  await call(c.api, 'session:unlock', { username: c.username, password: c.password });
  return { core: c.core, api: c.api };
}

export interface Credentials {
  core: AppCore;
  api: Dispatcher;
  username: string;
  password: string;
}

/** An interrupted first run is refused before any password is asked, with the clean start it can have. */
export function refuseLeftover(core: AppCore): void {
  // A restore decided before a kill is completed first, as the app does at start.
  finishInterruptedRestore(core);
  const leftover = halfInitialised(core);
  if (!leftover) return;
  throw new CliError(
    `${leftoverMessage(core, leftover)}\n重新开始：baomi init --clean-start --db ${core.dbPath} --unit 单位名称 --unit-code 代码 --user 用户名`,
    EXIT.problem,
    'HALF_INITIALISED',
  );
}

/** The database, the account and its password (from standard input), before logging in. */
export async function credentials(dbPath: string, user?: string): Promise<Credentials> {
  const core = coreFor(dbPath);
  refuseLeftover(core);
  if (!existsSync(core.dbPath))
    throw new CliError(`找不到数据库文件：${core.dbPath}`, EXIT.usage, 'NOT_FOUND');
  const api = dispatcherFor(core);
  const username = whoLogsIn(core, user);
  const password = await readSecret(`${username} 的密码：`);
  return { core, api, username, password };
}

/** Run `fn` logged in, and always lock afterwards (closes the database with a checkpoint). */
export async function withLogin<T>(
  dbPath: string,
  user: string | undefined,
  fn: (s: { core: AppCore; api: Dispatcher }) => Promise<T> | T,
): Promise<T> {
  const s = await login(dbPath, user);
  try {
    return await fn(s);
  } finally {
    s.core.detach();
  }
}
