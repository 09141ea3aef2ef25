import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_FILE_LIMITS, readInputFile } from '../../../../electron/core/util/input-file';
import { callsOn } from '../../../helpers/calls';
import { CLERK, setUpCore, tempDir } from '../../../helpers/temp';

function fifo(): string {
  const p = join(tempDir('baomi-fifo-'), 'package.bmpkg');
  execFileSync('mkfifo', [p]);
  return p;
}

describe('files read from paths (issue 22, point 5)', () => {
  it('input_file_regular: a FIFO path is refused at once on every channel that reads a path, and so are folders and devices', async () => {
    const { api } = await setUpCore();
    const { refused } = callsOn(api);
    const p = fifo();
    const t0 = Date.now();
    // Opening a FIFO for reading would block until a writer comes: each of these must return at once.
    expect(await api.dispatch('exchange:verify', { path: p })).toMatchObject({
      ok: true,
      value: { ok: false, reason: 'NOT_PACKAGE' },
    });
    expect(await refused('exchange:previewKey', { path: p })).toMatchObject({ rule: 'input_file_regular' });
    expect(await refused('exchange:importReceipt', { path: p })).toMatchObject({
      rule: 'input_file_regular',
    });
    expect(
      await refused('backup:restore', {
        file: p,
        credential: { username: CLERK.username, password: CLERK.password },
      }),
    ).toMatchObject({ rule: 'input_file_regular' });
    expect(Date.now() - t0).toBeLessThan(5_000);
    const dir = join(tempDir(), 'a-folder.bmkey');
    mkdirSync(dir);
    expect(await refused('exchange:previewKey', { path: dir })).toMatchObject({ rule: 'input_file_regular' });
    expect(() => readInputFile('/dev/zero', 'receipt')).toThrow(/不是普通文件/);
  });

  it('input_file_size: each kind has its size bound, checked before reading', async () => {
    const { api } = await setUpCore();
    const { refused } = callsOn(api);
    const dir = tempDir();
    const receipt = join(dir, 'big.bmr');
    closeSync(openSync(receipt, 'w'));
    truncateSync(receipt, INPUT_FILE_LIMITS.receipt + 1); // sparse: no disk used
    expect(await refused('exchange:importReceipt', { path: receipt })).toMatchObject({
      rule: 'input_file_size',
    });
    const key = join(dir, 'big.bmkey');
    closeSync(openSync(key, 'w'));
    truncateSync(key, INPUT_FILE_LIMITS.publicKey + 1);
    expect(await refused('exchange:previewKey', { path: key })).toMatchObject({ rule: 'input_file_size' });
    const backup = join(dir, 'big.bmbak');
    closeSync(openSync(backup, 'w'));
    truncateSync(backup, INPUT_FILE_LIMITS.backup + 1);
    expect(
      await refused('backup:restore', {
        file: backup,
        credential: { username: CLERK.username, password: CLERK.password },
      }),
    ).toMatchObject({ rule: 'input_file_size' });
  });
});
