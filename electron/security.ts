// Shell security (DESIGN.md, Security of the shell). Every decision is a pure function in
// core/security/policy.ts, tested in Node; this file only hands Electron's events to them.
import { app, protocol, session, type WebContents, type WebFrameMain } from 'electron';
import { readFile } from 'node:fs/promises';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  createRequestFilter,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isAppUrl,
  isTrustedSender,
  resolveAppAsset,
  type RequestFilter,
  type ShellMode,
} from './core/security/policy';

export { APP_ORIGIN };

/** Must run before `app.ready`: sandbox every renderer and make app:// a secure standard scheme. */
export function registerAppScheme(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false },
    },
  ]);
}

/**
 * Serve the built renderer from app:// (never file://), cancel and count every other request, put the CSP
 * on every app response, and refuse every permission. Returns the request filter so the self-test can
 * probe the very listener the session uses.
 */
export function hardenSession(
  rendererDir: string,
  mode: ShellMode,
  onBlocked: (url: string, count: number) => void,
): RequestFilter {
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
  const filter = createRequestFilter(mode, onBlocked);
  ses.webRequest.onBeforeRequest(filter);
  // Belt and braces: should any other handler ever answer an app:// request, it still carries the CSP.
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({});
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.on('will-download', (e) => e.preventDefault());
  return filter;
}

/** Applied to every WebContents ever created (app 'web-contents-created'). */
export function hardenContents(contents: WebContents): void {
  const deny = (e: { preventDefault: () => void }, url: string): void => {
    if (decideNavigation(contents.getURL(), url) === 'deny') e.preventDefault();
  };
  contents.on('will-navigate', (e) => deny(e, e.url));
  contents.on('will-frame-navigate', (e) => deny(e, e.url));
  contents.on('will-redirect', (e) => deny(e, e.url));
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url));
}

export function isTrustedFrame(frame: WebFrameMain | null): boolean {
  return isTrustedSender(frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null });
}
