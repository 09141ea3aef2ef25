import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// No network, ever (DESIGN.md): no source outside test/ may use a network API or name a remote URL.
const root = join(import.meta.dirname, '../../..');
const SCANNED = ['electron', 'renderer', 'db', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|html)$/;

const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /(^|[^\w.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['net.request', /\bnet\s*\.\s*request\b/],
  ['http(s).request/get', /\bhttps?\s*\.\s*(request|get)\s*\(/],
  ['autoUpdater', /\bautoUpdater\b/],
  ['electron-updater', /electron-updater/],
  ['shell.openExternal', /\bopenExternal\s*\(/],
  [
    'network module',
    /(from\s+|require\s*\(\s*|import\s*\(\s*)['"](node:)?(dns|net|tls|dgram|http2|https|undici)(\/[\w/]*)?['"]/,
  ],
  ['http module', /(from\s+|require\s*\(\s*|import\s*\(\s*)['"](node:)?http['"]/],
  ['remote URL', /\b(https?|wss?|ftp):\/\/(?!www\.w3\.org\/)/],
];

/**
 * Narrow, named exceptions. Each allows only the listed rules in the listed file, nothing else.
 * - The Chromium test bridge and the dev start script serve the built renderer from a loopback HTTP server
 *   (Chromium refuses module scripts from file://, TOOLCHAIN.md trap 6) and point the browser at it; they
 *   run in development and tests only and are not packaged. Their URLs must be loopback.
 * - The self-test feeds outside URLs to the request filter to prove they are cancelled; nothing requests them.
 */
const LOOPBACK_URL = /\b(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/g;
const EXCEPTIONS: { file: RegExp; rules: string[]; check?: (code: string) => string | null }[] = [
  {
    file: /^scripts\/(chromium-bridge\.[\w.]+|start\.mjs)$/,
    rules: ['http module', 'remote URL', 'fetch()'],
    check: (code) => {
      const remote = code.replace(LOOPBACK_URL, '').match(/\b(https?|wss?):\/\/(?!www\.w3\.org\/)\S*/);
      if (remote) return `non-loopback URL ${remote[0]}`;
      if (/\bhttps?\s*\.\s*(request|get)\s*\(/.test(code)) return 'an HTTP client call';
      const listen = [...code.matchAll(/\.listen\s*\(([^)]*)\)/g)].map((m) => m[1] ?? '');
      const bad = listen.find((args) => !/['"](127\.0\.0\.1|localhost|::1)['"]/.test(args));
      return bad === undefined ? null : `a server not bound to loopback: listen(${bad})`;
    },
  },
  { file: /^electron\/core\/security\/self-test\.ts$/, rules: ['remote URL'] },
];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (SOURCE.test(name)) yield full;
  }
}

/**
 * Drop comment lines, trailing `// …` comments (a `//` inside 'app://…' is preceded by a colon, kept) and
 * type-only imports, which vanish at compile time and cannot reach a network.
 */
function code(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*(\/\/|\/?\*)/.test(l) && !/^\s*import\s+type\s/.test(l))
    .map((l) => l.replace(/(^|\s)\/\/.*$/, ''))
    .join('\n');
}

export function networkUses(path: string, text: string): string[] {
  const src = code(text);
  const exception = EXCEPTIONS.find((e) => e.file.test(path));
  const found = NETWORK_APIS.filter(([name, re]) => re.test(src) && !exception?.rules.includes(name)).map(
    ([name]) => `${path}: ${name}`,
  );
  const extra = exception?.check?.(src);
  if (extra) found.push(`${path}: ${extra}`);
  return found;
}

describe('no network, ever', () => {
  it('no source in electron/, renderer/, db/ or scripts/ uses a network API or a remote URL', () => {
    const uses: string[] = [];
    for (const dir of SCANNED) {
      for (const file of files(join(root, dir))) {
        uses.push(...networkUses(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8')));
      }
    }
    expect(uses).toEqual([]);
  });

  it('the scan finds each kind of network use', () => {
    const samples = [
      "await fetch('/x');",
      'new XMLHttpRequest();',
      "new WebSocket('ws://x');",
      "net.request({ url: 'x' });",
      'https.get(u, cb);',
      "import { autoUpdater } from 'electron-updater';",
      "import { lookup } from 'node:dns';",
      "const http = require('http');",
      'shell.openExternal(url);',
      "const u = 'https://example.com/api';",
    ];
    for (const s of samples) expect(networkUses('electron/x.ts', s), s).not.toEqual([]);
    expect(networkUses('electron/x.ts', "const ns = 'http://www.w3.org/2000/svg';")).toEqual([]);
    expect(
      networkUses('electron/x.ts', "// see https://example.com/docs\nconst a = 'app://baomi/';"),
    ).toEqual([]);
  });

  it('the bridge exception allows a loopback server and nothing more', () => {
    const bridge = 'scripts/chromium-bridge.ts';
    const ok =
      "import { createServer } from 'node:http';\nserver.listen(0, '127.0.0.1');\npage.goto(`http://127.0.0.1:${port}/`);";
    expect(networkUses(bridge, ok)).toEqual([]);
    expect(
      networkUses(bridge, "import { createServer } from 'node:http';\nserver.listen(8080);"),
    ).not.toEqual([]);
    expect(networkUses(bridge, "page.goto('https://example.com/');")).not.toEqual([]);
    expect(networkUses(bridge, "import { request } from 'node:https';")).not.toEqual([]);
    expect(networkUses('electron/main.ts', ok)).not.toEqual([]);
  });
});
