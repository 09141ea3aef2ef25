#!/usr/bin/env node
// `npm test`: every gate, in order, loud on failure. Ends with the plain line `N passed, N failed`
// (CI reads it), counting each gate as one check and each vitest test as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
const failures = [];

function gate(name, cmd, args) {
  const t = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const okay = r.status === 0;
  console.log(
    `=== ${name}: ${okay ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  if (okay) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return okay;
}

gate('typecheck', npx, ['tsc', '-b']);
gate('lint', npx, ['eslint', '.', '--max-warnings', '0']);
gate('format', npx, ['prettier', '--check', '.']);
// Fences between domains and no import cycles (scripts/check-imports.mjs; its own test proves it can fail).
gate('imports', process.execPath, ['scripts/check-imports.mjs']);
// Electron security audit (electronegativity over electron/ and renderer/): fails on HIGH or MEDIUM.
gate('audit:electron', process.execPath, ['scripts/audit-electron.mjs']);
for (const extra of (process.env.BAOMI_EXTRA_GATES ?? '').split(',').filter(Boolean))
  gate(extra, 'npm', ['run', '-s', extra]);

const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const report = join(out, 'vitest.json');
rmSync(report, { force: true });
const vitestOk = gate('vitest', npx, [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  const skipped = j.numPendingTests + (j.numTodoTests ?? 0);
  if (skipped > 0) {
    console.log(`\n!!! ${skipped} test(s) skipped — a skipped test is a failure here.`);
    failed += skipped;
    failures.push(`${skipped} skipped test(s)`);
  }
  if (j.numTotalTests === 0) {
    failed++;
    failures.push('vitest ran no test');
  }
  // A suite that failed to load counts as a failure even when no test inside it ran.
  const broken = j.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  if (broken > 0) {
    failed += broken;
    failures.push(`${broken} test file(s) failed to load`);
  }
} else if (vitestOk) {
  failed++;
  failures.push('vitest wrote no report');
}

console.log('');
if (failures.length) console.log(`FAILED: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
