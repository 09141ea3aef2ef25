import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const EACH_FILE = 'test/setup/each-file.ts';

/**
 * Projects in the order of their longest files: the scripts' few long ones (the CLI's bench runs, the kill-9
 * campaign: minutes each) start first, the core's many short ones come last and fill the tail, so the two
 * workers end together. Vitest's own order runs projects by name (core, e2e, scripts), which left a five-minute
 * file for the end on one worker while the other idled. Within a project vitest's order stands: the longest
 * first by the last run's durations, by file size in a fresh clone.
 */
const PROJECT_ORDER = ['scripts', 'e2e', 'core'];
class LongProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => PROJECT_ORDER.indexOf(f.project.name);
    // Array sort is stable: vitest's order within each project is kept.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // The end-to-end tests drive the built renderer; build it once (skipped when nothing changed).
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests open real encrypted databases in temporary folders; two cores, so keep forks modest.
    pool: 'forks',
    maxWorkers: 2,
    // A worker keeps the modules it loaded from one file to the next: importing the core afresh for each of
    // ~180 files cost more than a third of the suite. Per-file hooks live in setupFiles (test/setup/).
    isolate: false,
    sequence: { sequencer: LongProjectsFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/{db,electron,renderer}/**/*.test.ts'],
          setupFiles: [EACH_FILE],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: [EACH_FILE, 'test/setup/e2e.ts'],
          // A walk through a register's whole life in the browser takes 30–40 s on this machine when it is
          // quiet: twice the room, so that a busy machine does not fail it.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'scripts', include: ['test/scripts/**/*.test.ts'], setupFiles: [EACH_FILE] },
      },
    ],
  },
});
