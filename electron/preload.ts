// Generated from the contract only: one small named function per channel, in namespaces by domain
// (`api.session.unlock(input)`). The renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from './ipc/contract';

const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const name of channelNames) {
  const [domain, verb] = name.split(':') as [string, string];
  (api[domain] ??= {})[verb] = (input?: unknown) => ipcRenderer.invoke(name, input ?? {});
}
contextBridge.exposeInMainWorld('api', api);
