// Types for the afterPack hook (a plain .mjs so electron-builder can load it without a build step).
export declare const FUSES: Readonly<Record<string, boolean>>;
export declare function fuseConfig(
  FuseV1Options: Record<string, number | string>,
  FuseVersion: { V1: string },
): Record<string | number, unknown>;
export interface HookContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}
export declare function electronBinaryPath(context: HookContext): string;
export declare function afterPack(context: HookContext): Promise<void>;
export default afterPack;
