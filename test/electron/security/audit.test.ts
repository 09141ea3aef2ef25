import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The electronegativity gate itself runs on electron/ and renderer/ in `npm test` (scripts/test.mjs).
// This proves the gate can fail: on a deliberately insecure main process it must exit non-zero.
const root = join(import.meta.dirname, '../../..');

describe('electronegativity gate', () => {
  it('fails on a deliberately insecure Electron app, naming its HIGH and MEDIUM findings', () => {
    const r = spawnSync(process.execPath, ['scripts/audit-electron.mjs', 'test/fixtures/insecure'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
    expect(r.stdout).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(r.stdout).toMatch(/SANDBOX_JS_CHECK/);
    expect(r.stdout).toMatch(/[1-9]\d* HIGH, [1-9]\d* MEDIUM/);
  });

  it('refuses to report on a folder that does not exist', () => {
    const r = spawnSync(process.execPath, ['scripts/audit-electron.mjs', 'no/such/folder'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
  });
});
