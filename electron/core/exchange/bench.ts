// Timings for the lead's bench script (JSON lines): a full export and a verify of what it wrote.
import type { AppCore } from '../app-core';
import { exportPackage } from './outgoing';
import { verifyFile } from './incoming';

export interface ExportBench {
  ms: number;
  bytes: number;
  records: number;
  path: string;
}

/** Time a full export to `to` (a registered supervisor) into `outDir`; the package is registered as usual. */
export function benchExport(core: AppCore, to: string, outDir: string): ExportBench {
  const t = performance.now();
  const v = exportPackage(core, {
    to,
    profile: 'full',
    outPath: outDir,
    media: { type: 'disk', department: '办公室' },
  });
  const ms = performance.now() - t;
  return { ms, bytes: v.bytes, records: Object.values(v.counts).reduce((a, b) => a + b, 0), path: v.path };
}

/** Time verifying a package at the receiving core (every check, including decryption and the part hashes). */
export function benchVerify(core: AppCore, path: string): { ms: number; ok: boolean } {
  const t = performance.now();
  const r = verifyFile(core, path);
  return { ms: performance.now() - t, ok: r.ok };
}
