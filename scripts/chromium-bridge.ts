// The Chromium bridge: the built renderer in Debian's Chromium, with `window.api` bound to the real core
// over a real encrypted database. Used by the end-to-end tests and by `npm start` where the Electron binary
// is absent. It mirrors the Electron shell: the same dispatcher, the same window.api shape as the preload,
// the same CSP on every page, the sender's origin checked, and every request off the app's origin cancelled
// and counted.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { AppCore } from '../electron/core/app-core';
import { CONTENT_SECURITY_POLICY, resolveAppAsset } from '../electron/core/security/policy';
import { IdleLock } from '../electron/core/session/idle-lock';
import type { Clock } from '../electron/core/util/clock';
import type { Drive } from '../electron/ipc/schemas/files';
import type { KdfParams } from '../electron/core/vault/kdf';
import { channelNames } from '../electron/ipc/contract';
import { createDispatcher, type Dispatcher } from '../electron/ipc/dispatch';
import { allHandlers } from '../electron/ipc/handlers';
import { fail } from '../electron/ipc/result';

export const ROOT = join(import.meta.dirname, '..');
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const CHROMIUM_PATH = process.env.BAOMI_CHROMIUM ?? '/usr/bin/chromium';

/** Nothing in the background may reach for the network (updates, sync, component downloads). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];

/** The name of the binding the init script turns into `window.api`; not part of the page's API. */
const BINDING = '__baomiInvoke';
/** The one key of a result sent as JSON text (jsonExact). */
const JSON_KEY = '__baomiJson';
/** The page's function that takes a result sent as JSON text straight over the DevTools protocol (answerAsText). */
const DELIVER = '__baomiDeliver';
/** What the binding answers when the result has already reached the page that way. */
const DELIVERED = '__baomiDelivered';

/**
 * Whether JSON text carries `v` exactly: strings, booleans, null, finite numbers (not -0), and arrays and plain
 * objects of those (no undefined, no holes). Such a result crosses to the page as text: Playwright's own
 * serialisation of a large value (the year book's tens of thousands of rows) cost seconds on each side, where
 * JSON costs a fraction. Anything else (a Date, bytes, undefined, NaN) crosses as before, so the page receives
 * what the preload's structured clone gives it either way.
 */
export function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k])) return false;
  return true;
}

