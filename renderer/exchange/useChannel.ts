// One channel call at a time per form: busy while it runs, the core's 中文 error kept to show beside it.
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Channel, ChannelInput, ChannelOutput } from '../../electron/ipc/contract';
import { call } from '../api';

export function useChannel<C extends Channel>(channel: C) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(
    async (input: ChannelInput<C>): Promise<ChannelOutput<C> | null> => {
      setBusy(true);
      setError(null);
      try {
        const r = await call(channel, input);
        if (!r.ok) {
          setError(r.error);
          return null;
        }
        return r.value;
      } finally {
        setBusy(false);
      }
    },
    [channel],
  );
  return { run, busy, error, setError };
}

/** Load a channel's answer on mount, whenever `version` changes, and on `reload`. */
export function useLoad<C extends Channel>(channel: C, input: ChannelInput<C>, version = 0) {
  const [value, setValue] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const fetchIt = useCallback(
    () =>
      call(channel, JSON.parse(key) as ChannelInput<C>).then((r) => {
        if (r.ok) {
          setValue(r.value);
          setError(null);
        } else setError(r.error.message);
      }),
    [channel, key],
  );
  useEffect(() => {
    void fetchIt();
  }, [fetchIt, version]);
  return { value, error, reload: fetchIt };
}
