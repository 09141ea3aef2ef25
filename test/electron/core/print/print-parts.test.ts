// A print in parts (the year book): the core prints each part through the shell, joins the PDFs, and checks the
// contents' claims on the joined file; the joined file's link targets fall on its own pages, the parts' pages
// counted before them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../../electron/core/app-core';
import { joinPdfs } from '../../../../electron/core/print/pdf-join';
import { pdfDestinationPages } from '../../../../electron/core/print/pdf-pages';
import { callsOn } from '../../../helpers/calls';
import { CLERK, newDispatcher, tempDir, TEST_KDF, UNIT } from '../../../helpers/temp';
import { bookPdf } from './pdf-fixture';

/** A book of 2 + 3 + 4 pages printed in three parts: a in the first, b at the top of the second, c at the end. */
const PARTS = [
  bookPdf(2, { 'yearbook-a': 2 }),
  bookPdf(3, { 'yearbook-b': 1 }),
  bookPdf(4, { 'yearbook-c': 4 }),
];

describe('a PDF printed in parts', () => {
  it('joined: every page in order, each named destination on its page of the whole', async () => {
    const joined = pdfDestinationPages(await joinPdfs(PARTS));
    expect(joined).toEqual({ pages: 9, destinations: { 'yearbook-a': 2, 'yearbook-b': 3, 'yearbook-c': 9 } });
  });

  it('print_pdf_claims_checked on the joined file: each part printed once, the page shown whole again', async () => {
    const shown: (number | null)[] = [];
    let part: number | null = null;
    const core = new AppCore({
      dbPath: join(tempDir(), 'baomi.db'),
      kdf: TEST_KDF,
      shell: {
        pagePdf: async () => PARTS[part ?? 0] ?? new Uint8Array(),
        showPrintPart: async (k) => {
          shown.push(k);
          part = k;
        },
      },
    });
    const r = await newDispatcher(core).dispatch('session:setup', { unit: UNIT, account: CLERK });
    if (!r.ok) throw new Error(r.error.message);
    const api = callsOn(newDispatcher(core));
    const out = tempDir();
    // Claimed as a part would number them on its own: refused, nothing written.
    const wrong = await api.call('print:toPdf', {
      title: '台账',
      outPath: out,
      parts: 3,
      pages: { 'yearbook-a': 2, 'yearbook-b': 1, 'yearbook-c': 4 },
    });
    expect(wrong.misplaced).toEqual({ 'yearbook-a': 2, 'yearbook-b': 3, 'yearbook-c': 9 });
    expect(readdirSync(out)).toEqual([]);
    expect(shown).toEqual([0, 1, 2, null]);
    const right = await api.call('print:toPdf', {
      title: '台账',
      outPath: out,
      parts: 3,
      pages: { 'yearbook-a': 2, 'yearbook-b': 3, 'yearbook-c': 9 },
    });
    expect(right.misplaced).toBeUndefined();
    expect(pdfDestinationPages(readFileSync(right.path)).pages).toBe(9);
  });

  it('a shell that cannot show parts prints the page whole, once', async () => {
    let prints = 0;
    const core = new AppCore({
      dbPath: join(tempDir(), 'baomi.db'),
      kdf: TEST_KDF,
      shell: {
        pagePdf: async () => {
          prints++;
          return bookPdf(5, { 'yearbook-a': 4 });
        },
      },
    });
    const r = await newDispatcher(core).dispatch('session:setup', { unit: UNIT, account: CLERK });
    if (!r.ok) throw new Error(r.error.message);
    const api = callsOn(newDispatcher(core));
    const v = await api.call('print:toPdf', {
      title: '台账',
      outPath: tempDir(),
      parts: 3,
      pages: { 'yearbook-a': 4 },
    });
    expect(v.misplaced).toBeUndefined();
    expect(prints).toBe(1);
  });
});
