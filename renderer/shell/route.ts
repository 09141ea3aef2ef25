// Hash routes (`#/reg/carriers`): the page survives a reload and needs no server-side routing under app://.
import { useSyncExternalStore } from 'react';

function current(): string {
  return window.location.hash.replace(/^#\/?/, '') || 'home';
}

function subscribe(fn: () => void): () => void {
  window.addEventListener('hashchange', fn);
  return () => window.removeEventListener('hashchange', fn);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, current);
}

export function navigate(route: string): void {
  window.location.hash = `#/${route}`;
}
