// Issue 20, point 6: a restore takes seconds on years of data (the credential, then the staged copy's integrity,
// counts and audit chain are checked before anything is replaced). The page shows where it is and can cancel it
// until the swap; a cancel leaves the database as it was.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withKeyringLock } from '../../electron/core/vault/keyring-lock';
import { tempDir } from '../helpers/temp';
import { loginAs, PASSWORDS, shot, startApp, USERNAMES } from './app';

describe('restore as a job in the page', () => {
  it('shows the restore’s progress, and its cancel leaves the database as it was', async () => {
    const bridge = await startApp({ setUp: 'strict' });
    const { page, dispatcher } = bridge;
    await loginAs(page, 'sysadmin');
    const out = tempDir('baomi-backup-');
    const made = await dispatcher.dispatch('backup:create', { outDir: out });
    expect(made.ok).toBe(true);
    const [file] = readdirSync(out);
    const changed = await dispatcher.dispatch('settings:updateSystem', { backupReminderDays: 30 });
    expect(changed.ok).toBe(true);

    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.getByLabel('备份文件').fill(join(out, file as string));
    await page.getByLabel('备份中的用户名').fill(USERNAMES.sysadmin);
    await page.getByLabel('该账户在备份时的密码').fill(PASSWORDS.sysadmin);
    // Another password check holds the keyring (a command-line login, say): the restore waits its turn,
    // followed and cancellable, and the cancel is seen as soon as it goes on.
    let release = () => {};
    const held = withKeyringLock(bridge.core.keyringPath, () => new Promise<void>((r) => (release = r)));
    await page.getByRole('button', { name: '从备份恢复' }).click();
    const status = page.getByRole('status', { name: '进度' });
    await status.getByText('正在核对备份文件和密码…').waitFor();
    await shot(page, 'restore-progress');
    await status.getByRole('button', { name: '取消' }).click();
    release();
    await held;
    // The session ended as the restore began: the unlock screen says why, and the database is the one before it.
    await page.getByText('恢复已取消，本机数据库未作任何改动。请重新登录。').waitFor();
    await shot(page, 'restore-cancelled');
    await loginAs(page, 'sysadmin');
    const after = await dispatcher.dispatch('settings:get', {});
    expect(after).toMatchObject({ ok: true, value: { backupReminderDays: 30 } });
    expect(readdirSync(dirname(bridge.core.dbPath)).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
