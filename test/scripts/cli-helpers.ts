// Run the `baomi` command: as a real child process (`baomi`), or inside this process (`cli`), password on
// standard input either way.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { giveInput } from '../../scripts/cli/io';
import { main } from '../../scripts/cli/main';
import { cliKdf } from '../../scripts/cli/session';
import { tempDir, TEST_KDF } from '../helpers/temp';

export const BIN = join(import.meta.dirname, '../../scripts/baomi.mjs');
export const PASSWORD = 'Mima#2026abc';

export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** The real binary, as the clerk's terminal runs it: tsx startup and all (seconds on a busy machine). */
export function baomi(args: string[], stdin = `${PASSWORD}\n`, timeout = 60_000): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', timeout });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function text(chunk: unknown): string {
  return typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
}

/**
 * The same `main` as scripts/baomi.mjs, run here: standard input handed over, standard output and error (and
 * the console, which writes to them in the binary) captured, the exit code returned. Keys are set at the test
 * KDF cost. For tests about what a command does; the few about the binary itself (exit on kill, --help in a
 * real process, executable bit) spawn it with `baomi`.
 */
export async function cli(args: string[], stdin = `${PASSWORD}\n`): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const into =
    (to: string[]) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      to.push(text(chunk));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (done) queueMicrotask(done);
      return true;
    };
  const line =
    (to: string[]) =>
    (...parts: unknown[]): void => {
      to.push(`${parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ')}\n`);
    };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(into(out) as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(into(err) as typeof process.stderr.write),
    vi.spyOn(console, 'log').mockImplementation(line(out)),
    vi.spyOn(console, 'info').mockImplementation(line(out)),
    vi.spyOn(console, 'warn').mockImplementation(line(err)),
    vi.spyOn(console, 'error').mockImplementation(line(err)),
  ];
  giveInput(stdin);
  cliKdf.params = TEST_KDF;
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    delete cliKdf.params;
    giveInput(null);
    for (const s of spies) s.mockRestore();
  }
}

/** `init` of the sample unit with the clerk wangli, at `db`. */
export function initArgs(db: string, unitCode = '11110000MB0123456X'): string[] {
  return ['init', '--db', db, '--unit', '某市档案局', '--unit-code', unitCode, '--user', 'wangli'];
}

/** `init` by the real binary (production KDF cost). */
export function initDb(dir = tempDir(), extra: string[] = [], unitCode = '11110000MB0123456X'): string {
  const db = join(dir, 'baomi.db');
  const r = baomi([...initArgs(db, unitCode), '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  return db;
}

/** `init` run inside this process (`cli`): the same command, at the test KDF cost. */
export async function initHere(
  dir = tempDir(),
  extra: string[] = [],
  unitCode = '11110000MB0123456X',
): Promise<string> {
  const db = join(dir, 'baomi.db');
  const r = await cli([...initArgs(db, unitCode), '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  return db;
}
