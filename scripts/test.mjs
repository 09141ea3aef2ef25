#!/usr/bin/env node
// `npm test`: every gate, in order, loud on failure. Ends with the plain line `N passed, N failed`
// (CI reads it), counting each gate as one check and each vitest test as one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
const failures = [];

function tally(name, okay) {
  if (okay) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return okay;
}

function gate(name, cmd, args) {
  const t = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const okay = r.status === 0;
  console.log(
    `=== ${name}: ${okay ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return tally(name, okay);
}

/** A gate run beside others: its output held and printed whole when it ends, so gates never interleave. */
function quietGate(name, cmd, args, env = process.env) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    const end = (code, why) => {
      const okay = code === 0;
      process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n${Buffer.concat(out).toString()}`);
      console.log(
        `=== ${name}: ${okay ? 'ok' : `FAILED (${why})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
      resolve(tally(name, okay));
    };
    child.on('error', (e) => end(null, e.message));
    child.on('close', (code, signal) => end(code, `exit ${code ?? signal}`));
  });
}

/** Gates one after the other, output held as quietGate does. */
async function quietGates(list) {
  for (const [name, cmd, args] of list) await quietGate(name, cmd, args);
}

// The database's native module, when it is not built yet (CI installs with --ignore-scripts): compiled beside the
// gates, which need it not; the tests wait for it. At -O1, not the package's -O3: the 13 MB SQLite amalgamation
// compiles in half the time (95 s against 204 s of one core here) and the database-heavy tests ran as fast on
// either build (matrix, import thread, audit chain: 51–52 s of CPU against 42–51 s). A build for the tests only:
// `npm ci` with its install scripts (the app, the bench) builds the package's own way.
const native = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const nativeBuilt = existsSync(native)
  ? null
  : quietGate('native (-O1, for the tests)', npm, ['rebuild', 'better-sqlite3'], {
      ...process.env,
      CFLAGS: '-O1',
      CXXFLAGS: '-O1',
    });

// The type check is the longest gate and uses one core; the others run beside it on the second (two cores here).
await Promise.all([
  quietGate('typecheck', npx, ['tsc', '-b']),
  quietGates([
    ['lint', npx, ['eslint', '.', '--max-warnings', '0']],
    ['format', npx, ['prettier', '--check', '.']],
    // Fences between domains and no import cycles (scripts/check-imports.mjs; its own test proves it can fail).
    ['imports', process.execPath, ['scripts/check-imports.mjs']],
    // Electron security audit (electronegativity over electron/ and renderer/): fails on HIGH or MEDIUM.
    ['audit:electron', process.execPath, ['scripts/audit-electron.mjs']],
  ]),
]);
if (nativeBuilt) await nativeBuilt;
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
