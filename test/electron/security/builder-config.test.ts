import { Arch } from 'builder-util';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingDir } from '../../../scripts/before-pack.mjs';

// Validated offline against the schema electron-builder itself uses (TOOLCHAIN.md trap 3): no packaging here.
const root = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, log: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (): Config => yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const validate = (config: unknown) =>
  validateConfiguration(config, { isEnabled: false, add: () => undefined });
const targets = (platform: Config): Record<string, string[]> =>
  Object.fromEntries((platform.target as Config[]).map((t) => [t.target, t.arch]));

const ALLOWED_FILES = [
  'package.json',
  'dist/electron/**',
  'dist/renderer/**',
  'dist/db/migrations/**',
  'db/migrations/**',
];

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 schema validation', async () => {
    await expect(validate(load())).resolves.toBeUndefined();
  });

  it('a misspelt or mistyped config fails validation', async () => {
    const c = load();
    await expect(validate({ ...c, nsis: { ...c.nsis, oneClik: false } })).rejects.toThrow(/configuration/);
    await expect(validate({ ...c, nsis: { ...c.nsis, perMachine: 'maybe' } })).rejects.toThrow(
      /configuration/,
    );
    await expect(validate({ ...c, win: { ...c.win, unknownOption: 1 } })).rejects.toThrow(/configuration/);
    await expect(validate({ ...c, publishh: null })).rejects.toThrow(/configuration/);
  });

  it('names the product and packs the app into asar', () => {
    const c = load();
    expect(c.productName).toBe('保密工作台');
    expect(c.appId).toMatch(/^[a-z][\w.-]+$/);
    expect(c.asar).toBe(true);
  });

  it('has no publish provider and no update feed', () => {
    const c = load();
    expect(c.publish).toBeNull();
    expect(c.win.publish ?? null).toBeNull();
    expect(c.linux.publish ?? null).toBeNull();
    expect(c.detectUpdateChannel).toBe(false);
    expect(c.nsis.differentialPackage).toBe(false);
    expect(JSON.stringify(c)).not.toMatch(/nsis-web|squirrel|electron-updater|https?:/);
  });

  it('ships only the built app and the migrations: no sources, tests or database files', () => {
    const files = load().files as string[];
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual([...ALLOWED_FILES].sort());
    for (const f of included)
      expect(f).not.toMatch(/^(src|test|electron|renderer|scripts)\/|^\*\*|\.db|\.keyring/);
    // The Node-ABI SQLite binary stays out, so the packaged app can only load the Electron one.
    expect(files).toContain('!node_modules/better-sqlite3/build/**');
  });

  it('makes offline Windows installers (nsis per-machine, portable) for x64', () => {
    const c = load();
    expect(targets(c.win)).toEqual({ nsis: ['x64'], portable: ['x64'] });
    expect(c.nsis.oneClick).toBe(false);
    expect(c.nsis.perMachine).toBe(true);
    expect(c.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('makes deb and AppImage for x64 and arm64 (麒麟 / 统信)', () => {
    expect(targets(load().linux)).toEqual({ deb: ['x64', 'arm64'], AppImage: ['x64', 'arm64'] });
  });

  it('runs the native-module and fuse hooks, and never rebuilds node_modules in place', async () => {
    const c = load();
    expect(c.npmRebuild).toBe(false);
    expect(c.electronFuses).toBeUndefined();
    const before = await import(join(root, c.beforePack));
    const after = await import(join(root, c.afterPack));
    expect(typeof before.default).toBe('function');
    expect(typeof after.default).toBe('function');
  });

  it('ships the staged Electron-ABI binary from the folder the beforePack hook fills', () => {
    const c = load();
    for (const [platform, section] of [
      ['win32', c.win],
      ['linux', c.linux],
    ] as const) {
      const [res] = section.extraResources as [Config];
      const staged = relative(root, stagingDir(root, platform, Arch.x64))
        .split('\\')
        .join('/');
      expect(res.from.replace('${arch}', 'x64')).toBe(staged);
      expect(res.to).toBe('native');
      expect(res.filter).toEqual(['better_sqlite3.node']);
    }
  });
});
