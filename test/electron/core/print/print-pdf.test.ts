// 导出 PDF of a print route: the core writes the page the shell printed under the name of the form and the date,
// and audits it, since a printed register is a 涉密载体 like any other copy of its data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../../electron/core/app-core';
import { callsOn } from '../../../helpers/calls';
import { newDispatcher, tempDir, TEST_KDF, UNIT, CLERK } from '../../../helpers/temp';
import { bookPdf } from './pdf-fixture';

async function deskPrinting(bytes: Uint8Array) {
  const dir = tempDir();
  const core = new AppCore({
    dbPath: join(dir, 'baomi.db'),
    kdf: TEST_KDF,
    shell: { pagePdf: async () => bytes },
  });
  const api = newDispatcher(core);
  const r = await api.dispatch('session:setup', { unit: UNIT, account: CLERK });
  if (!r.ok) throw new Error(r.error.message);
  return { core, api: callsOn(api), out: tempDir() };
}

const exports = (core: AppCore) =>
  core
    .session()
    .db.$client.prepare("SELECT count(*) FROM audit_log WHERE action = 'print_pdf'")
    .pluck()
    .get();

describe('print:toPdf', () => {
  it('writes the printed page, named after the form, and audits the export', async () => {
    const printed = bookPdf(2, {});
    const { core, api, out } = await deskPrinting(printed);
    const r = await api.call('print:toPdf', { title: '清单', outPath: out });
    expect(r.path).toMatch(/清单-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(existsSync(r.path)).toBe(true);
    expect(new Uint8Array(readFileSync(r.path))).toEqual(new Uint8Array(printed));
    expect(r.bytes).toBe(printed.length);
    expect(exports(core)).toBe(1);
  });
});
