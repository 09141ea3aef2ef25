// The change bus: every ok Result names the domains its committed writes changed (`changes`), and api.ts
// publishes them here. A view subscribes to the domains it shows and refetches when one of them changed, so
// no page reloads anything by hand after a write (STYLE.md 7, as Actual's liveQuery on its sync events).
import { useEffect, useRef } from 'react';
import type { Domain } from '../../db/domain/domains';

/** The domains a view shows, or `'any'` for a view that summarises them all (the home reminders). */
export type Watched = readonly Domain[] | 'any';

type Listener = (changed: readonly Domain[]) => void;

const listeners = new Set<{ on: Watched; fn: Listener }>();

/** Tell every view showing one of `changed` (once per view, however many of its domains changed). */
export function publish(changed: readonly Domain[]): void {
  if (!changed.length) return;
  // A copy: a listener may unsubscribe (its view unmounts) while the others are called.
  for (const l of [...listeners]) {
    if (l.on === 'any' || l.on.some((d) => changed.includes(d))) l.fn(changed);
  }
}

/** Call `fn` after each write that changed one of `on`; returns the unsubscribe. */
export function subscribe(on: Watched, fn: Listener): () => void {
  const entry = { on, fn };
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

/** `subscribe` for a mounted component; `fn` may change between renders without resubscribing. */
export function useOnChange(on: Watched, fn: Listener): void {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const key = on === 'any' ? on : [...on].sort().join(',');
  useEffect(
    () => subscribe(key === 'any' ? 'any' : (key.split(',') as Domain[]), (c) => latest.current(c)),
    [key],
  );
}
