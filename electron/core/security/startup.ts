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
 * NODE_OPTIONS flags that load code into main or open the inspector. In a packaged build the
 * EnableNodeOptionsEnvironmentVariable fuse is off and Electron ignores NODE_OPTIONS entirely; an
 * unpackaged run has no fuses, so the check here covers it.
 */
const NODE_OPTIONS_REFUSED =
  /(^|\s)(--inspect[\w-]*|--debug[\w-]*|--require|-r|--import|--loader|--experimental-loader)(=|\s|$)/;

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
  }
  // With the RunAsNode fuse on (unpackaged), this variable turns the binary into plain Node running any
  // script; main never runs then, but a process we start would inherit it. Refuse rather than reason.
  if ((env.ELECTRON_RUN_AS_NODE ?? '') !== '') {
    return '检测到环境变量 ELECTRON_RUN_AS_NODE，程序拒绝启动。请在干净的环境中运行保密工作台。';
  }
  if (NODE_OPTIONS_REFUSED.test(env.NODE_OPTIONS ?? '')) {
    return '检测到环境变量 NODE_OPTIONS 中的调试或代码加载参数，程序拒绝启动。请清除该变量后再运行。';
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
