#!/usr/bin/env node
// The `baomi` command: the same core as the app, from a terminal. TypeScript runs through tsx (no build
// step); the commands live in scripts/cli/. Passwords come from standard input only, never from arguments.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
