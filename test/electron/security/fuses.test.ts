import { FuseV1Options } from '@electron/fuses';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterPack, electronBinaryPath, FUSES } from '../../../scripts/after-pack.mjs';
import { tempDir } from '../../helpers/temp';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's factory wire: RunAsNode on, cookies clear, NODE_OPTIONS on, inspect on, no ASAR checks …
const FACTORY_WIRE = '101100011';

/** A stand-in executable: filler bytes around a V1 fuse wire, laid out as in a real Electron binary. */
function fakeElectron(dir: string, wire = FACTORY_WIRE): string {
  const path = join(dir, 'baomi-desk');
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.alloc(4096, 7),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      Buffer.from(wire),
      Buffer.alloc(512, 7),
    ]),
  );
  return path;
}

function wireOf(path: string, length = FACTORY_WIRE.length): string {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return bytes.subarray(at, at + length).toString('latin1');
}

const linuxContext = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  packager: { executableName: 'baomi-desk', appInfo: { productFilename: '保密工作台' } },
});

describe('Electron fuses flipped at packaging', () => {
  it('RunAsNode, NODE_OPTIONS and inspect off; cookie encryption, asar-only and asar integrity on; file:// unprivileged', () => {
    expect(FUSES.RunAsNode).toBe(false);
    expect(FUSES.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(FUSES.EnableNodeCliInspectArguments).toBe(false);
    expect(FUSES.EnableCookieEncryption).toBe(true);
    expect(FUSES.OnlyLoadAppFromAsar).toBe(true);
    expect(FUSES.EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(FUSES.GrantFileProtocolExtraPrivileges).toBe(false);
    expect(FUSES.LoadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('decides every fuse @electron/fuses knows, and no other (strictlyRequireAllFuses cannot trip on a known fuse)', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(FUSES).sort()).toEqual(known.sort());
  });

  it('the hook flips the wire of the packed binary and reads it back', async () => {
    const dir = tempDir();
    const binary = fakeElectron(dir);
    await afterPack(linuxContext(dir));
    const position = (name: string): number =>
      (FuseV1Options as unknown as Record<string, number>)[name] ?? -1;
    const expected = Object.entries(FUSES)
      .sort(([a], [b]) => position(a) - position(b))
      .map(([, v]) => (v ? '1' : '0'))
      .join('');
    expect(wireOf(binary)).toBe(expected);
    expect(wireOf(binary)).toBe('010011001');
  });

  it('packaging fails when the binary has a fuse the map does not decide', async () => {
    const dir = tempDir();
    const binary = fakeElectron(dir, FACTORY_WIRE + '1');
    await expect(afterPack(linuxContext(dir))).rejects.toThrow(/strictlyRequireAllFuses/);
    expect(wireOf(binary, 10)).toBe(FACTORY_WIRE + '1');
  });

  it('finds the executable as electron-builder names it', () => {
    expect(
      electronBinaryPath({
        ...linuxContext('/out'),
        electronPlatformName: 'win32',
        packager: { appInfo: { productFilename: 'baomi-desk' } },
      }),
    ).toBe(join('/out', 'baomi-desk.exe'));
    expect(electronBinaryPath(linuxContext('/out'))).toBe(join('/out', 'baomi-desk'));
  });
});
