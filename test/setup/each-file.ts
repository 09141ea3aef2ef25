// Run before every test file (vitest's setupFiles). Test files share their worker's modules (isolate: false,
// which saves most of the suite's import time), so hooks a helper module registered at its top level would
// apply to the first file only: they are registered here instead, once per file.
import { afterEach } from 'vitest';
import { removeTempDirs } from '../helpers/temp';

afterEach(removeTempDirs);
