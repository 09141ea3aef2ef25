// The native SQLite module sits outside app.asar (resources/native/better_sqlite3.node), so asar integrity does
// not cover it: whoever can write the install folder could swap in a module that logs the data key. Its SHA-256
// is recorded at packaging (scripts/before-pack.mjs) in a file that goes inside app.asar, where the integrity
// check covers it, and compared at every start before the module is loaded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** The file beside main.cjs (inside app.asar) holding `{ "<platform>-<arch>": "<sha256 hex>" }`. */
export const NATIVE_HASHES_FILE = 'native-sha256.json';

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The reason (in Chinese) not to start, or null when the module is the one recorded at packaging. */
export function nativeModuleRefusal(binary: string, hashesFile: string, target: string): string | null {
  let expected: unknown;
  try {
    expected = (JSON.parse(readFileSync(hashesFile, 'utf8')) as Record<string, unknown>)[target];
  } catch {
    expected = undefined;
  }
  if (typeof expected !== 'string' || !/^[0-9a-f]{64}$/.test(expected))
    return '安装包中缺少数据库组件的校验值，程序拒绝启动。请重新安装保密工作台。';
  if (!existsSync(binary))
    return '找不到数据库组件（better_sqlite3.node），程序拒绝启动。请重新安装保密工作台。';
  if (sha256File(binary) !== expected)
    return '数据库组件（better_sqlite3.node）与安装时记录的校验值不符，可能被替换，程序拒绝启动。请重新安装保密工作台。';
  return null;
}
