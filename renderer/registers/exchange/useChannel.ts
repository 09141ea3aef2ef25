// One channel call at a time per form: busy while it runs, the core's 中文 error kept to show beside it.
import { useCallback, useState } from 'react';
import type { AppError, Channel, ChannelInput, ChannelOutput } from '../../../electron/ipc/contract';
import { call } from '../../api';

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
