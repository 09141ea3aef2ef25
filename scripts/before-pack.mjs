// electron-builder beforePack hook: build the Electron-ABI binary of the SQLite module
// (better-sqlite3-multiple-ciphers, aliased better-sqlite3) for the target being packed, in a staging copy
// under dist/native/<platform>-<arch>/. The project's node_modules keeps its Node-ABI build for `npm test`
// and the CLI; the two never overwrite each other. electron-builder.yml ships the staged binary as
// resources/native/better_sqlite3.node and main hands that path to better-sqlite3's `nativeBinding`.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const MODULE = 'better-sqlite3';
const BINARY = 'better_sqlite3.node';
/** builder-util's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
/** What the rebuild needs from the package: sources and JS, never its existing (Node-ABI) build/. */
const STAGED = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

export function archName(arch) {
  const name = typeof arch === 'number' ? ARCH_NAMES[arch] : arch;
  if (!name) throw new Error(`beforePack: unknown arch ${arch}`);
  return name;
}

/** dist/native/<platform>-<arch>: the folder electron-builder.yml's extraResources reads. */
export function stagingDir(projectDir, platform, arch) {
  return join(projectDir, 'dist', 'native', `${platform}-${archName(arch)}`);
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * @electron/rebuild arrives with electron-builder (app-builder-lib depends on it), so it is imported only
 * here, at packaging time; a clear message replaces a bare module-not-found.
 */
async function loadRebuild() {
  try {
    return (await import('@electron/rebuild')).rebuild;
  } catch (e) {
    throw new Error(
      'beforePack: @electron/rebuild is not installed. On the build machine run `npm i -D @electron/rebuild` ' +
        '(it normally comes with electron-builder), then package again.',
      { cause: e },
    );
  }
}

/**
 * A binary that loads in this Node process is a Node-ABI build: node-gyp was pointed at Node's headers
 * (TOOLCHAIN.md trap 3) and Electron would refuse it at first start. A binary for another platform or
 * arch does not load here either, which is fine; only "it loaded" is an error.
 */
export function assertNotNodeAbi(binary) {
  const m = { exports: {} };
  try {
    process.dlopen(m, binary);
  } catch {
    return;
  }
  throw new Error(
    `beforePack: ${binary} loads in Node ${process.version}: the rebuild produced a Node-ABI binary, not an ` +
      'Electron one. Check that npm config `nodedir` is not set on the build machine, then package again.',
  );
}

/**
 * The staged module's SHA-256, recorded in dist/electron/native-sha256.json: that file goes into app.asar (covered
 * by asar integrity) and main compares the module outside it at every start (electron/core/security/native-module.ts).
 */
export function recordNativeHash(projectDir, target, hash) {
  const file = join(projectDir, 'dist', 'electron', 'native-sha256.json');
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  all[target] = hash;
  mkdirSync(join(projectDir, 'dist', 'electron'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/**
 * The hook's work, with the rebuild function injected so that tests can run it without a network.
 * Returns the path of the staged binary.
 */
export async function stageNativeModule({ projectDir, platform, arch, electronVersion, rebuild }) {
  const require = createRequire(join(projectDir, 'package.json'));
  const moduleDir = join(require.resolve(`${MODULE}/package.json`), '..');
  const nodeAbiBinary = join(moduleDir, 'build', 'Release', BINARY);
  const before = existsSync(nodeAbiBinary) ? sha256(nodeAbiBinary) : null;

  const stage = stagingDir(projectDir, platform, arch);
  rmSync(stage, { recursive: true, force: true });
  const stagedModule = join(stage, 'node_modules', MODULE);
  for (const entry of STAGED) {
    if (existsSync(join(moduleDir, entry)))
      cpSync(join(moduleDir, entry), join(stagedModule, entry), { recursive: true });
  }
  const version = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(stage, 'package.json'),
    JSON.stringify(
      { name: 'baomi-native-stage', private: true, dependencies: { [MODULE]: version } },
      null,
      2,
    ),
  );

  await rebuild({
    buildPath: stage,
    electronVersion,
    platform,
    arch: archName(arch),
    onlyModules: [MODULE],
    force: true,
    mode: 'sequential',
  });

  const built = join(stagedModule, 'build', 'Release', BINARY);
  if (!existsSync(built)) throw new Error(`beforePack: the rebuild left no ${BINARY} in ${stagedModule}`);
  if (platform === process.platform && archName(arch) === process.arch) assertNotNodeAbi(built);
  const out = join(stage, BINARY);
  mkdirSync(stage, { recursive: true });
  copyFileSync(built, out);

  recordNativeHash(projectDir, `${platform}-${archName(arch)}`, sha256(out));

  const after = existsSync(nodeAbiBinary) ? sha256(nodeAbiBinary) : null;
  if (before !== after)
    throw new Error(`beforePack: ${nodeAbiBinary} changed; npm test needs the Node-ABI build`);
  return out;
}

export async function beforePack(context) {
  const projectDir = context.packager.projectDir;
  const electronVersion =
    context.packager.config.electronVersion ??
    JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const out = await stageNativeModule({
    projectDir,
    platform: context.electronPlatformName,
    arch: context.arch,
    electronVersion,
    rebuild: await loadRebuild(),
  });
  console.log(`  • Electron ${electronVersion} SQLite module staged  file=${out}`);
}

export default beforePack;
