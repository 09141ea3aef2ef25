// Main process: refuse debuggers, single instance, the hardened session and its self-test, the core over
// the encrypted database, IPC from the contract, one window.
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor } from 'electron';
import { join } from 'node:path';
import { useNativeBinding } from '../db/open';
import { AppCore } from './core/app-core';
import { runSelfTest, selfTestMessage } from './core/security/self-test';
import { IdleLock } from './core/session/idle-lock';
import { contentProtectionFor, refusalReason } from './core/security/startup';
import { NATIVE_HASHES_FILE, nativeModuleRefusal } from './core/security/native-module';
import { createDispatcher } from './ipc/dispatch';
import { allHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { hardenContents, hardenSession, isTrustedFrame, registerAppScheme } from './security';
import { createMainWindow } from './window';

const TITLE = '保密工作台';
const isDev = !app.isPackaged && process.env.BAOMI_DEV === '1';

function stop(message: string): void {
  dialog.showErrorBox(TITLE, message);
  app.exit(1);
}

// Chromium's own parse of the command line, in case it accepts a spelling the argv check does not.
const chromiumDebug = ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'].find((s) =>
  app.commandLine.hasSwitch(s),
);
const refusal =
  refusalReason(process.argv, process.env) ??
  (chromiumDebug ? `检测到调试参数（--${chromiumDebug}），程序拒绝启动。` : null);

if (refusal !== null) {
  stop(refusal);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  registerAppScheme();
  // The packaged app carries the Electron-ABI SQLite module outside app.asar (scripts/before-pack.mjs).
  if (app.isPackaged) {
    const binary = join(process.resourcesPath, 'native', 'better_sqlite3.node');
    const swapped = nativeModuleRefusal(
      binary,
      join(__dirname, NATIVE_HASHES_FILE),
      `${process.platform}-${process.arch}`,
    );
    if (swapped !== null) return stop(swapped);
    useNativeBinding(binary);
  }
  // The default menu's Help entries open electronjs.org in the system browser; production has no menu.
  if (!isDev) Menu.setApplicationMenu(null);

  const core = new AppCore({
    dbPath: process.env.BAOMI_DB ?? join(app.getPath('userData'), 'baomi.db'),
    // Print routes become PDF files through the window that shows them; the core names, writes and audits.
    shell: {
      pagePdf: async () => {
        const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        if (!win) throw new Error('no window to print');
        return win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      },
      // The system's dialogs, modal to the window; the core only ever learns the path the clerk chose.
      pickPath: async (req) => {
        const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        if (!win) return null;
        const filters = req.extensions.length
          ? [{ name: req.filterName, extensions: [...req.extensions] }]
          : [];
        if (req.mode === 'save') {
          const defaultPath =
            req.startIn && req.suggestedName
              ? join(req.startIn, req.suggestedName)
              : (req.suggestedName ?? req.startIn);
          const r = await dialog.showSaveDialog(win, {
            title: req.title,
            filters,
            ...(defaultPath ? { defaultPath } : {}),
            properties: ['showOverwriteConfirmation', 'createDirectory'],
          });
          return r.canceled || !r.filePath ? null : r.filePath;
        }
        const r = await dialog.showOpenDialog(win, {
          title: req.title,
          filters,
          ...(req.startIn ? { defaultPath: req.startIn } : {}),
          properties: req.mode === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
  });
  const dispatcher = createDispatcher(core, allHandlers(), (e) => console.error('internal error', e));

  app.on('web-contents-created', (_e, contents) => hardenContents(contents));
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => {
    core.detach();
    app.quit();
  });

  void app.whenReady().then(async () => {
    const filter = hardenSession(join(__dirname, '..', 'renderer'), { dev: isDev }, (url, count) =>
      console.warn(`blocked request #${count}: ${url}`),
    );
    const failures = await runSelfTest(filter);
    if (failures.length > 0) return stop(selfTestMessage(failures));
    registerIpc(ipcMain, dispatcher, isTrustedFrame);
    // Keyboard and mouse idle time of the whole system, not just of this window (DOMAIN.md: 10 minutes).
    const idle = new IdleLock(core, () => powerMonitor.getSystemIdleTime() * 1000);
    // The renderer notices at its next call or state poll and shows the unlock screen.
    setInterval(() => idle.tick(), 5_000);
    createMainWindow({
      preloadDir: __dirname,
      devTools: isDev,
      contentProtection: contentProtectionFor(process.platform, process.env),
    });
  });
}
