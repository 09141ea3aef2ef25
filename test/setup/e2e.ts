// Run before every end-to-end file, after each-file.ts: the apps a test opened are closed after it. The
// worker's Chromium stays open for its next file (see test/e2e/app.ts).
import { afterEach } from 'vitest';
import { closeApps } from '../e2e/app';

afterEach(closeApps);
