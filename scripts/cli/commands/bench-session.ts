// Bench lines for what the clerk waits for besides the registers (issue 20 point 1): the home page's reminders,
// an unlock after the screen was locked (the key derivation and the audit walk from its checkpoint), and a cold
// start (a new core over the file, unlocked, the reminders read), each through the channels as the page asks.
import type { AppCore } from '../../../electron/core/app-core';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { call, coreFor, dispatcherFor } from '../session';
import { benchLine } from './bench-line';

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function sessionLines(
  core: AppCore,
  api: Dispatcher,
  username: string,
  password: string,
  n: number,
): Promise<object[]> {
  const home: number[] = [];
  for (let i = 0; i < n; i++) home.push(await timed(() => call(api, 'reminders:list', {})));
  const unlock: number[] = [];
  for (let i = 0; i < 5; i++) {
    await call(api, 'session:lock', {});
    unlock.push(await timed(() => call(api, 'session:unlock', { username, password })));
  }
  const start: number[] = [];
  for (let i = 0; i < 3; i++) {
    let cold: AppCore | null = null;
    start.push(
      await timed(async () => {
        cold = coreFor(core.dbPath);
        const coldApi = dispatcherFor(cold);
        await call(coldApi, 'session:unlock', { username, password });
        await call(coldApi, 'reminders:list', {});
      }),
    );
    (cold as AppCore | null)?.detach();
  }
  return [
    benchLine('home_reminders', home),
    benchLine('unlock', unlock),
    benchLine('startup_to_home', start),
  ];
}
