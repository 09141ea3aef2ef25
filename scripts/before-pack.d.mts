// Types for the beforePack hook (a plain .mjs so electron-builder can load it without a build step).
export interface RebuildRequest {
  buildPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  onlyModules: string[];
  force: boolean;
  mode: 'sequential';
}
export declare function archName(arch: number | string): string;
export declare function stagingDir(projectDir: string, platform: string, arch: number | string): string;
export declare function assertNotNodeAbi(binary: string): void;
export declare function recordNativeHash(projectDir: string, target: string, hash: string): void;
export declare function stageNativeModule(options: {
  projectDir: string;
  platform: string;
  arch: number | string;
  electronVersion: string;
  rebuild: (request: RebuildRequest) => Promise<void>;
}): Promise<string>;
export declare function beforePack(context: {
  packager: { projectDir: string; config: { electronVersion?: string } };
  electronPlatformName: string;
  arch: number;
}): Promise<void>;
export default beforePack;
