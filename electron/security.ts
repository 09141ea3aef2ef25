// Shell security (DESIGN.md, Security of the shell). Policy decisions are pure functions in
// core/security/policy.ts, tested in Node; this file only wires them into Electron.
import { app, protocol, session, type WebContents, type WebFrameMain } from 'electron';
import { readFile } from 'node:fs/promises';
import {
  isAllowedUrl,
  resolveAppAsset,
  APP_SCHEME,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
} from './core/security/policy';

export { APP_ORIGIN };

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false },
    },
  ]);
}

/** Serve the built renderer from `app://` (never file://) and cancel every other request. */
export function hardenSession(rendererDir: string, onBlocked: (url: string) => void): void {
  const ses = session.defaultSession;
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rendererDir, request.url);
    if (!asset) return new Response('Not found', { status: 404 });
    const body = await readFile(asset.path);
    return new Response(body, {
      headers: {
        'content-type': asset.mime,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedUrl(details.url);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function isTrustedFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && isAllowedUrl(frame.url) && new URL(frame.url).origin === APP_ORIGIN;
}
