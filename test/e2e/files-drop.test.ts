// Files dropped onto the window in Chromium (issue 21 point 4), through a DataTransfer made in the page as the
// desktop's drag would bring it: a scan dropped anywhere on an open carrier attaches to that carrier; a path field
// refuses a file of the wrong kind by name, and says plainly when the window cannot know where a file lies.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { received } from '../electron/core/carriers/helpers';
import { CLERK, login, shot, startApp } from './app';

/** Drop one file, made in the page, onto what `selector` finds. */
async function dropFile(page: Page, selector: string, name: string, type: string, body: string) {
  const dt = await page.evaluateHandle(
    ({ name, type, body }) => {
      const d = new DataTransfer();
      d.items.add(new File([body], name, { type }));
      return d;
    },
    { name, type, body },
  );
  const target = page.locator(selector).first();
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

describe('dropping files in Chromium', () => {
  it('scan_drop_attaches_to_open_record: a scan dropped on the open carrier is kept with it; a path field checks the kind', async () => {
    const bridge = await startApp({ setUp: true });
    const { page, dispatcher, core } = bridge;
    await dispatcher.dispatch('session:unlock', { username: CLERK.username, password: CLERK.password });
    expect((await dispatcher.dispatch('carriers:register', received())).ok).toBe(true);
    await dispatcher.dispatch('session:lock', {});
    await login(page);
    await page.getByRole('menuitem', { name: '涉密载体', exact: true }).click();
    await page.locator('.ant-table-row').first().focus();
    await page.keyboard.press('Enter');
    await page.getByText('扫描件（0）').waitFor();

    // Dropped on the drawer's body, not on the button: the open record takes it.
    await dropFile(page, '.ant-drawer-open .ant-drawer-body', '签收单.pdf', 'application/pdf', PDF);
    await page.getByText('扫描件（1）').waitFor();
    await page.getByText('签收单 · 签收单.pdf').waitFor();
    // Dropped on the button itself, and a file that is no scan refused by name.
    await dropFile(page, '[data-testid="scan-drop"]', '登记表.pdf', 'application/pdf', PDF);
    await page.getByText('扫描件（2）').waitFor();
    await dropFile(page, '[data-testid="scan-drop"]', '说明.txt', 'text/plain', 'x');
    await page.getByText('扫描件只能是 PDF、JPG、PNG 或 TIFF 文件。').waitFor();
    // error_toast_once: the same refusal again before the first fades is one toast, not a pile of them.
    await dropFile(page, '[data-testid="scan-drop"]', '说明.txt', 'text/plain', 'x');
    await page.waitForTimeout(300);
    expect(await page.locator('.ant-message-notice').filter({ hasText: '扫描件只能是' }).count()).toBe(1);
    await shot(page, 'files-drop-scan');
    const stored = core.session().db.$client.prepare('SELECT file_name FROM attachments ORDER BY id').all();
    expect(stored).toEqual([{ file_name: '签收单.pdf' }, { file_name: '登记表.pdf' }]);
    await page.keyboard.press('Escape');

    // A path field: a receipt field refuses a text file by name; a receipt dropped in Chromium, whose page
    // cannot know the file's place, is sent to 浏览… rather than guessed.
    await page.getByRole('menuitem', { name: '报送与接收' }).click();
    await page.getByRole('tab', { name: '向上级报送' }).click();
    const receipt = '.path-drop:has(input[aria-label="回执文件"])';
    await dropFile(page, receipt, '说明.txt', 'text/plain', 'x');
    await page.getByText('这里只接受 .bmr 文件，“说明.txt”不是。').waitFor();
    await dropFile(page, receipt, '回执-0001.bmr', '', 'r');
    await page.getByText('此窗口无法取得拖入文件的位置，请点“浏览…”选择该文件。').waitFor();
    await shot(page, 'files-drop-path');
    expect(await page.getByLabel('回执文件').inputValue()).toBe('');
  });
});
