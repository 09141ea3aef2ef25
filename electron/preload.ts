// Generated from the contract only: one small named function per channel, in namespaces by domain
// (`api.session.unlock(input)`). The renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { channelNames } from './ipc/contract';

const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const name of channelNames) {
  const [domain, verb] = name.split(':') as [string, string];
  (api[domain] ??= {})[verb] = (input?: unknown) => ipcRenderer.invoke(name, input ?? {});
}
contextBridge.exposeInMainWorld('api', api);

// A file dropped on the window carries no path the page may read (the sandbox hides it); the shell tells the
// path of that one File object, which the user chose by dropping it, and nothing else (issue 21, point 4).
contextBridge.exposeInMainWorld('baomiFiles', { pathOf: (file: File) => webUtils.getPathForFile(file) });
