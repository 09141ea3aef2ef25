// `call` and `refused` over a dispatcher: the two ways a test speaks to the core through the contract.
import { expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import type { Dispatcher } from '../../electron/ipc/dispatch';
import type { AppError } from '../../electron/ipc/result';

export interface Calls {
  /** Call a channel and return its value; a refusal fails the test with the error. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Call a channel that must be refused, and return the error. */
  refused<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<AppError>;
}

export function callsOn(api: Dispatcher): Calls {
  return {
    async call(channel, input) {
      const res = await api.dispatch(channel, input);
      if (!res.ok) throw new Error(`${channel} refused: ${JSON.stringify(res.error)}`);
      return res.value as never;
    },
    async refused(channel, input) {
      const res = await api.dispatch(channel, input);
      expect(res.ok, `${channel} should have been refused`).toBe(false);
      if (res.ok) throw new Error('unreachable');
      return res.error;
    },
  };
}
