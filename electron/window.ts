import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './security';

export interface WindowOptions {
  preloadDir: string;
  /** Development only (main.ts decides); a packaged build never opens the devtools. */
  devTools: boolean;
  /** Keep the window out of screenshots and screen capture (Windows, macOS); see core/security/startup.ts. */
  contentProtection: boolean;
}

/** The main window. Every security-relevant preference is written out, never left to a default. */
export function createMainWindow({ preloadDir, devTools, contentProtection }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    title: '保密工作台',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window (denied anyway; one path fewer).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (contentProtection) win.setContentProtection(true);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
