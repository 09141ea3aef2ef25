// Types for scripts/node-bundle.mjs (plain .mjs: scripts/build.mjs loads it without a build step).
import type { BuildOptions } from 'esbuild';

export declare const NODE_BUNDLE: BuildOptions & {
  banner: { js: string };
  define: Record<string, string>;
};

export declare const WORKER_BUNDLES: Record<string, string>;

export declare const WORKER_DEFINES: Record<string, string>;
