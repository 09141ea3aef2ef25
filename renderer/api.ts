// The typed `window.api` (built by the preload in Electron, by the Chromium bridge in tests and `npm start`).
// Every call goes through here so that a LOCKED answer from the core sends the UI to the unlock screen, and
// the domains a call changed reach the change bus, whose subscribers (registers, drawers, counts) refetch.
import type { Api, AppError, Channel, ChannelInput, ChannelOutput, Result } from '../electron/ipc/contract';
import { publish } from './stores/changes';

declare global {
  interface Window {
    api?: Api;
  }
}

type RawFn = (input: unknown) => Promise<Result<unknown>>;
type RawApi = Record<string, Record<string, RawFn>>;

let lockedListener: (error: AppError) => void = () => {};

/** The session store registers itself here: any LOCKED answer means the session is gone. */
export function onLocked(fn: (error: AppError) => void): void {
  lockedListener = fn;
}

const DISCONNECTED: AppError = {
  code: 'INTERNAL',
  message: '与程序核心的连接中断，操作未完成。请关闭并重新启动保密工作台。',
};

function wrap(raw: RawApi): Api {
  const out: RawApi = {};
  for (const [domain, verbs] of Object.entries(raw)) {
    const ns: Record<string, RawFn> = {};
    for (const [verb, fn] of Object.entries(verbs)) {
      ns[verb] = async (input) => {
        let r: Result<unknown>;
        try {
          r = await fn(input ?? {});
        } catch {
          r = { ok: false, error: DISCONNECTED };
        }
        // A lockout at the unlock screen is an answer to show there, not a lost session.
        if (!r.ok && r.error.code === 'LOCKED' && `${domain}:${verb}` !== 'session:unlock') {
          lockedListener(r.error);
        }
        if (r.ok && r.changes) publish(r.changes);
        return r;
      };
    }
    out[domain] = ns;
  }
  return out as unknown as Api;
}

/** Null when the page was opened without the core behind it (e.g. the built files opened directly). */
export const api: Api | null = window.api ? wrap(window.api as unknown as RawApi) : null;

/** Call a channel by its contract name, e.g. `call('carriers:list', {...})`. */
export function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  if (!api) return Promise.resolve({ ok: false, error: DISCONNECTED });
  const [domain, verb] = channel.split(':') as [string, string];
  const fn = (api as unknown as RawApi)[domain]?.[verb];
  if (!fn)
    return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: `未知的调用：${channel}` } });
  return fn(input) as Promise<Result<ChannelOutput<C>>>;
}
