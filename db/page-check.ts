import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** SQLCipher 4 page layout (legacy=4): 4096-byte pages, each ending in a 16-byte IV and a 64-byte HMAC. */
const PAGE_SIZE = 4096;
const SALT_SIZE = 16;
const HMAC_SIZE = 64;

export interface PageReport {
  pages: number;
  /** 1-based numbers of the pages whose HMAC does not match: those bytes were changed after writing. */
  badPages: number[];
  /** The file is not a whole number of pages (cut short or appended to). */
  ragged: boolean;
}

/**
 * Check every page's HMAC in the database file without SQLite. `integrity_check` can only say that the
 * file is damaged (SQLite stops at the first page that fails to decrypt); this says which pages, so the
 * clerk's report can say where. The HMAC key follows SQLCipher 4: PBKDF2-HMAC-SHA512 of the raw key over
 * the file's salt XOR 0x3a, 2 iterations; each page's HMAC covers its ciphertext, IV and page number (LE).
 * Run it on a checkpointed file (the WAL holds pages not yet in the main file).
 */
export function checkCipherPages(path: string, key: Uint8Array): PageReport {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const pages = Math.floor(size / PAGE_SIZE);
    const page = Buffer.alloc(PAGE_SIZE);
    readSync(fd, page, 0, PAGE_SIZE, 0);
    const salt = page.subarray(0, SALT_SIZE).map((b) => b ^ 0x3a);
    const hmacKey = pbkdf2Sync(key, salt, 2, 32, 'sha512');
    const pgno = Buffer.alloc(4);
    const badPages: number[] = [];
    for (let i = 0; i < pages; i++) {
      readSync(fd, page, 0, PAGE_SIZE, i * PAGE_SIZE);
      pgno.writeUInt32LE(i + 1);
      const mac = createHmac('sha512', hmacKey)
        .update(page.subarray(i === 0 ? SALT_SIZE : 0, PAGE_SIZE - HMAC_SIZE))
        .update(pgno)
        .digest();
      if (!mac.equals(page.subarray(PAGE_SIZE - HMAC_SIZE))) badPages.push(i + 1);
    }
    hmacKey.fill(0);
    return { pages, badPages, ragged: size % PAGE_SIZE !== 0 };
  } finally {
    closeSync(fd);
  }
}
