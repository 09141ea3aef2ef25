// 导出 PDF of a print that names its own pages (the year book's contents): the core writes the file only when every
// claimed page is where the PDF puts its target, and otherwise answers with the pages they really fell on.
import { existsSync, readdirSync } from 'node:fs';
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

describe('print:toPdf with claimed pages', () => {
  it('print_pdf_claims_checked: a contents page that is not where its section fell is never written', async () => {
    const { core, api, out } = await deskPrinting(bookPdf(9, { 'yearbook-a': 3, 'yearbook-b': 7 }));
    const wrong = await api.call('print:toPdf', {
      title: '2026年度保密工作台账',
      outPath: out,
      pages: { 'yearbook-a': 3, 'yearbook-b': 6 },
    });
    expect(wrong).toEqual({
      path: '',
      bytes: 0,
      misplaced: { 'yearbook-a': 3, 'yearbook-b': 7 },
    });
    expect(readdirSync(out)).toEqual([]);
    expect(exports(core)).toBe(0);

    const right = await api.call('print:toPdf', {
      title: '2026年度保密工作台账',
      outPath: out,
      pages: { 'yearbook-a': 3, 'yearbook-b': 7 },
    });
    expect(right.misplaced).toBeUndefined();
    expect(existsSync(right.path)).toBe(true);
    expect(exports(core)).toBe(1);
  });

  it('a target the PDF does not name holds only as a blank page number', async () => {
    const { api, out } = await deskPrinting(bookPdf(4, { 'yearbook-a': 3 }));
    const r = await api.call('print:toPdf', {
      title: '台账',
      outPath: out,
      pages: { 'yearbook-a': 3, 'yearbook-x': 4 },
    });
    expect(r.misplaced).toEqual({ 'yearbook-a': 3, 'yearbook-x': 0 });
    const blank = await api.call('print:toPdf', {
      title: '台账',
      outPath: out,
      pages: { 'yearbook-a': 3, 'yearbook-x': 0 },
    });
    expect(blank.path).toMatch(/台账-.*\.pdf$/);
  });

  it('a print that claims nothing is written as before', async () => {
    const { api, out } = await deskPrinting(bookPdf(2, {}));
    const r = await api.call('print:toPdf', { title: '清单', outPath: out });
    expect(existsSync(r.path)).toBe(true);
  });
});
