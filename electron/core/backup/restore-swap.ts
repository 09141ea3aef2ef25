// Putting a restored database and its keyring in place as one step. The two are staged under fixed temporary
// names beside their final ones and synced; then a marker file is written and synced: from that moment the
// restore is decided, and whoever opens the folder next (the app, any CLI command, `baomi check`) completes the
// renames if a kill stopped them half way. Before the marker nothing final has been touched, and staged files
// found without a marker are an abandoned restore, cleared. So a kill leaves the old pair or the new pair, never
// the new database beside the old keyring (which may not open it: a backup of another installation, or from
// before a key rotation).
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDir, writeFileSynced } from '../util/atomic-write';
import { keyringText, type Keyring } from '../vault/keyring';

export interface PairFiles {
  dbPath: string;
  keyringPath: string;
}

const staged = (p: string) => join(dirname(p), `.${basename(p)}.restore`);
const markerOf = (f: PairFiles) => join(dirname(f.dbPath), `.${basename(f.dbPath)}.restore-ready`);
const sideFiles = (db: string) => [`${db}-wal`, `${db}-shm`, `${db}-journal`];

/** Where the restored database is to be written (and checked) before the swap. */
export function stagedDatabase(f: PairFiles): string {
  return staged(f.dbPath);
}

/** Clears what an abandoned restore staged (never a decided one: that is completed instead). */
export function clearStaged(f: PairFiles): void {
  if (existsSync(markerOf(f))) return;
  for (const p of [staged(f.dbPath), ...sideFiles(staged(f.dbPath)), staged(f.keyringPath)])
    rmSync(p, { force: true });
}

/**
 * The decisive step: the keyring staged and synced beside the staged database, the marker written, then the
 * renames. The staged database must be closed, complete and synced.
 */
export function swapInRestored(f: PairFiles, keyring: Keyring): void {
  writeFileSynced(staged(f.keyringPath), keyringText(keyring));
  writeFileSynced(markerOf(f), `${JSON.stringify({ decided: true })}\n`);
  fsyncDir(dirname(f.dbPath));
  completeSwap(f);
}

/**
 * Completes a decided restore that a kill interrupted; true if there was one. Every open of the folder calls
 * this first; each step can be repeated, so a kill during it only means it runs again.
 */
export function finishInterruptedRestore(f: PairFiles): boolean {
  if (!existsSync(markerOf(f))) {
    clearStaged(f);
    return false;
  }
  completeSwap(f);
  return true;
}

function completeSwap(f: PairFiles): void {
  const marker = markerOf(f);
  JSON.parse(readFileSync(marker, 'utf8')); // a marker is written whole and synced, or not at all
  const db = staged(f.dbPath);
  const keyring = staged(f.keyringPath);
  if (existsSync(db)) {
    // The old database's WAL was kept with its safety copy; it must never meet the new file.
    for (const p of sideFiles(f.dbPath)) rmSync(p, { force: true });
    renameSync(db, f.dbPath);
  }
  if (existsSync(keyring)) renameSync(keyring, f.keyringPath);
  fsyncDir(dirname(f.dbPath));
  rmSync(marker, { force: true });
  fsyncDir(dirname(f.dbPath));
}
