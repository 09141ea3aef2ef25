/**
 * Checks made before the app does anything: refuse to run under a debugger or with code injected through
 * the environment, and decide the Windows content protection. Pure, so tested in Node.
 */

/**
 * Switches that attach a debugger to main (Node inspector) or to the renderers (Chromium's DevTools
 * protocol). Either would let another local process read the data key and every register in clear.
 */
const DEBUG_SWITCHES = [
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'inspect-brk-node',
  'debug',
  'debug-brk',
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
];

/**
 * Chromium parses switches that start with "--", "-" and, on Windows, "/"; it also lower-cases them on
 * Windows. So `-Remote-Debugging-Port=9222` counts as well: the name is normalised before comparing.
 */
function switchName(arg: string): string | null {
  const m = /^(?:--?|\/)([A-Za-z][\w-]*)(?:=.*)?$/s.exec(arg);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/**
 * Switches that run another program in front of each child process (a wrapper sees and can alter everything
 * the renderer or GPU process does) or switch off the renderer's sandbox or same-origin policy.
 */
const UNSAFE_SWITCHES = [
  'renderer-cmd-prefix',
  'utility-cmd-prefix',
  'gpu-launcher',
  'ppapi-plugin-launcher',
  'no-sandbox',
  'disable-web-security',
  'no-zygote',
  'disable-gpu-sandbox',
  'disable-site-isolation-trials',
];

/** Environment variables that make the dynamic loader inject a library into every process we start. */
const LOADER_ENV = /^(LD_PRELOAD|LD_AUDIT|LD_LIBRARY_PATH|DYLD_.*)$/;

/** The reason (in Chinese, for the clerk) not to start, or null when the command line is clean. */
export function refusalReason(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  for (const arg of argv) {
    const name = switchName(arg);
    if (name !== null && DEBUG_SWITCHES.includes(name)) {
      return `检测到调试参数（${arg.split('=')[0]}），程序拒绝启动。调试器可读取数据库密钥和全部登记内容。`;
    }
    if (name !== null && UNSAFE_SWITCHES.includes(name)) {
      return `检测到不安全的启动参数（${arg.split('=')[0]}），程序拒绝启动。该参数会关闭沙箱或在子进程前运行其他程序。`;
    }
  }
  for (const [k, v] of Object.entries(env)) {
    if (LOADER_ENV.test(k) && (v ?? '') !== '') {
      return `检测到环境变量 ${k}，程序拒绝启动。它可向程序注入外来代码；请在干净的环境中运行保密工作台。`;
    }
  }
  // With the RunAsNode fuse on (unpackaged), this variable turns the binary into plain Node running any
  // script; main never runs then, but a process we start would inherit it. Refuse rather than reason.
  if ((env.ELECTRON_RUN_AS_NODE ?? '') !== '') {
    return '检测到环境变量 ELECTRON_RUN_AS_NODE，程序拒绝启动。请在干净的环境中运行保密工作台。';
  }
  // Any NODE_OPTIONS: the packaged build's fuse ignores it, an unpackaged run would obey it, and no option
  // the app needs comes that way; judging which options are harmless is a list that goes stale.
  if ((env.NODE_OPTIONS ?? '').trim() !== '') {
    return '检测到环境变量 NODE_OPTIONS，程序拒绝启动。请清除该变量后再运行。';
  }
  return null;
}

/**
 * Content protection (Windows and macOS only: the window shows black in screenshots, screen recorders and
 * remote-desktop captures) is on by default. A unit whose mandated screen-audit software must record the
 * screen turns it off with BAOMI_CONTENT_PROTECTION=off, set machine-wide by the system administrator;
 * see README.md. Electron has no content protection on Linux.
 */
export function contentProtectionFor(
  platform: string,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (platform !== 'win32' && platform !== 'darwin') return false;
  const v = (env.BAOMI_CONTENT_PROTECTION ?? '').trim().toLowerCase();
  return !['off', '0', 'false', 'no'].includes(v);
}
