import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../electron/ipc/contract';

// Stands in for electron's preload API (the binary is absent here): records what the preload exposes and
// which channels it invokes. This test is the review electronegativity's PreloadJSCheck asks for.
const exposed = new Map<string, unknown>();
const invoked: [string, unknown][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  webUtils: { getPathForFile: (f: { name: string }) => `/media/u/${f.name}` },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return { ok: true, value: null };
    },
  },
}));

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe('preload exposes the contract and nothing else', () => {
  it('exposes `api`, with one function per contract channel in namespaces by domain, and the dropped file path', async () => {
    await import('../../../electron/preload');
    expect([...exposed.keys()]).toEqual(['api', 'baomiFiles']);
    // The second object tells the path of a dropped File and has nothing else.
    const files = exposed.get('baomiFiles') as Record<string, (f: unknown) => unknown>;
    expect(Object.keys(files)).toEqual(['pathOf']);
    expect(files.pathOf?.({ name: '报送.bmx' })).toBe('/media/u/报送.bmx');
    const api = exposed.get('api') as Api;
    const names = Object.entries(api).flatMap(([domain, fns]) =>
      Object.entries(fns).map(([verb, fn]) => {
        expect(typeof fn).toBe('function');
        return `${domain}:${verb}`;
      }),
    );
    expect(names.sort()).toEqual([...channelNames].sort());
  });

  it('each function invokes exactly its own channel, so the renderer cannot pick a channel', async () => {
    await import('../../../electron/preload');
    const api = exposed.get('api') as Api;
    const [domain, verb] = (channelNames[0] ?? '').split(':') as [string, string];
    await api[domain]?.[verb]?.({ a: 1 });
    expect(invoked).toContainEqual([channelNames[0], { a: 1 }]);
  });

  it('never hands the renderer ipcRenderer, send, on or any Node object', () => {
    const src = readFileSync(join(import.meta.dirname, '../../../electron/preload.ts'), 'utf8');
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[),]/);
    expect(src).not.toMatch(/ipcRenderer\.(send|on|once|sendSync|postMessage)\b/);
    expect(src).not.toMatch(/require\(|process\.|from 'node:/);
  });
});
