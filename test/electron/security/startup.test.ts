import { describe, expect, it } from 'vitest';
import { contentProtectionFor, refusalReason } from '../../../electron/core/security/startup';

const EXE = ['/opt/baomi/baomi'];

describe('refuse to start under a debugger', () => {
  it('starts with a clean command line and environment', () => {
    expect(refusalReason([...EXE], {})).toBeNull();
    expect(refusalReason([...EXE, '--no-sandbox-is-not-our-business'], {})).toBeNull();
  });

  it('refuses --inspect and --remote-debugging-port in every spelling Chromium accepts', () => {
    for (const arg of [
      '--inspect',
      '--inspect=9229',
      '--inspect-brk',
      '--inspect-brk=0.0.0.0:9229',
      '--inspect-port=9229',
      '--remote-debugging-port=9222',
      '--remote-debugging-port',
      '--remote-debugging-pipe',
      '-remote-debugging-port=9222',
      '/remote-debugging-port=9222',
      '--Remote-Debugging-Port=9222',
      '--debug',
    ]) {
      expect(refusalReason([...EXE, arg], {}), arg).toMatch(/拒绝启动/);
    }
  });

  it('refuses ELECTRON_RUN_AS_NODE and NODE_OPTIONS that load code or open the inspector', () => {
    expect(refusalReason(EXE, { ELECTRON_RUN_AS_NODE: '1' })).toMatch(/ELECTRON_RUN_AS_NODE/);
    for (const v of [
      '--inspect',
      '--inspect-brk=9229',
      '--require /tmp/x.js',
      '-r /tmp/x.js',
      '--import=data:x',
    ]) {
      expect(refusalReason(EXE, { NODE_OPTIONS: v }), v).toMatch(/NODE_OPTIONS/);
    }
  });
});

describe('content protection setting', () => {
  it('is on by default on Windows, off only when the administrator says so', () => {
    expect(contentProtectionFor('win32', {})).toBe(true);
    expect(contentProtectionFor('win32', { BAOMI_CONTENT_PROTECTION: 'on' })).toBe(true);
    expect(contentProtectionFor('win32', { BAOMI_CONTENT_PROTECTION: 'off' })).toBe(false);
    expect(contentProtectionFor('win32', { BAOMI_CONTENT_PROTECTION: '0' })).toBe(false);
  });

  it('does not apply on Linux, where Electron has none', () => {
    expect(contentProtectionFor('linux', {})).toBe(false);
  });
});
