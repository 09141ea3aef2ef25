// A channel's answer held by a component (a drawer's record, a small list, a count): read when the input
// changes, and read again after each write that changed one of the domains it shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { call } from '../api';
import { useOnChange, type Watched } from './changes';

export interface Loaded<T> {
  /** The answer for the current input; null while the first answer for it is on its way, or on an error. */
  value: T | null;
  error: string | null;
  /** The current input was asked for and no answer came yet (a refetch after a change keeps the value). */
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * `input` null: nothing to read (e.g. a drawer with no record open). `keep`: while the answer for a new input
 * is on its way, show the previous one (a table turning pages), rather than nothing (a drawer's new record).
 */
export function useLoad<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
  on: Watched,
  keep = false,
): Loaded<ChannelOutput<C>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{
    key: string | null;
    value: ChannelOutput<C> | null;
    error: string | null;
  }>({
    key: null,
    value: null,
    error: null,
  });
  // Only the newest request may set the answer (the input changed, or two writes came in a row).
  const seq = useRef(0);
  const reload = useCallback(async () => {
    if (key === null) return;
    const mine = ++seq.current;
    const r = await call(channel, JSON.parse(key) as ChannelInput<C>);
    if (mine !== seq.current) return;
    // A failed refetch keeps what was shown, with the error beside it.
    setState((prev) =>
      r.ok
        ? { key, value: r.value, error: null }
        : { key, value: prev.key === key ? prev.value : null, error: r.error.message },
    );
  }, [channel, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useOnChange(on, () => void reload());
  const current = key !== null && state.key === key;
  return {
    value: current || (keep && key !== null) ? state.value : null,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload,
  };
}
