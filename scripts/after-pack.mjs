// electron-builder afterPack hook: flip the Electron fuses of the packed binary (DESIGN.md, Security of
// the shell), before signing. The fuse map is plain data, asserted value by value by
// test/electron/security/fuses.test.ts; the hook is also run there against a fake binary.
import { join } from 'node:path';

/**
 * Every fuse of the V1 wire, by name. `strictlyRequireAllFuses` makes packaging fail when an Electron
 * upgrade adds a fuse this map does not decide, so a new fuse is never left at its default unnoticed.
 */
export const FUSES = Object.freeze({
  // The binary can never be used as a plain Node interpreter (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  // Chromium's cookie store is encrypted with an OS key; the app sets no cookies, but nothing is left clear.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could --require code into main or open the inspector.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would attach a debugger to main, which holds the data key.
  EnableNodeCliInspectArguments: false,
  // Windows and macOS check app.asar against the hash electron-builder embeds in the executable (Linux
  // has no such check in Electron; there the package manager's file ownership protects the install).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: an `app` folder dropped next to it cannot replace the program.
  OnlyLoadAppFromAsar: true,
  // We ship no browser-process V8 snapshot; on, Electron would look for one we do not have.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no extra privileges; the UI is served from app:// only.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default. Argon2 runs as WebAssembly in main; the trap handlers are V8's fast, checked path
  // for out-of-bounds wasm memory access (off means explicit bounds checks, not more safety).
  WasmTrapHandlers: true,
});

/** The @electron/fuses config for this map: the FuseV1Options enum maps names to wire positions. */
export function fuseConfig(FuseV1Options, FuseVersion) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: false };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses does not know the fuse "${name}"`);
    config[index] = value;
  }
  return config;
}

/**
 * The Electron executable inside the packed app, named as electron-builder names it (the same rule as its
 * own `addElectronFuses`): on Windows `appInfo.productFilename` already follows `win.executableName`.
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`afterPack: unknown platform ${electronPlatformName}`);
  }
}

export async function afterPack(context) {
  const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion, FuseState } =
    await import('@electron/fuses');
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(FuseV1Options, FuseVersion));
  // Read the wire back: a fuse that did not take is a packaging failure, never a silent default.
  const wire = await getCurrentFuseWire(binary);
  for (const [name, value] of Object.entries(FUSES)) {
    const want = value ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[FuseV1Options[name]] !== want)
      throw new Error(`afterPack: fuse ${name} is not ${value} in ${binary}`);
  }
  console.log(`  • fuses flipped and verified  binary=${binary}`);
}

export default afterPack;
