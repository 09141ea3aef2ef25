import { Arch } from 'builder-util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NATIVE_HASHES_FILE,
  nativeModuleRefusal,
  sha256File,
} from '../../../electron/core/security/native-module';
import { refusalReason } from '../../../electron/core/security/startup';
import { stageNativeModule, type RebuildRequest } from '../../../scripts/before-pack.mjs';
import { tempDir } from '../../helpers/temp';

const EXE = ['/opt/baomi/baomi-desk'];

describe('start-up refusals (issue 22, point 7)', () => {
  it('start_refuses_unsafe_switches: command prefixes, launchers, no sandbox and no web security', () => {
    for (const arg of [
      '--renderer-cmd-prefix=gdb --args',
      '--utility-cmd-prefix=strace',
      '--gpu-launcher=/tmp/x',
      '--no-sandbox',
      '--disable-web-security',
      '-No-Sandbox',
    ]) {
      expect(refusalReason([...EXE, arg], {}), arg).toMatch(/拒绝启动/);
    }
  });

  it('start_refuses_loader_env: LD_PRELOAD, DYLD_* and any NODE_OPTIONS', () => {
    expect(refusalReason(EXE, { LD_PRELOAD: '/tmp/hook.so' })).toMatch(/LD_PRELOAD/);
    expect(refusalReason(EXE, { DYLD_INSERT_LIBRARIES: '/tmp/hook.dylib' })).toMatch(/DYLD_INSERT_LIBRARIES/);
    expect(refusalReason(EXE, { NODE_OPTIONS: '--max-old-space-size=4096' })).toMatch(/NODE_OPTIONS/);
    expect(refusalReason(EXE, { LD_PRELOAD: '', NODE_OPTIONS: ' ' })).toBeNull();
  });

  it('native_module_hash: the module outside app.asar must match the SHA-256 recorded at packaging', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"name":"p","version":"1.0.0"}');
    writeFileSync(
      join(root, 'node_modules', 'better-sqlite3', 'package.json'),
      '{"name":"better-sqlite3-multiple-ciphers","version":"12.11.1"}',
    );
    // Packaging records the staged module's hash where app.asar takes it from.
    const binary = await stageNativeModule({
      projectDir: root,
      platform: 'win32',
      arch: Arch.x64,
      electronVersion: '45.4.1',
      rebuild: async (req: RebuildRequest) => {
        const release = join(req.buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release');
        mkdirSync(release, { recursive: true });
        writeFileSync(join(release, 'better_sqlite3.node'), 'electron-abi build');
      },
    });
    const hashes = join(root, 'dist', 'electron', NATIVE_HASHES_FILE);
    expect(nativeModuleRefusal(binary, hashes, 'win32-x64')).toBeNull();
    expect(sha256File(binary)).toMatch(/^[0-9a-f]{64}$/);
    // A swapped module, a missing record, a missing module: each stops the start.
    writeFileSync(binary, 'a module that logs the data key');
    expect(nativeModuleRefusal(binary, hashes, 'win32-x64')).toMatch(/可能被替换/);
    expect(nativeModuleRefusal(binary, hashes, 'linux-arm64')).toMatch(/缺少/);
    expect(nativeModuleRefusal(join(root, 'none.node'), hashes, 'win32-x64')).toMatch(/找不到/);
  });
});
