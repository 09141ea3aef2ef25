// Run the real `baomi` command as a child process, password on standard input.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from '../helpers/temp';

export const BIN = join(import.meta.dirname, '../../scripts/baomi.mjs');
export const PASSWORD = 'Mima#2026abc';

export function baomi(args: string[], stdin = `${PASSWORD}\n`, timeout = 60_000) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', timeout });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `init` of the sample unit with the clerk wangli, at `db`. */
export function initArgs(db: string, unitCode = '11110000MB0123456X'): string[] {
  return ['init', '--db', db, '--unit', '某市档案局', '--unit-code', unitCode, '--user', 'wangli'];
}

export function initDb(dir = tempDir(), extra: string[] = [], unitCode = '11110000MB0123456X'): string {
  const db = join(dir, 'baomi.db');
  const r = baomi([...initArgs(db, unitCode), '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  return db;
}
