// Types for scripts/argon2-source.mjs (plain .mjs: scripts/build.mjs loads it without a build step).
export declare function argon2Source(): Promise<string>;
export declare function argon2Define(): Promise<{ __BAOMI_ARGON2_SOURCE__: string }>;
