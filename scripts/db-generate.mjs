#!/usr/bin/env node
// Generate a migration with drizzle-kit, then make every table it creates STRICT (drizzle-kit cannot).
// Idempotent: a table already marked STRICT is left alone, so committed migrations never change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'db', 'migrations');
execFileSync(
  'npx',
  ['drizzle-kit', 'generate', '--config', 'db/drizzle.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const f of readdirSync(dir).filter((n) => n.endsWith('.sql'))) {
  const path = join(dir, f);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(/(CREATE TABLE [^;]*?\n\));/g, '$1 STRICT;');
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`STRICT added to the tables of ${f}`);
  }
}
