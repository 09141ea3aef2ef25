import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering is a lint rule (STYLE.md); these cases prove the rule fires, so it cannot silently rot.
const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(import.meta.dirname, '../..', file) });
  return (r?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('layering rules', () => {
  it('db never imports electron, the shell, or the renderer', async () => {
    expect(
      await restricted('db/repos/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).not.toEqual([]);
    expect(
      await restricted(
        'db/repos/x.ts',
        "import { AppCore } from '../../electron/core/app-core';\nexport const a = AppCore;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted('db/repos/x.ts', "import { App } from '../../renderer/App';\nexport const a = App;\n"),
    ).not.toEqual([]);
  });

  it('core never imports electron', async () => {
    expect(
      await restricted('electron/core/x/y.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).not.toEqual([]);
    expect(
      await restricted(
        'electron/core/x/y.ts',
        "import { registerIpc } from '../../ipc/register';\nexport const a = registerIpc;\n",
      ),
    ).not.toEqual([]);
  });

  it('only main, window, security, preload and ipc/register import electron', async () => {
    for (const f of [
      'electron/main.ts',
      'electron/window.ts',
      'electron/security.ts',
      'electron/preload.ts',
      'electron/ipc/register.ts',
    ]) {
      expect(await restricted(f, "import { app } from 'electron';\nexport const a = app;\n"), f).toEqual([]);
    }
    expect(
      await restricted(
        'electron/ipc/dispatch.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted('scripts/cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).not.toEqual([]);
  });

  it('the renderer imports only types from the contract, and nothing from db or Node', async () => {
    expect(
      await restricted(
        'renderer/x.ts',
        "import type { Api } from '../electron/ipc/contract';\nexport type A = Api;\n",
      ),
    ).toEqual([]);
    expect(
      await restricted(
        'renderer/x.ts',
        "import { contract } from '../electron/ipc/contract';\nexport const a = contract;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted(
        'renderer/x.ts',
        "import { AppCore } from '../electron/core/app-core';\nexport const a = AppCore;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted('renderer/x.ts', "import { schema } from '../db/open';\nexport const a = schema;\n"),
    ).not.toEqual([]);
    expect(
      await restricted(
        'renderer/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).not.toEqual([]);
  });
});
