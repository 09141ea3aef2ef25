import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createRequestFilter,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isAllowedUrl,
  isTrustedSender,
  resolveAppAsset,
} from '../../../electron/core/security/policy';
import { tempDir } from '../../helpers/temp';

const PROD = { dev: false };
const OUTSIDE = [
  'https://example.com/',
  'http://example.com/',
  'http://127.0.0.1:5173/',
  'http://localhost/',
  'ws://localhost:8080/',
  'wss://example.com/socket',
  'ftp://example.com/',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'app://evil/index.html',
  'app://baomi.example.com/index.html',
  'javascript:alert(1)',
  'not a url',
  '',
];

describe('request allow-list: only app:// passes', () => {
  it('the app page and its assets pass', () => {
    for (const u of [`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/assets/index-abc.js`])
      expect(isAllowedUrl(u, PROD), u).toBe(true);
  });

  it('in-memory data: and blob: URLs (fonts, scans) pass; they never leave the process', () => {
    expect(isAllowedUrl('data:font/woff2;base64,AAAA', PROD)).toBe(true);
    expect(isAllowedUrl(`blob:${APP_ORIGIN}/6c1d0e2a-0000-4000-8000-000000000000`, PROD)).toBe(true);
  });

  it('every other scheme, host and malformed URL is refused', () => {
    for (const u of OUTSIDE) expect(isAllowedUrl(u, PROD), u).toBe(false);
  });

  it('devtools pages pass only in development', () => {
    expect(isAllowedUrl('devtools://devtools/bundled/inspector.html', { dev: true })).toBe(true);
    expect(isAllowedUrl('devtools://devtools/bundled/inspector.html', PROD)).toBe(false);
  });
});

describe('request filter: every refused request is cancelled and counted', () => {
  it('cancels outside requests, counts each, and lets the app through', () => {
    const seen: string[] = [];
    const filter = createRequestFilter(PROD, (url, n) => seen.push(`${n} ${url}`));
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      filter({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide(`${APP_ORIGIN}/index.html`)).toBe(false);
    expect(decide('http://127.0.0.1:9222/json')).toBe(true);
    expect(filter.blocked()).toBe(2);
    expect(seen).toEqual(['1 https://example.com/', '2 http://127.0.0.1:9222/json']);
  });
});

describe('permissions, navigation and new windows', () => {
  it('every permission is denied, from any origin', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'fileSystem',
      'window-management',
      'unknown',
    ];
    for (const p of permissions) {
      expect(decidePermission(p, `${APP_ORIGIN}/index.html`), p).toBe(false);
      expect(decidePermission(p, 'https://example.com/'), p).toBe(false);
    }
  });

  it('navigation is refused, even to another app:// page', () => {
    expect(decideNavigation(`${APP_ORIGIN}/index.html`, 'https://example.com/')).toBe('deny');
    expect(decideNavigation(`${APP_ORIGIN}/index.html`, 'file:///etc/passwd')).toBe('deny');
    expect(decideNavigation(`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/other.html`)).toBe('deny');
  });

  it('window.open and target=_blank never open a window', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny' });
    expect(decideWindowOpen(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
  });
});

describe('IPC sender check', () => {
  it('only the top-level frame of the app page may call', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('app:// asset mapping', () => {
  it('serves files inside the renderer folder with their type, and nothing outside it', () => {
    const root = tempDir();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    expect(resolveAppAsset(root, `${APP_ORIGIN}/`)).toEqual({
      path: join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/a.woff2`)?.mime).toBe('font/woff2');
    // The URL parser already clamps dot segments at the root, so this stays inside the folder.
    expect(resolveAppAsset(root, `${APP_ORIGIN}/%2e%2e/%2e%2e/secret.js`)?.path).toBe(
      join(root, 'secret.js'),
    );
    for (const u of [
      `${APP_ORIGIN}/..%2F..%2Fetc%2Fpasswd.html`,
      `${APP_ORIGIN}/assets/%00.js`,
      `${APP_ORIGIN}/%E0%A4%A.js`,
      `${APP_ORIGIN}/baomi.db`,
      'app://other/index.html',
      'file:///etc/passwd',
    ])
      expect(resolveAppAsset(root, u), u).toBeNull();
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("starts from default-src 'none' and allows scripts only from the app itself", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no remote host, no eval and no inline script anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-eval|wasm-unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});
