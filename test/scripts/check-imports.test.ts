import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without declarations; its functions are checked here by use.
import { checkTree, readTree, specifiers } from '../../scripts/check-imports.mjs';

interface Report {
  files: number;
  fences: { from: string; to: string }[];
  cycles: string[][];
}
const check = (tree: Record<string, string>): Report => checkTree(new Map(Object.entries(tree))) as Report;

// A small tree in the shape of the app: two domains with public entries, and the floor.
const TREE = {
  'electron/core/app-core.ts': "import { today } from './util/dates';\n",
  'electron/core/util/dates.ts': 'export const today = 1;\n',
  'electron/core/approvals/approve.ts': "import { today } from '../util/dates';\n",
  'electron/core/carriers/index.ts': "export { heldBy } from './query';\n",
  'electron/core/carriers/query.ts': "import type { Tx } from '../app-core';\nexport const heldBy = 1;\n",
  'electron/core/carriers/store.ts': 'export const addEvent = 1;\n',
  'electron/core/persons/index.ts': "export { leave } from './leaving';\n",
  'electron/core/persons/leaving.ts':
    "import { heldBy } from '../carriers';\nimport { approve } from '../approvals/approve';\nexport const leave = 1;\n",
};

describe('the import fences between domains', () => {
  it('the tree as it stands crosses no fence and has no import cycle', () => {
    const report = checkTree(readTree(join(import.meta.dirname, '../..'))) as Report;
    expect(report.files).toBeGreaterThan(300);
    expect(report.fences).toEqual([]);
    expect(report.cycles).toEqual([]);
  });

  it('a domain may use its own files, the floor and another domain through its public entry', () => {
    expect(check(TREE)).toEqual({ files: 8, fences: [], cycles: [] });
  });

  it("a domain reaching into another domain's insides is a fence crossing", () => {
    const tree = {
      ...TREE,
      'electron/core/persons/leaving.ts':
        "import { addEvent } from '../carriers/store';\nexport const leave = 1;\n",
    };
    expect(check(tree).fences).toEqual([
      { from: 'electron/core/persons/leaving.ts', to: 'electron/core/carriers/store.ts' },
    ]);
  });

  it('the floor reaching into a domain is a fence crossing too (type-only imports count)', () => {
    const tree = {
      ...TREE,
      'electron/core/approvals/approve.ts': "import type { X } from '../persons/leaving';\n",
    };
    expect(check(tree).fences).toEqual([
      { from: 'electron/core/approvals/approve.ts', to: 'electron/core/persons/leaving.ts' },
    ]);
  });

  it('an import cycle is found however long, type-only imports included', () => {
    const tree = {
      ...TREE,
      'electron/core/carriers/query.ts':
        "import type { leave } from '../persons';\nexport const heldBy = 1;\n",
    };
    expect(check(tree).cycles).toEqual([
      [
        'electron/core/carriers/index.ts',
        'electron/core/carriers/query.ts',
        'electron/core/persons/index.ts',
        'electron/core/persons/leaving.ts',
      ],
    ]);
  });

  it('reads multi-line, side-effect, dynamic and re-export imports, not commented ones', () => {
    const text = [
      "import {\n  a,\n  type B,\n} from './one';",
      "import './two.css';",
      "const m = await import('./three');",
      "export * from './four';",
      "export { x } from './five';",
      "// import { y } from './six';",
      "/* import { z } from './seven'; */",
    ].join('\n');
    expect(specifiers(text)).toEqual(
      expect.arrayContaining(['./one', './two.css', './three', './four', './five']),
    );
    expect(specifiers(text)).not.toContain('./six');
    expect(specifiers(text)).not.toContain('./seven');
  });
});
