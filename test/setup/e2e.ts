// Run before every end-to-end file, after each-file.ts: the apps a test opened are closed after it, and the
// file's Chromium after the file (see test/e2e/app.ts).
import { afterAll, afterEach } from 'vitest';
import { closeApps, closeBrowser } from '../e2e/app';

afterEach(closeApps);
afterAll(closeBrowser);
