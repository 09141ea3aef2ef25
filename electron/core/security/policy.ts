import { extname, join, normalize, sep } from 'node:path';

/**
 * Shell policy as pure functions, so every decision is tested in plain Node. The Electron wiring in
 * electron/security.ts only hands Electron's events to these functions.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'baomi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `default-src 'none'` and only what the UI needs:
 * - script-src 'self': the bundled renderer only. No inline script and no eval: React, antd and Vite's
 *   output need neither.
 * - style-src 'self' 'unsafe-inline': antd 6 styles itself with CSS-in-JS, injecting <style> elements at
 *   run time. antd can put a nonce on those (ConfigProvider `csp`), but several of its rc-* components set
 *   `style` attributes by markup (e.g. the auto-sized TextArea, react-component/textarea#14), which a nonce
 *   does not cover, so the UI breaks without 'unsafe-inline'. The usual risk of inline CSS is exfiltration
 *   through url(): here images and fonts come only from the app or data:, and every request that is not
 *   app:// is cancelled in the session anyway.
 * - font-src 'self' data:: the bundled @fontsource Noto Sans SC woff2 files; Vite inlines files under
 *   4 KiB (some unicode-range subsets) as data: URLs.
 * - img-src 'self' data: blob:: Vite-inlined small images, and scans of signed paper approvals shown from
 *   memory (blob:/data:), never fetched from outside.
 * - connect-src 'none': the renderer talks to main only through the preload's IPC functions.
 * Everything else (objects, frames, workers, forms, base URI, being framed) is refused outright.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ShellMode {
  /** Development run (unpackaged and BAOMI_DEV=1): devtools may open and load their own pages. */
  dev: boolean;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True for the app's own pages. WHATWG `URL.origin` is the string "null" for a non-special scheme such as
 * app:, so protocol and host are compared, never the origin.
 */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * The request allow-list: the app's own origin, plus data:/blob: URLs that never leave the process. The
 * devtools' own pages pass only in development (in production the devtools cannot open at all).
 */
export function isAllowedUrl(raw: string, mode: ShellMode = { dev: false }): boolean {
  if (isAppUrl(raw)) return true;
  const url = parse(raw);
  if (url === null) return false;
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return mode.dev && url.protocol === 'devtools:';
}

export interface RequestFilter {
  (details: { url: string }, callback: (response: { cancel: boolean }) => void): void;
  /** Requests cancelled since start. */
  readonly blocked: () => number;
}

/** The session's onBeforeRequest listener: cancels and counts every request the allow-list refuses. */
export function createRequestFilter(
  mode: ShellMode,
  onBlocked: (url: string, count: number) => void,
): RequestFilter {
  let blocked = 0;
  const filter = (details: { url: string }, callback: (response: { cancel: boolean }) => void): void => {
    const allowed = isAllowedUrl(details.url, mode);
    if (!allowed) onBlocked(details.url, ++blocked);
    callback({ cancel: !allowed });
  };
  return Object.assign(filter, { blocked: () => blocked });
}

/**
 * Every permission (camera, microphone, notifications, clipboard, geolocation, HID, serial, USB,
 * fullscreen, openExternal …) is refused, whatever the origin: the registers need none of them. Printing
 * and saving files go through main, which needs no renderer permission.
 */
export function decidePermission(_permission: string, _requestingUrl?: string): false {
  return false;
}

/**
 * The UI is one page with in-app routing, so no navigation is ever legitimate: a link, a drag-dropped file
 * or a script changing `location` would move the window off the app, away from its CSP and IPC checks.
 */
export function decideNavigation(_fromUrl: string, _toUrl: string): 'deny' {
  return 'deny';
}

/** window.open and target=_blank links never open a window (and never the system browser). */
export function decideWindowOpen(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * An IPC call is served only when it comes from the top-level frame of the app's own page. A null frame
 * (navigated away or destroyed) or any sub-frame is refused.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Map an `app://baomi/…` URL to a file inside the renderer folder; anything that escapes it is refused. */
export function resolveAppAsset(rootDir: string, raw: string): { path: string; mime: string } | null {
  if (!isAppUrl(raw)) return null;
  const url = new URL(raw);
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = normalize(rootDir);
  const full = normalize(join(root, rel));
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const mime = MIME[extname(full).toLowerCase()];
  return mime ? { path: full, mime } : null;
}
