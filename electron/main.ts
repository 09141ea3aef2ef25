// Main process: single instance, the core over the encrypted database, IPC from the contract, one window.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { AppCore } from './core/app-core';
import { createDispatcher } from './ipc/dispatch';
import { allHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { hardenContents, hardenSession, isTrustedFrame, registerAppScheme } from './security';
import { createMainWindow } from './window';

const isDev = !app.isPackaged && process.env.BAOMI_DEV === '1';

if (process.argv.some((a) => a.startsWith('--remote-debugging-port') || a.startsWith('--inspect'))) {
  // A debugger attached to main could read the data key; refuse to start at all.
  dialog.showErrorBox('保密工作台', '检测到调试参数（--inspect / --remote-debugging-port），程序拒绝启动。');
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let blocked = 0;
  const core = new AppCore({ dbPath: process.env.BAOMI_DB ?? join(app.getPath('userData'), 'baomi.db') });
  const dispatcher = createDispatcher(core, allHandlers(), (e) => console.error('internal error', e));

  app.on('web-contents-created', (_e, contents) => hardenContents(contents));
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => {
    core.detach();
    app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(join(__dirname, '..', 'renderer'), (url) => {
      blocked++;
      console.warn(`blocked request #${blocked}: ${url}`);
    });
    registerIpc(ipcMain, dispatcher, isTrustedFrame);
    createMainWindow(__dirname, isDev);
  });
}
