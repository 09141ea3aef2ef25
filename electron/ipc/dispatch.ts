import { z } from 'zod';
import { AppException, type AppError } from '../../db/domain/errors';
import { busyReason } from '../core/util/busy';
import { fileFailure } from '../core/util/file-errors';
import { can } from '../core/util/permissions';
import { type AppCore } from '../core/app-core';
import { ROLE_LABELS } from '../../db/domain/labels';
import { channelNames, contract, type Channel, type ChannelOutput, type ChannelParsed } from './contract';
import { fail, ok, type Result } from './result';
import { unknownKeys, unknownKeysError } from './strict-input';

z.config(z.locales.zhCN());

export type Handler<C extends Channel> = (
  core: AppCore,
  input: ChannelParsed<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type HandlerMap = { [C in Channel]?: Handler<C> };
/** A domain's handlers: exactly its channels (`<domain>:verb`), each with its handler. */
export type DomainHandlers<D extends string> = {
  [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<C>;
};
export type FullHandlerMap = { [C in Channel]: Handler<C> };

/** Merge per-domain handler maps; a channel handled twice is a programming error caught at start-up. */
export function mergeHandlers(...maps: HandlerMap[]): HandlerMap {
  const out: Record<string, unknown> = {};
  for (const m of maps) {
    for (const [k, v] of Object.entries(m)) {
      if (k in out) throw new Error(`channel ${k} has more than one handler`);
      out[k] = v;
    }
  }
  return out as HandlerMap;
}

export function assertComplete(map: HandlerMap): FullHandlerMap {
  const missing = channelNames.filter((c) => typeof map[c] !== 'function');
  const extra = Object.keys(map).filter((k) => !(channelNames as string[]).includes(k));
  if (missing.length || extra.length) {
    throw new Error(
      `handlers do not match the contract: missing [${missing.join(', ')}], unknown [${extra.join(', ')}]`,
    );
  }
  return map as FullHandlerMap;
}

function validationError(error: z.ZodError): AppError {
  const fields = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0];
  return {
    code: 'VALIDATION',
    message: first ? `输入有误：${first.path ? `${first.path}：` : ''}${first.message}` : '输入有误。',
    fields,
  };
}

/** Map anything thrown below the edge to a stable error code with a message a clerk can act on. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppException) return e.toError();
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code.startsWith('SQLITE_READONLY'))
      return { code: 'DB_READONLY', message: '数据库为只读，无法保存。请检查磁盘是否写保护或空间不足。' };
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
      return { code: 'DB_CORRUPT', message: '数据库文件已损坏。请停止使用，并用最近的备份恢复。' };
    if (code === 'SQLITE_FULL')
      return { code: 'DB_READONLY', message: '磁盘空间已满，无法保存。请清理磁盘后重试。' };
    if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY')) {
      return { code: 'CONFLICT', message: '已有相同编号或名称的记录，请检查后再保存。' };
    }
    if (code.startsWith('SQLITE_CONSTRAINT'))
      return { code: 'VALIDATION', message: '数据不完整或引用了不存在的记录，未保存。' };
    if (code === 'SQLITE_BUSY')
      return { code: 'CONFLICT', message: busyReason() ?? '数据库正忙，请稍后重试。' };
  }
  const file = fileFailure(e);
  if (file) return { code: 'FILE_WRITE', message: `${file}，操作未完成，数据未改变。` };
  return {
    code: 'INTERNAL',
    message: '程序内部错误，操作未完成，数据未改变。请记下操作步骤并联系技术支持。',
  };
}

export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

/**
 * The one path every call takes, whoever carries it (Electron IPC, the Chromium test bridge, the CLI):
 * known channel → access check → zod validation → handler → Result. Nothing is thrown past this point.
 */
export function createDispatcher(
  core: AppCore,
  handlers: FullHandlerMap,
  onInternal: (e: unknown) => void = () => {},
): Dispatcher {
  return {
    async dispatch(channel, input) {
      if (!Object.hasOwn(contract, channel)) {
        return fail({ code: 'VALIDATION', message: `未知的调用：${String(channel)}` });
      }
      const c = channel as Channel;
      const spec = contract[c];
      try {
        if (spec.access !== 'public') {
          if (!core.isUnlocked()) return fail({ code: 'LOCKED', message: '程序已锁定，请先登录。' });
          const { account } = core.session();
          if (account.mustChangePassword && spec.access !== 'self') {
            return fail({
              code: 'FORBIDDEN',
              message: '请先修改密码（首次登录或密码已过期），再进行其他操作。',
            });
          }
          if (!can(account.role, spec.access, core.adminMode())) {
            return fail({
              code: 'FORBIDDEN',
              message: `当前账户（${ROLE_LABELS[account.role]}）无权进行此操作。`,
            });
          }
        }
        const unknown = unknownKeys(spec.input, input ?? {});
        if (unknown.length) return fail(unknownKeysError(unknown));
        const parsed = spec.input.safeParse(input ?? {});
        if (!parsed.success) return fail(validationError(parsed.error));
        const handler = handlers[c] as (core: AppCore, input: unknown) => unknown;
        const { result, changes } = await core.collectChanges(async () => handler(core, parsed.data));
        // Only a call that was served counts as activity: refused ones (a script probing channels) must not
        // keep an unattended session from its idle lock.
        if (spec.access !== 'public' && core.isUnlocked()) core.touch();
        return ok(result, changes);
      } catch (e) {
        const error = toAppError(e);
        if (error.code === 'INTERNAL') onInternal(e);
        return fail(error);
      }
    },
  };
}
