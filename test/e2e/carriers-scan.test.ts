// 上传扫描件 in the carrier drawer: the file chosen in the page is stored inside the encrypted database and
// listed under the carrier.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { received } from '../electron/core/carriers/helpers';
import { CLERK, login, shot, startApp } from './app';

describe('carrier scans in Chromium', () => {
  it('a scan uploaded from the drawer is kept with the carrier', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    const r = await dispatcher.dispatch('carriers:register', received());
    expect(r.ok).toBe(true);
    await dispatcher.dispatch('session:lock', {});
    const file = join(tempDir('baomi-scan-'), '签收单.pdf');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
    writeFileSync(file, pdf);

    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.ant-table-row').first().focus();
    await page.keyboard.press('Enter');
    await page.getByText('扫描件（0）').waitFor();
    await page.getByLabel('上传扫描件').setInputFiles(file);
    await page.getByText('扫描件（1）').waitFor();
    await page.getByText('签收单 · 签收单.pdf').waitFor();
    await shot(page, 'carriers-scan-uploaded');
    const stored = core.session().db.$client.prepare('SELECT file_name, size FROM attachments').all();
    expect(stored).toEqual([{ file_name: '签收单.pdf', size: pdf.length }]);
  });
});