export function launchChromium(headless = true): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve the built renderer on 127.0.0.1 (Chromium refuses module scripts from file://). Paths resolve like
 * the app:// protocol handler does (nothing outside the folder), with the same CSP.
 */
/**
 * Like isTrustedSender in the Electron shell: a call is served only from the top frame of the app's own page.
 * A frame inside it (even of the same origin) is refused: it is not the app's UI.
 */
export function bridgeCallAllowed(frame: { url: string; isMainFrame: boolean }, origin: string): boolean {
  return frame.isMainFrame && frame.url.startsWith(`${origin}/`);
}

export async function serveStatic(rootDir = RENDERER_DIR): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const asset = resolveAppAsset(rootDir, `app://baomi${(req.url ?? '/').split('?')[0]}`);
    if (req.method !== 'GET' || !asset) {
      res.writeHead(404).end();
      return;
    }
    readFile(asset.path).then(
      (body) => {
        res.writeHead(200, {
          'content-type': asset.mime,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs in the page before any of its scripts: the same shape the preload builds with contextBridge. */
function installApi(args: {
  binding: string;
  jsonKey: string;
  deliver: string;
  delivered: string;
  names: string[];
}): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const invoke = g[args.binding] as (channel: string, input: unknown, id: string) => Promise<unknown>;
  // Calls whose result may come as JSON text through `deliver` (answerAsText in the bridge), by a name no other
  // document of the page uses: an answer to the document a navigation left is not taken for another call's.
  const waiting = new Map<string, (v: unknown) => void>();
  const doc = `${Date.now()}-${Math.random()}`;
  let calls = 0;
  // (Set through a computed key, as the channels below: tsx names a function written as a property's value.)
  const deliver: Record<string, (id: string, text: string) => void> = {};
  deliver[args.deliver] = (id, text) => {
    const settle = waiting.get(id);
    waiting.delete(id);
    settle?.(JSON.parse(text));
  };
  Object.defineProperty(g, args.deliver, { value: deliver[args.deliver] });
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of args.names) {
    const [domain, verb] = name.split(':') as [string, string];
    // A result that came as JSON text (jsonExact in the bridge) is parsed back here. (No named helper: tsx would
    // wrap it in a __name call the page does not have.)
    (api[domain] ??= {})[verb] = (input?: unknown) =>
      new Promise((resolve, reject) => {
        const id = `${doc}-${++calls}`;
        waiting.set(id, resolve);
        invoke(name, input ?? {}, id).then(
          (r: unknown) => {
            if (r === args.delivered) return;
            waiting.delete(id);
            const text =
              r !== null && typeof r === 'object' ? (r as Record<string, unknown>)[args.jsonKey] : undefined;
            resolve(typeof text === 'string' ? (JSON.parse(text) as unknown) : r);
          },
          (e: unknown) => {
            waiting.delete(id);
            reject(e);
          },
        );
      });
  }
  for (const ns of Object.values(api)) Object.freeze(ns);
  Object.defineProperty(g, 'api', { value: Object.freeze(api), writable: false, configurable: false });
}

export interface BridgeOptions {
  dbPath: string;
  kdf?: KdfParams;
  clock?: Clock;
  rendererDir?: string;
  headless?: boolean;
  /** Lock on idle like the app does (idle = time since the last API call, as in the core's fallback). */
  idleLock?: boolean;
  viewport?: { width: number; height: number };
  onInternal?: (e: unknown) => void;
  /** Reuse a running Chromium (tests share one per file); the bridge then closes only its own context. */
  browser?: Browser;
  /** Folders announced as removable drives (tests); absent: the operating system's own. */
  drives?: () => Promise<Drive[]>;
}

export interface Bridge {
  core: AppCore;
  dispatcher: Dispatcher;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  origin: string;
  /** Every request the page tried to send off the app's origin (each was cancelled). */
  blocked: string[];
  /** Load the app at a route (`home`, `reg/carriers`, …). */
  open(route?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Send a result as JSON text to the main frame of `page` (the only one whose calls are served) as a script over
 * the DevTools protocol; false when that failed, and the binding's own answer must carry it. Playwright answers a
 * binding by calling a function with the result as an argument, which the page's main thread took 12–40 ms to
 * take in for a block of 100 carriers (52k characters), against 2–4 ms as a script: a cost Electron's IPC does not
 * have (issue 20 point 3: the register's jump waited on it).
 */
function textAnswers(context: BrowserContext) {
  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  return async (page: Page, id: string, text: string): Promise<boolean> => {
    try {
      let session = sessions.get(page);
      if (!session) sessions.set(page, (session = context.newCDPSession(page)));
      const { exceptionDetails } = await (
        await session
      ).send('Runtime.evaluate', {
        expression: `globalThis.${DELIVER}(${JSON.stringify(id)}, ${JSON.stringify(text)})`,
      });
      return !exceptionDetails;
    } catch {
      return false;
    }
  };
}

export async function launchBridge(options: BridgeOptions): Promise<Bridge> {
  // The page exists only once the browser is up; the shell port reaches it when a print is asked for.
  let pageRef: Page | null = null;
  const core = new AppCore({
    dbPath: options.dbPath,
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.drives ? { drives: options.drives } : {}),
    shell: {
      pagePdf: async () => {
        if (!pageRef) throw new Error('no page to print');
        return pageRef.pdf({ preferCSSPageSize: true, printBackground: true });
      },
    },
  });
  const dispatcher = createDispatcher(
    core,
    allHandlers(),
    options.onInternal ?? ((e) => console.error('internal error', e)),
  );
  const server = await serveStatic(options.rendererDir ?? RENDERER_DIR);
  const origin = server.origin;
  let browser: Browser;
  try {
    browser = options.browser ?? (await launchChromium(options.headless ?? true));
  } catch (e) {
    await server.close();
    throw e;
  }
  const ownBrowser = !options.browser;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const answerAsText = textAnswers(context);
  // Like isTrustedFrame in the Electron shell: only the app's own page may call the core.
  await context.exposeBinding(BINDING, async (source, channel: unknown, input: unknown, id: unknown) => {
    if (
      !bridgeCallAllowed(
        { url: source.frame.url(), isMainFrame: source.frame.parentFrame() === null },
        origin,
      )
    ) {
      return fail({ code: 'FORBIDDEN', message: '拒绝来自未知页面的调用。' });
    }
    const r = await dispatcher.dispatch(String(channel), input);
    if (!jsonExact(r)) return r;
    const text = JSON.stringify(r);
    return (await answerAsText(source.page, String(id), text)) ? DELIVERED : { [JSON_KEY]: text };
  });
  await context.addInitScript(installApi, {
    binding: BINDING,
    jsonKey: JSON_KEY,
    deliver: DELIVER,
    delivered: DELIVERED,
    names: [...channelNames],
  });
  const page = await context.newPage();
  pageRef = page;

  const idle = new IdleLock(core, () => core.msSinceActivity());
  const timer = options.idleLock ? setInterval(() => idle.tick(), 5_000) : null;

  return {
    core,
    dispatcher,
    browser,
    context,
    page,
    origin,
    blocked,
    async open(route = 'home') {
      await page.goto(`${origin}/index.html#/${route}`);
    },
    async close() {
      if (timer) clearInterval(timer);
      await (ownBrowser ? browser.close() : context.close()).catch(() => {});
      await server.close();
      core.detach();
    },
  };
}
