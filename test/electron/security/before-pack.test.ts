import { Arch } from 'builder-util';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archName,
  stageNativeModule,
  stagingDir,
  type RebuildRequest,
} from '../../../scripts/before-pack.mjs';
import { tempDir } from '../../helpers/temp';

/** A project whose node_modules holds a (fake) Node-ABI build of the SQLite module, as after `npm ci`. */
function fakeProject(): string {
  const root = tempDir();
  const mod = join(root, 'node_modules', 'better-sqlite3');
  mkdirSync(join(mod, 'build', 'Release'), { recursive: true });
  mkdirSync(join(mod, 'src'));
  mkdirSync(join(mod, 'lib'));
  writeFileSync(join(root, 'package.json'), '{"name":"p","version":"1.0.0"}');
  writeFileSync(join(mod, 'package.json'), '{"name":"better-sqlite3-multiple-ciphers","version":"12.11.1"}');
  writeFileSync(join(mod, 'binding.gyp'), '{}');
  writeFileSync(join(mod, 'src', 'better_sqlite3.cpp'), '// source');
  writeFileSync(join(mod, 'lib', 'index.js'), 'module.exports = {};');
  writeFileSync(join(mod, 'build', 'Release', 'better_sqlite3.node'), 'node-abi build');
  return root;
}

/** Stands in for @electron/rebuild: writes what a successful Electron build leaves behind. */
function fakeRebuild(seen: RebuildRequest[], bytes = 'electron-abi build') {
  return async (req: RebuildRequest) => {
    seen.push(req);
    const release = join(req.buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release');
    mkdirSync(release, { recursive: true });
    writeFileSync(join(release, 'better_sqlite3.node'), bytes);
  };
}

describe('native module for Electron, staged apart from the Node build', () => {
  it('names the staging folder per target as electron-builder.yml reads it', () => {
    expect(archName(Arch.x64)).toBe('x64');
    expect(archName(Arch.arm64)).toBe('arm64');
    expect(archName(Arch.ia32)).toBe('ia32');
    expect(stagingDir('/p', 'linux', Arch.arm64)).toBe(join('/p', 'dist', 'native', 'linux-arm64'));
  });

  it('rebuilds a staging copy for the target and never touches the Node-ABI build npm test uses', async () => {
    const root = fakeProject();
    const seen: RebuildRequest[] = [];
    const out = await stageNativeModule({
      projectDir: root,
      platform: 'win32',
      arch: Arch.x64,
      electronVersion: '45.4.1',
      rebuild: fakeRebuild(seen),
    });
    const stage = join(root, 'dist', 'native', 'win32-x64');
    expect(out).toBe(join(stage, 'better_sqlite3.node'));
    expect(readFileSync(out, 'utf8')).toBe('electron-abi build');
    expect(seen).toEqual([
      expect.objectContaining({
        buildPath: stage,
        electronVersion: '45.4.1',
        platform: 'win32',
        arch: 'x64',
        onlyModules: ['better-sqlite3'],
        force: true,
      }),
    ]);
    expect(existsSync(join(stage, 'node_modules', 'better-sqlite3', 'src', 'better_sqlite3.cpp'))).toBe(true);
    const nodeBuild = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(readFileSync(nodeBuild, 'utf8')).toBe('node-abi build');
  });

  it('refuses a rebuild that produced a Node-ABI binary (node-gyp pointed at Node headers)', async () => {
    const root = fakeProject();
    const realNodeBuild = join(
      createRequire(import.meta.url).resolve('better-sqlite3/package.json'),
      '..',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const nodeAbiRebuild = async (req: RebuildRequest) => {
      const release = join(req.buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release');
      mkdirSync(release, { recursive: true });
      copyFileSync(realNodeBuild, join(release, 'better_sqlite3.node'));
    };
    await expect(
      stageNativeModule({
        projectDir: root,
        platform: process.platform,
        arch: process.arch,
        electronVersion: '45.4.1',
        rebuild: nodeAbiRebuild,
      }),
    ).rejects.toThrow(/Node-ABI binary/);
  });

  it('fails loudly when the rebuild leaves no binary', async () => {
    const root = fakeProject();
    await expect(
      stageNativeModule({
        projectDir: root,
        platform: 'linux',
        arch: Arch.arm64,
        electronVersion: '45.4.1',
        rebuild: async () => undefined,
      }),
    ).rejects.toThrow(/left no better_sqlite3.node/);
  });
});
