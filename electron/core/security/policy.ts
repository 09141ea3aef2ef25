import { extname, join, normalize, sep } from 'node:path';

/**
 * Shell policy as pure functions, so every decision is tested in plain Node. The Electron wiring in
 * electron/security.ts stays thin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'baomi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `default-src 'none'` and only what the UI needs:
 * - script-src 'self': the bundled renderer, no inline script, no eval.
 * - style-src 'self' 'unsafe-inline': antd (CSS-in-JS) injects <style> elements at run time; without this
 *   every component renders unstyled. Styles cannot run code.
 * - font-src / img-src 'self' data: the bundled Noto Sans SC font files, and antd's inline SVG/data icons.
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
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only the app's own origin, plus in-memory data/blob URLs for fonts and scans shown in the page. */
export function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:';
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
  if (!isAllowedUrl(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const root = normalize(rootDir);
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const mime = MIME[extname(full).toLowerCase()];
  return mime ? { path: full, mime } : null;
}
